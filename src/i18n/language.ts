/**
 * The interface languages CreditKit ships and how an Office display language maps onto them.
 * Pure functions: the task pane and the cell functions both call them.
 */

/** A language CreditKit has complete tables for. */
export type SupportedLanguage = "en" | "zh-CN" | "zh-TW";

/**
 * Every supported language, in the order a language picker lists them.
 *
 * @example
 * supportedLanguages.includes("zh-TW"); // true
 */
export const supportedLanguages: readonly SupportedLanguage[] = ["en", "zh-CN", "zh-TW"];

/**
 * Each language's name written in that language. Pickers show endonyms so a reader finds their own
 * language even when the interface is currently in one they cannot read.
 *
 * @example
 * languageNames["zh-TW"]; // "繁體中文"
 */
export const languageNames: Readonly<Record<SupportedLanguage, string>> = {
  en: "English",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};

// Regions whose Chinese is conventionally written in Traditional characters.
const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(["tw", "hk", "mo"]);

/**
 * Maps a BCP 47 tag (Office's `displayLanguage`, e.g. `"zh-TW"`) to the closest supported language.
 *
 * The script subtag wins over the region (`zh-Hant-CN` is Traditional). Chinese that is not marked
 * Traditional reads as Simplified, because a Chinese reader is better served by either script than
 * by English; every other language, and a missing or malformed tag, gets English.
 *
 * @example
 * resolveLanguage("zh-HK"); // "zh-TW"
 * resolveLanguage("zh-Hans-SG"); // "zh-CN"
 * resolveLanguage("fr-FR"); // "en"
 * resolveLanguage(undefined); // "en"
 */
export function resolveLanguage(tag: string | null | undefined): SupportedLanguage {
  if (typeof tag !== "string") return "en";
  const [primary, ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (primary !== "zh") return "en";
  if (subtags.includes("hant")) return "zh-TW";
  if (subtags.includes("hans")) return "zh-CN";
  return subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? "zh-TW" : "zh-CN";
}

/**
 * True when `value` names a supported language exactly (as stored, not as Office spells it).
 *
 * @example
 * isSupportedLanguage("zh-CN"); // true
 * isSupportedLanguage("zh-cn"); // false — use resolveLanguage for free-form tags
 */
export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}
