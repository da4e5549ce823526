import { createI18n, translate } from "../../src/i18n";

describe("createI18n", () => {
  it("is ready as soon as it returns, so the first render has its strings", () => {
    const i18n = createI18n("zh-TW");
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe("zh-TW");
    expect(i18n.t("nav.settings")).toBe("設定");
    expect(i18n.t("nav.aging")).toBe("帳齡");
  });

  it("switches language synchronously with bundled resources", () => {
    const i18n = createI18n("en");
    expect(i18n.t("nav.warnings")).toBe("Warnings");
    void i18n.changeLanguage("zh-CN");
    expect(i18n.t("nav.warnings")).toBe("预警");
  });

  it("gives separate instances separate languages", () => {
    const english = createI18n("en");
    const chinese = createI18n("zh-CN");
    expect(english.t("nav.scorecards")).toBe("Scorecards");
    expect(chinese.t("nav.scorecards")).toBe("评分卡");
  });
});

describe("translate", () => {
  it("interpolates parameters without HTML-escaping them", () => {
    expect(translate("en", "settings.about", { version: "1.2.3 <beta> & co" })).toBe(
      "CreditKit 1.2.3 <beta> & co. Everything runs on this computer; no workbook data is sent anywhere.",
    );
  });

  it("translates into each language independently of earlier calls", () => {
    expect(translate("zh-TW", "settings.followOffice", { language: "English" })).toBe(
      "跟隨 Office（English）",
    );
    expect(translate("zh-CN", "settings.followOffice", { language: "English" })).toBe(
      "跟随 Office（English）",
    );
    expect(translate("en", "settings.followOffice", { language: "English" })).toBe("Follow Office (English)");
  });

  it("reads the errors namespace with an errors: prefix", () => {
    expect(translate("en", "errors:generic")).toBe("The calculation could not be completed.");
    expect(translate("zh-CN", "errors:generic")).toBe("无法完成计算。");
    expect(translate("zh-TW", "errors:generic")).toBe("無法完成計算。");
  });

  it("accepts numeric parameters", () => {
    expect(translate("en", "settings.about", { version: 2 })).toMatch(/^CreditKit 2\. /);
  });

  it("returns the key itself for an unknown message, so a gap is visible rather than blank", () => {
    expect(translate("zh-TW", "errors:noSuchMessage")).toBe("noSuchMessage");
  });
});
