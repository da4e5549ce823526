import { type DataValidationSpec } from "../../report";
import { type ValidationText } from "../templateOptions";

/** Far beyond any real amount, but a bound Excel's rule needs. */
export const HUGE_AMOUNT = 1_000_000_000_000_000;

/** A data-validation rule over `range` that refuses with `text`, optionally prompting when a cell is selected. */
export function validationRule(
  range: string,
  text: ValidationText,
  rule: DataValidationSpec["rule"],
  prompt?: string,
): DataValidationSpec {
  return {
    range,
    rule,
    errorTitle: text.title,
    errorMessage: text.message,
    ...(prompt !== undefined ? { prompt } : {}),
  };
}
