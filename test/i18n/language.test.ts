import { isSupportedLanguage, resolveLanguage } from "../../src/i18n/language";

describe("resolveLanguage", () => {
  it.each([
    ["en", "en"],
    ["en-US", "en"],
    ["en-GB", "en"],
  ])("maps English %s to en", (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh-Hans-SG", "zh-CN"],
    // Script beats region: Simplified script written in Hong Kong is still Simplified.
    ["zh-Hans-HK", "zh-CN"],
  ])("maps Simplified Chinese %s to zh-CN", (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant", "zh-TW"],
    ["zh-Hant-TW", "zh-TW"],
    ["zh-Hant-HK", "zh-TW"],
    ["zh-Hant-CN", "zh-TW"],
  ])("maps Traditional Chinese %s to zh-TW", (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([
    ["ZH-TW", "zh-TW"],
    ["zh-tw", "zh-TW"],
    ["zh_TW", "zh-TW"],
    ["zh_hant_hk", "zh-TW"],
    ["ZH-CN", "zh-CN"],
    [" zh-CN ", "zh-CN"],
  ])("ignores case, underscores and surrounding spaces: %j → %s", (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([
    // Bare or unlisted Chinese reads as Simplified (decision: either script beats English for a Chinese reader).
    ["zh", "zh-CN"],
    ["zh-MY", "zh-CN"],
  ])("maps Chinese without a Traditional marker %s to zh-CN", (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([["fr-FR"], ["de"], ["ja-JP"], ["ko-KR"], ["zhx"], ["x-zh-TW"], [""], ["-"], ["  "]])(
    "maps anything else (%j) to en",
    (tag) => {
      expect(resolveLanguage(tag)).toBe("en");
    },
  );

  it("maps a missing language to en", () => {
    expect(resolveLanguage(undefined)).toBe("en");
    expect(resolveLanguage(null)).toBe("en");
  });
});

describe("isSupportedLanguage", () => {
  it("accepts exactly the stored spellings", () => {
    expect(["en", "zh-CN", "zh-TW"].every(isSupportedLanguage)).toBe(true);
  });

  it.each([["zh-cn"], ["zh"], ["office"], [""], [null], [42]])("rejects %j", (value) => {
    expect(isSupportedLanguage(value)).toBe(false);
  });
});
