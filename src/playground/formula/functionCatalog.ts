/**
 * The CREDIT functions as the formula autocomplete lists them: name, arguments and description in the
 * interface language — English from the generated functions.json (the JSDoc Excel also shows),
 * Chinese from the same translation table the localized functions.json is built from.
 */
import { argumentList } from "../../functions/metadata/reference";
import { translations } from "../../functions/metadata/translations";
import { type FunctionsJson } from "../../functions/metadata/types";
import { type SupportedLanguage } from "../../i18n";

/** One function in the autocomplete list. */
export interface FunctionHelp {
  /** The name as typed in a formula, e.g. `CREDIT.GRADE`. */
  readonly name: string;
  /** The argument list, optional ones in brackets: `score, [scale]`. */
  readonly args: string;
  readonly description: string;
}

/**
 * Every CREDIT function in alphabetical order (as Excel's autocomplete lists them), described in
 * `language`; a function without a translation keeps its English description.
 *
 * @example
 * functionCatalog(functionsJson, "zh-TW").find((f) => f.name === "CREDIT.GRADE")?.args; // "score, [scale]"
 */
export function functionCatalog(json: FunctionsJson, language: SupportedLanguage): FunctionHelp[] {
  return json.functions
    .map((fn) => ({
      name: `CREDIT.${fn.id}`,
      args: argumentList(fn),
      description:
        (language === "en" ? undefined : translations[fn.id]?.[language]?.description) ??
        fn.description ??
        "",
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
