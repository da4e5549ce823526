/**
 * Build step (called by the webpack FunctionMetadataPlugin): from the English functions.json that
 * custom-functions-metadata generated, produce the localised metadata and the reference page.
 */
import { localizeMetadata, rebaseHelpUrls } from "./localizeMetadata";
import { renderReferenceHtml } from "./reference";
import { translations } from "./translations";
import { type FunctionsJson, type TranslatedLocale } from "./types";

const LOCALES: readonly TranslatedLocale[] = ["zh-CN", "zh-TW"];

/** The files to emit, by name, or the mismatches that fail the build. */
export type FunctionAssets = { ok: true; assets: Record<string, string> } | { ok: false; errors: string[] };

/**
 * @example
 * const r = buildFunctionAssets(englishJsonText, "https://localhost:3000/", "https://credit.example.com/");
 * // r.assets: functions.json, functions.zh-CN.json, functions.zh-TW.json, reference.html
 */
export function buildFunctionAssets(englishJson: string, devBase: string, baseUrl: string): FunctionAssets {
  const english = rebaseHelpUrls(JSON.parse(englishJson) as FunctionsJson, devBase, baseUrl);
  const errors: string[] = [];
  const assets: Record<string, string> = { "functions.json": JSON.stringify(english, null, 2) };
  for (const locale of LOCALES) {
    const result = localizeMetadata(english, locale, translations);
    if (result.ok) assets[`functions.${locale}.json`] = JSON.stringify(result.json, null, 2);
    else errors.push(...result.errors);
  }
  assets["reference.html"] = renderReferenceHtml(english, translations);
  return errors.length ? { ok: false, errors } : { ok: true, assets };
}
