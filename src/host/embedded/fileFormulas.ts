import { DetailedCellError, ErrorType, type HyperFormula, type RawCellContent } from "hyperformula";
import { cellAddress } from "../../core/report";
import { type RawCell } from "../port";
import { valueContent } from "./_lib/cellContent";
import { type CellPlace } from "./_lib/hfInternals";
import { cellKey } from "./_lib/rect";
import { type ReadSheet } from "./xlsxRead";

const UNKNOWN_FUNCTION = /^Function name (.+) not recognized\.$/;

/** Why a formula shows #NAME? of its own making (a function the engine lacks), when Excel saved a value. */
function missingFunction(
  hf: HyperFormula,
  place: CellPlace,
  typed: string,
  cached: RawCell,
): string | undefined {
  if (cached === null) return undefined;
  const value = hf.getCellValue(place);
  if (!(value instanceof DetailedCellError) || value.type !== ErrorType.NAME) return undefined;
  const name = UNKNOWN_FUNCTION.exec(value.message)?.[1];
  if (name === undefined || !typed.toUpperCase().includes(`${name.toUpperCase()}(`)) return undefined;
  return `the embedded engine has no function ${name}`;
}

/**
 * Settles the formulas of a file once its sheets are in the engine: a formula HyperFormula cannot
 * parse, or one calling a function it does not have (#NAME?), keeps the value Excel saved with it
 * (its text is kept in `keptFormulas` to be written back), so its dependents still calculate.
 * Returns one warning per such cell.
 *
 * @example
 * keepUnreadableFormulas(hf, book.sheets, (name) => hf.getSheetId(name) ?? 0);
 * // ["S!B1: the formula =Table1[Amount] cannot be read by the embedded engine; the cell keeps the value Excel saved."]
 */
export function keepUnreadableFormulas(
  hf: HyperFormula,
  sheets: readonly ReadSheet[],
  sheetId: (name: string) => number,
): string[] {
  const kept: { place: CellPlace; value: RawCellContent }[] = [];
  const warnings: string[] = [];
  for (const sheet of sheets) {
    const id = sheetId(sheet.name);
    for (const formula of sheet.formulas) {
      const place = { sheet: id, row: formula.row - 1, col: formula.column - 1 };
      const problem = hf.validateFormula(formula.typed)
        ? missingFunction(hf, place, formula.typed, formula.cached)
        : `the formula =${formula.stored} cannot be read by the embedded engine`;
      if (problem === undefined) continue;
      kept.push({ place, value: valueContent(formula.cached) });
      sheet.meta.keptFormulas.set(cellKey(formula.row, formula.column), formula.stored);
      warnings.push(
        `${sheet.name}!${cellAddress(formula.row, formula.column)}: ${problem}; the cell keeps the value Excel saved.`,
      );
    }
  }
  if (kept.length > 0)
    hf.batch(() => kept.forEach(({ place, value }) => hf.setCellContents(place, [[value]])));
  return warnings;
}

/**
 * Remembers each calculated formula's file text and HyperFormula's text of it, so a formula
 * nobody edited goes back to the file exactly as it came (with its `_xlfn.` prefixes and all).
 *
 * @example
 * rememberSourceFormulas(hf, book.sheets, (name) => hf.getSheetId(name) ?? 0);
 */
export function rememberSourceFormulas(
  hf: HyperFormula,
  sheets: readonly ReadSheet[],
  sheetId: (name: string) => number,
): void {
  for (const sheet of sheets) {
    const id = sheetId(sheet.name);
    for (const formula of sheet.formulas) {
      const key = cellKey(formula.row, formula.column);
      if (sheet.meta.keptFormulas.has(key)) continue;
      const loadedAs = hf.getCellFormula({ sheet: id, row: formula.row - 1, col: formula.column - 1 });
      if (loadedAs !== undefined) sheet.meta.sourceFormulas.set(key, { text: formula.stored, loadedAs });
    }
  }
}
