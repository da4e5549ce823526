import { DetailedCellError, type HyperFormula } from "hyperformula";
import { HostError } from "../port";
import { type EvaluationResult, evaluationResult } from "./evaluationResult";

/** Excel forbids "[" in sheet names, so no workbook can hold a sheet of this name. */
export const SCRATCH_SHEET = "[creditkit scratch]";

/**
 * Evaluates one formula in a scratch sheet that is removed again (so references name their sheet:
 * `Sheet1!A1`). A formula that does not parse gives `#ERROR!` with HyperFormula's parser message.
 *
 * @example
 * evaluateInScratch(hf, "=CREDIT.GRADE(72)"); // { kind: "value", value: "B" }
 */
export function evaluateInScratch(hf: HyperFormula, formula: string): EvaluationResult {
  const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  const sheet = hf.getSheetId(hf.addSheet(SCRATCH_SHEET));
  if (sheet === undefined) throw new HostError("hostFailure", {}, "scratch sheet");
  try {
    if (!hf.validateFormula(text)) {
      // The parser's message only appears on a cell holding the formula.
      hf.setCellContents({ sheet, row: 0, col: 0 }, [[text]]);
      const value = hf.getCellValue({ sheet, row: 0, col: 0 });
      return {
        kind: "error",
        error: "#ERROR!",
        message: value instanceof DetailedCellError ? value.message : "",
      };
    }
    return evaluationResult(hf.calculateFormula(text, sheet));
  } finally {
    hf.removeSheet(sheet);
  }
}
