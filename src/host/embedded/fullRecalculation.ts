/**
 * Recalculates every formula of a workbook in place — what a language switch needs, since the CREDIT
 * functions word their messages as they evaluate. Not HyperFormula's `rebuildAndRecalculate`: that numbers
 * the sheets afresh (closing the gap a removed sheet left, so what is kept per sheet number lands on the
 * wrong sheet) and writes the cells of a spilled result back as plain values, which then block the spill
 * (#SPILL!). Each sheet's own content is set back instead, with a spill's cells left to its formula.
 */
import { type HyperFormula, type RawCellContent } from "hyperformula";

/**
 * A sheet's content as it was entered: formulas as formulas, values as values, and the cells a spilled
 * result covers (other than its formula's) empty, so setting it back spills again.
 *
 * @example
 * enteredContent(hf, 0); // [["'Customer", "=CREDIT.WOE(B2:B3,C2:C3)"], ["'Acme", null]]
 */
export function enteredContent(hf: HyperFormula, sheet: number): RawCellContent[][] {
  return hf.getSheetSerialized(sheet).map((row, r) =>
    row.map((cell, c) => {
      const address = { sheet, row: r, col: c };
      return cell !== null && hf.isCellPartOfArray(address) && !hf.doesCellHaveFormula(address) ? null : cell;
    }),
  );
}

/**
 * Sets every sheet's entered content back in one batch, so every formula is evaluated again; sheet numbers,
 * and all that is kept by them, stay as they are.
 *
 * @example
 * recalculateEverything(hf, [0, 1]);
 */
export function recalculateEverything(hf: HyperFormula, sheets: readonly number[]): void {
  const contents = sheets.map((sheet) => [sheet, enteredContent(hf, sheet)] as const);
  hf.batch(() => {
    for (const [sheet, content] of contents) hf.setSheetContent(sheet, content);
  });
}
