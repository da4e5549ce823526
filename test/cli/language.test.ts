import { cliLanguage } from "../../src/cli/language";

describe("cliLanguage", () => {
  it("takes --lang first", () => {
    expect(cliLanguage(["eval", "x", "--lang", "zh-TW"], { LANG: "zh_CN.UTF-8" })).toBe("zh-TW");
    expect(cliLanguage(["--lang=zh-CN"], {})).toBe("zh-CN");
  });

  it("follows the POSIX locale, LC_ALL over LC_MESSAGES over LANG", () => {
    expect(cliLanguage([], { LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(cliLanguage([], { LANG: "zh_HK.UTF-8" })).toBe("zh-TW");
    expect(cliLanguage([], { LANG: "en_US.UTF-8", LC_ALL: "zh_TW.UTF-8" })).toBe("zh-TW");
    expect(cliLanguage([], { LANG: "zh_CN.UTF-8", LC_MESSAGES: "en_GB.UTF-8" })).toBe("en");
  });

  it("defaults to English for C, POSIX and nothing", () => {
    expect(cliLanguage([], { LANG: "C" })).toBe("en");
    expect(cliLanguage([], { LANG: "POSIX" })).toBe("en");
    expect(cliLanguage([], {})).toBe("en");
  });
});
