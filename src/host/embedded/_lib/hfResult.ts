import { CellError, ErrorType, SimpleRangeValue } from "hyperformula";
import { type CreditError, type ErrorCode, creditError, isCreditError } from "../../../core/errors";
import { type CellResult } from "../../../functions/excel/values";
import { errorMessage } from "../../../functions/errorMessage";
import { type SupportedLanguage } from "../../../i18n";

const ERROR_TYPES: Readonly<Record<ErrorCode, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

/**
 * A {@link CreditError} as a HyperFormula error value with the message a user reads, in `language`.
 *
 * @example
 * hfError(creditError("#N/A", "argBlank", { arg: "score" }), "en"); // CellError NA "score is blank: …"
 */
export function hfError(error: CreditError, language: SupportedLanguage): CellError {
  return new CellError(ERROR_TYPES[error.code], errorMessage(error, language));
}

/** One cell of a result as HyperFormula holds it. */
export type HfScalar = number | string | boolean | CellError;

/**
 * One cell of a CREDIT result for HyperFormula.
 *
 * @example
 * hfCell("B", "en"); // "B"
 */
export function hfCell(cell: CellResult, language: SupportedLanguage): HfScalar {
  return isCreditError(cell) ? hfError(cell, language) : cell;
}

/**
 * A spilled CREDIT result as a HyperFormula array. Excel fills the missing cells of a ragged
 * array with #N/A, so this does too; an empty table is an internal error rather than a crash.
 *
 * @example
 * hfTable([["Not due", "1-30"], [0, 200]], "en").width(); // 2
 */
export function hfTable(
  rows: readonly (readonly CellResult[])[],
  language: SupportedLanguage,
): SimpleRangeValue | CellError {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length === 0 || width === 0) return hfError(creditError("#VALUE!", "internal"), language);
  const data = rows.map((row) => {
    const out: HfScalar[] = row.map((cell) => hfCell(cell, language));
    while (out.length < width) out.push(new CellError(ErrorType.NA));
    return out;
  });
  return SimpleRangeValue.onlyValues(data);
}
