import { type FunctionTranslations, type FunctionsJson, type TranslatedLocale } from "./types";

/** A localised functions.json, or the list of mismatches that must fail the build. */
export type LocalizeResult = { ok: true; json: FunctionsJson } | { ok: false; errors: string[] };

/**
 * Builds the `functions.json` of one locale from the English one the metadata plugin generated
 * and the translation table. Function ids, names, types and parameter names are kept; only the
 * descriptions change. Any function or parameter the table lacks, or has in excess, is an error:
 * a mismatch fails the build rather than shipping half-translated metadata.
 *
 * @example
 * const r = localizeMetadata(english, "zh-CN", translations);
 * if (!r.ok) throw new Error(r.errors.join("\n"));
 */
export function localizeMetadata(
  english: FunctionsJson,
  locale: TranslatedLocale,
  table: FunctionTranslations,
): LocalizeResult {
  const errors: string[] = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) errors.push(`${locale}: translation for unknown function ${id}`);
  }
  const functions = english.functions.map((fn) => {
    const text = table[fn.id]?.[locale];
    if (!text) {
      errors.push(`${locale}: function ${fn.id} has no translation`);
      return fn;
    }
    if (!text.description.trim()) errors.push(`${locale}: function ${fn.id} has an empty description`);
    const names = fn.parameters.map((p) => p.name);
    const translated = Object.keys(text.parameters);
    if (names.length !== translated.length) {
      errors.push(
        `${locale}: ${fn.id} has ${names.length} parameters but the translation has ${translated.length}`,
      );
    }
    for (const name of names) {
      if (!text.parameters[name]?.trim())
        errors.push(`${locale}: ${fn.id} parameter "${name}" has no translation`);
    }
    for (const name of translated) {
      if (!names.includes(name))
        errors.push(`${locale}: ${fn.id} translation names unknown parameter "${name}"`);
    }
    return {
      ...fn,
      description: text.description,
      parameters: fn.parameters.map((p) => ({ ...p, description: text.parameters[p.name] ?? p.description })),
    };
  });
  return errors.length ? { ok: false, errors } : { ok: true, json: { ...english, functions } };
}

/**
 * Points every `helpUrl` at the deployed reference page.
 *
 * @example
 * rebaseHelpUrls(json, "https://localhost:3000/", "https://credit.example.com/"); // helpUrl https://credit.example.com/reference.html#CREDIT.GRADE
 */
export function rebaseHelpUrls(json: FunctionsJson, devBase: string, baseUrl: string): FunctionsJson {
  return {
    ...json,
    functions: json.functions.map((fn) =>
      fn.helpUrl ? { ...fn, helpUrl: fn.helpUrl.split(devBase).join(baseUrl) } : fn,
    ),
  };
}
