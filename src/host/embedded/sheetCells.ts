import { type CellValue, type HyperFormula } from "hyperformula";
import { type RawCell } from "../port";
import { rawCellOf } from "./_lib/cellContent";
import { type CellPlace } from "./_lib/hfInternals";
import { type Rect } from "./_lib/rect";
import { type EvaluationResult, evaluationResult, resultCell } from "./evaluationResult";

/**
 * The used range of a sheet: the smallest rectangle holding every non-blank cell, or null when
 * the sheet is empty (Excel's used range, without formatting-only cells).
 *
 * @example
 * usedRect(hf, 0); // { top: 3, left: 1, bottom: 5002, right: 8 }
 */
export function usedRect(hf: HyperFormula, sheet: number): Rect | null {
  return usedRectOf(hf.getSheetValues(sheet));
}

/**
 * The used range of a sheet's values from A1 (`hf.getSheetValues`): see {@link usedRect}.
 *
 * @example
 * usedRectOf([[null, null], [null, "Acme"]]); // { top: 2, left: 2, bottom: 2, right: 2 }
 */
export function usedRectOf(values: readonly (readonly CellValue[])[]): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      top = Math.min(top, r + 1);
      bottom = Math.max(bottom, r + 1);
      left = Math.min(left, c + 1);
      right = Math.max(right, c + 1);
    });
  });
  return bottom === 0 ? null : { top, left, bottom, right };
}

/**
 * The values of a rectangle of a sheet as rows of {@link RawCell}.
 *
 * @example
 * rawRows(hf, 0, { top: 1, left: 1, bottom: 2, right: 2 }); // [["Customer", "Amount"], ["Acme", 100]]
 */
export function rawRows(hf: HyperFormula, sheet: number, rect: Rect): RawCell[][] {
  return hf
    .getRangeValues({
      start: { sheet, row: rect.top - 1, col: rect.left - 1 },
      end: { sheet, row: rect.bottom - 1, col: rect.right - 1 },
    })
    .map((row) => row.map(rawCellOf));
}

/**
 * A rectangle of a sheet's values from A1 (`hf.getSheetValues`, which leaves out trailing blanks) as
 * rows of {@link RawCell}: what {@link rawRows} reads from the engine, from values already read.
 *
 * @example
 * rawRowsOf([["Customer", "Amount"], ["Acme"]], { top: 1, left: 1, bottom: 2, right: 2 }); // [["Customer", "Amount"], ["Acme", null]]
 */
export function rawRowsOf(values: readonly (readonly CellValue[])[], rect: Rect): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = rect.top - 1; r < rect.bottom; r++) {
    const row: RawCell[] = [];
    const cells = values[r];
    for (let c = rect.left - 1; c < rect.right; c++) row.push(rawCellOf(cells?.[c] ?? null));
    rows.push(row);
  }
  return rows;
}

/**
 * The cells a spilled formula covers when `place` is its anchor (more than one cell), else undefined.
 *
 * @example
 * spillSize(hf, { sheet: 0, row: 0, col: 3 }); // { width: 6, height: 2 }
 */
export function spillSize(hf: HyperFormula, place: CellPlace): { width: number; height: number } | undefined {
  const vertex = hf.arrayMapping.getArrayByCorner(place);
  if (vertex === undefined || (vertex.width <= 1 && vertex.height <= 1)) return undefined;
  return { width: vertex.width, height: vertex.height };
}

/**
 * What a cell shows: its value or error, or — at the anchor of a spilled result — the whole array.
 *
 * @example
 * cellEvaluation(hf, { sheet: 0, row: 0, col: 3 }); // { kind: "array", rows: [["Not due", …], [0, …]] }
 */
export function cellEvaluation(hf: HyperFormula, place: CellPlace): EvaluationResult {
  const value = hf.getCellValue(place);
  const spill = spillSize(hf, place);
  const single = evaluationResult(value);
  if (spill === undefined || single.kind === "error") return single;
  const rows = hf.getRangeValues({
    start: place,
    end: { sheet: place.sheet, row: place.row + spill.height - 1, col: place.col + spill.width - 1 },
  });
  return { kind: "array", rows: rows.map((row) => row.map(resultCell)) };
}
