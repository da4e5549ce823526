import { type CreditError } from "../core/errors";
import { type SupportedLanguage, translate } from "../i18n";

/**
 * Core modules name arguments in camelCase (`daysLate`); users see Excel's parameter names
 * (`days_late`). Names already in Excel's form (`multiplier_A`, `our_share`) are left alone.
 */
function excelName(name: string): string {
  return /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(name)
    ? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    : name;
}

/** Parameters that hold an argument's name. */
const NAME_PARAMS = ["arg", "other", "first", "second"] as const;

/**
 * The message a user sees for a {@link CreditError}, in `language`.
 *
 * @example
 * errorMessage(creditError("#N/A", "argBlank", { arg: "score" }), "en"); // "score is blank: a value is needed."
 */
export function errorMessage(error: CreditError, language: SupportedLanguage): string {
  const params: Record<string, string | number> = { ...error.params };
  for (const key of NAME_PARAMS) {
    const value = params[key];
    if (typeof value === "string") params[key] = excelName(value);
  }
  const text = translate(language, `errors:${error.id}`, params);
  // An id with no message yet still tells the user what failed, never an empty tooltip.
  return text === `errors:${error.id}` || text === error.id ? translate(language, "errors:generic") : text;
}
