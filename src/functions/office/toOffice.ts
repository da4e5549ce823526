import { type CreditError, isCreditError } from "../../core/errors";
import { resolveLanguage, type SupportedLanguage } from "../../i18n";
import { errorMessage } from "../errorMessage";
import { type CellValue, type FunctionResult } from "../excel/values";

/** The language error messages are written in; follows Office's display language. */
let language: SupportedLanguage = "en";

/**
 * Follows Office's display language for error messages once Office.js is ready.
 *
 * @example
 * startFunctionLanguage(); // at the top of functions.ts
 */
export function startFunctionLanguage(): void {
  if (typeof Office === "undefined") return;
  void Office.onReady(() => {
    language = resolveLanguage(Office.context?.displayLanguage ?? "en");
  });
}

/**
 * Sets the language of error messages (the task pane's language switch calls this).
 *
 * @example
 * setFunctionLanguage("zh-CN");
 */
export function setFunctionLanguage(next: SupportedLanguage): void {
  language = next;
}

const OFFICE_CODES = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
} as const;

/**
 * A {@link CreditError} as a `CustomFunctions.Error`. Excel shows a custom message only for
 * #VALUE! and #N/A; the other codes speak for themselves.
 *
 * @example
 * officeError(creditError("#N/A", "argBlank", { arg: "score" }));
 */
export function officeError(error: CreditError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[OFFICE_CODES[error.code]];
  const withMessage = error.code === "#VALUE!" || error.code === "#N/A";
  return withMessage
    ? new CustomFunctions.Error(code, errorMessage(error, language))
    : new CustomFunctions.Error(code);
}

/**
 * Hands a function result to Excel: a scalar as is, a table with its error cells as
 * `CustomFunctions.Error` values, and a scalar error thrown as `CustomFunctions.Error` — the one
 * documented way for a custom function to show an error with its message. The implementations
 * never throw; this is the only place an error leaves as an exception.
 *
 * @example
 * return toOffice(gradeFn(score, scale)) as string;
 */
export function toOffice(result: FunctionResult): CellValue | (CellValue | CustomFunctions.Error)[][] {
  if (Array.isArray(result))
    return result.map((row) => row.map((cell) => (isCreditError(cell) ? officeError(cell) : cell)));
  // CustomFunctions.Error is not an Error subclass, but it is what the runtime expects to be thrown.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (isCreditError(result)) throw officeError(result);
  return result;
}
