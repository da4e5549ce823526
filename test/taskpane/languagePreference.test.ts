import {
  browserLanguageStorage,
  effectiveLanguage,
  type LanguageStorage,
  languageStorageKey,
  loadLanguageChoice,
  saveLanguageChoice,
} from "../../src/taskpane/languagePreference";

const throwing: LanguageStorage = {
  getItem: () => {
    throw new DOMException("blocked", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("blocked", "SecurityError");
  },
};

describe("language preference", () => {
  afterEach(() => window.localStorage.clear());

  it("round-trips every choice through the browser's localStorage under creditkit.language", () => {
    for (const choice of ["zh-TW", "zh-CN", "en", "office"] as const) {
      expect(saveLanguageChoice(browserLanguageStorage, choice)).toBe("ok");
      expect(window.localStorage.getItem("creditkit.language")).toBe(choice);
      expect(loadLanguageChoice(browserLanguageStorage)).toEqual({ choice, status: "ok" });
    }
  });

  it("follows Office when nothing or something unknown is stored", () => {
    expect(loadLanguageChoice(browserLanguageStorage)).toEqual({ choice: "office", status: "ok" });
    window.localStorage.setItem(languageStorageKey, "zh-cn");
    expect(loadLanguageChoice(browserLanguageStorage)).toEqual({ choice: "office", status: "ok" });
  });

  it("reports unavailable storage instead of throwing", () => {
    expect(loadLanguageChoice(throwing)).toEqual({ choice: "office", status: "unavailable" });
    expect(saveLanguageChoice(throwing, "zh-TW")).toBe("unavailable");
  });

  it("catches a webview that throws on merely reading window.localStorage", () => {
    const original = Object.getOwnPropertyDescriptor(window, "localStorage");
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    try {
      expect(loadLanguageChoice(browserLanguageStorage)).toEqual({ choice: "office", status: "unavailable" });
      expect(saveLanguageChoice(browserLanguageStorage, "en")).toBe("unavailable");
    } finally {
      if (original !== undefined) Object.defineProperty(window, "localStorage", original);
    }
  });

  it("resolves the shown language from the choice and Office's language", () => {
    expect(effectiveLanguage("office", "zh-MO")).toBe("zh-TW");
    expect(effectiveLanguage("office", undefined)).toBe("en");
    expect(effectiveLanguage("zh-CN", "zh-TW")).toBe("zh-CN");
  });
});
