import { type HyperFormula } from "hyperformula";
import { rawCellOf } from "./_lib/cellContent";
import { addressOfKey, cellKey, positionOfKey, rectAddress } from "./_lib/rect";
import { type EvaluationResult } from "./evaluationResult";
import { cellEvaluation, spillSize } from "./sheetCells";
import { type SheetMeta } from "./sheetMeta";
import { type WrittenCell, type WrittenSheet } from "./xlsxWrite";

/** A formula cell and what it evaluates to. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly value: EvaluationResult;
}

/**
 * The formula cells of a sheet row by row (kept formulas included, at their saved value), a spill
 * once at its anchor.
 *
 * @example
 * sheetFormulaCells(hf, 0, meta); // [{ sheet: "Sheet1", address: "B2", value: { kind: "value", value: "B" } }]
 */
export function sheetFormulaCells(hf: HyperFormula, id: number, meta: SheetMeta): FormulaCell[] {
  const sheet = hf.getSheetName(id) ?? "";
  const keys = new Set(meta.keptFormulas.keys());
  hf.getSheetFormulas(id).forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula !== undefined) keys.add(cellKey(r + 1, c + 1));
    }),
  );
  return [...keys]
    .sort((a, b) => a - b)
    .map((key) => {
      const { row, column } = positionOfKey(key);
      return {
        sheet,
        address: addressOfKey(key),
        value: cellEvaluation(hf, { sheet: id, row: row - 1, col: column - 1 }),
      };
    });
}

/**
 * A sheet as `writeXlsx` takes it: every non-blank cell, formulas with their current value (a
 * formula read from a file and not edited since keeps its file text), spills with their range.
 *
 * @example
 * writeXlsx([sheetToWrite(hf, 0, meta)], settings);
 */
export function sheetToWrite(hf: HyperFormula, id: number, meta: SheetMeta): WrittenSheet {
  const formulas = hf.getSheetFormulas(id);
  const cells: WrittenCell[] = [];
  hf.getSheetValues(id).forEach((row, r) =>
    row.forEach((cellValue, c) => {
      const key = cellKey(r + 1, c + 1);
      const value = rawCellOf(cellValue);
      const formula = formulas[r]?.[c];
      if (formula !== undefined) {
        const source = meta.sourceFormulas.get(key);
        const text = source !== undefined && source.loadedAs === formula ? source.text : formula.slice(1);
        const spill = spillSize(hf, { sheet: id, row: r, col: c });
        const arrayRange = spill
          ? rectAddress({ top: r + 1, left: c + 1, bottom: r + spill.height, right: c + spill.width })
          : undefined;
        cells.push({
          row: r + 1,
          column: c + 1,
          value,
          formula: text,
          ...(arrayRange ? { arrayRange } : {}),
        });
        return;
      }
      const kept = meta.keptFormulas.get(key);
      if (kept !== undefined) cells.push({ row: r + 1, column: c + 1, value, formula: kept });
      else if (value !== null) cells.push({ row: r + 1, column: c + 1, value });
    }),
  );
  return { name: hf.getSheetName(id) ?? "", meta, cells };
}
