/**
 * The user's interface language override, remembered between sessions. Storage can be missing or
 * refuse access in Office webviews (private mode, blocked third-party storage), so every access is
 * guarded and its failure is returned as a status the Settings view shows.
 */
import { isSupportedLanguage, resolveLanguage, type SupportedLanguage } from "../i18n/language";

/** `"office"` follows Office's display language; a language code overrides it. */
export type LanguageChoice = "office" | SupportedLanguage;

/** Whether the choice could be read from or written to storage. */
export type PreferenceStatus = "ok" | "unavailable";

/** The slice of the Web Storage API the preference needs; inject a fake in tests. */
export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A choice read from storage with the outcome of the read. */
export interface LoadedLanguageChoice {
  readonly choice: LanguageChoice;
  readonly status: PreferenceStatus;
}

/**
 * The storage key of the choice.
 *
 * @example
 * localStorage.getItem(languageStorageKey); // "zh-TW", "office" or null
 */
export const languageStorageKey = "creditkit.language";

/**
 * The browser's `localStorage`, looked up on each call: merely reading `window.localStorage` throws
 * a SecurityError where storage is blocked, and that must land in the guarded calls below.
 *
 * @example
 * loadLanguageChoice(browserLanguageStorage);
 */
export const browserLanguageStorage: LanguageStorage = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
};

/**
 * Reads the remembered choice; falls back to following Office when nothing (valid) is stored or
 * storage fails, and says which.
 *
 * @example
 * loadLanguageChoice({ getItem: () => "zh-CN", setItem: () => {} }); // { choice: "zh-CN", status: "ok" }
 */
export function loadLanguageChoice(storage: LanguageStorage): LoadedLanguageChoice {
  try {
    const stored = storage.getItem(languageStorageKey);
    return { choice: isLanguageChoice(stored) ? stored : "office", status: "ok" };
  } catch {
    return { choice: "office", status: "unavailable" };
  }
}

/**
 * Remembers `choice`; the returned status tells the caller whether it will survive a reload.
 *
 * @example
 * saveLanguageChoice(browserLanguageStorage, "zh-TW"); // "ok", or "unavailable" in a locked-down webview
 */
export function saveLanguageChoice(storage: LanguageStorage, choice: LanguageChoice): PreferenceStatus {
  try {
    storage.setItem(languageStorageKey, choice);
    return "ok";
  } catch {
    return "unavailable";
  }
}

/**
 * The language the interface shows for a choice and Office's display language.
 *
 * @example
 * effectiveLanguage("office", "zh-HK"); // "zh-TW"
 * effectiveLanguage("en", "zh-HK"); // "en"
 */
export function effectiveLanguage(
  choice: LanguageChoice,
  officeLanguage: string | undefined,
): SupportedLanguage {
  return choice === "office" ? resolveLanguage(officeLanguage) : choice;
}

function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === "office" || isSupportedLanguage(value);
}
