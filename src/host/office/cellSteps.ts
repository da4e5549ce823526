/** The cells of a SheetSpec as write steps of at most 20,000 rows and 4 MB each. */
import { type CellBlock, parseCellAddress } from "../../core/report";
import { HostError } from "../port";
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from "./_lib/payload";
import { type WriteStep } from "./_lib/writeStep";
import { MAX_BLOCK_ROWS } from "./blockRows";
import { isFormula, type OfficeCell, toOfficeCell } from "./cellInput";

/**
 * Steps writing one block of cells. Rows are converted once and measured exactly (the JSON bytes
 * of each converted row), and cut into pieces of at most `maxRows` rows and `maxBytes` bytes. A
 * piece holding a formula is written through `Range.formulas`, any other through `Range.values`.
 * Short rows are padded with null (leave the cell alone) to the block's widest row.
 *
 * @example
 * cellSteps({ topLeft: "A1", rows: [["Customer", "Open"], ["Acme", 1200]] });
 * // one step: rows 2, cells 4, writes A1:B2 with Range.values
 */
export function cellSteps(
  block: CellBlock,
  maxRows: number = MAX_BLOCK_ROWS,
  maxBytes: number = PAYLOAD_BUDGET_BYTES,
): WriteStep[] {
  const start = parseCellAddress(block.topLeft);
  if (!start) throw new HostError("hostFailure", { address: block.topLeft }, "unreadableAddress");
  let width = 0;
  for (const row of block.rows) width = Math.max(width, row.length);
  if (width === 0) return [];

  const steps: WriteStep[] = [];
  let piece: OfficeCell[][] = [];
  let pieceStart = 0;
  let bytes = 2;
  let cells = 0;
  let formulas = false;
  const flush = () => {
    if (piece.length === 0) return;
    steps.push(cellStep(start.row - 1 + pieceStart, start.column - 1, width, piece, bytes, cells, formulas));
    pieceStart += piece.length;
    piece = [];
    bytes = 2;
    cells = 0;
    formulas = false;
  };
  for (const row of block.rows) {
    const out: OfficeCell[] = [];
    for (let c = 0; c < width; c++) out.push(c < row.length ? toOfficeCell(row[c] ?? null) : null);
    const rowBytes = jsonBytes(out) + 1;
    if (piece.length >= maxRows || (piece.length > 0 && bytes + rowBytes > maxBytes)) flush();
    piece.push(out);
    bytes += rowBytes;
    cells += row.length;
    formulas ||= row.some(isFormula);
  }
  flush();
  return steps;
}

function cellStep(
  rowIndex: number,
  columnIndex: number,
  width: number,
  matrix: OfficeCell[][],
  bytes: number,
  cells: number,
  formulas: boolean,
): WriteStep {
  return {
    rows: matrix.length,
    bytes,
    cells,
    apply: ({ sheet }) => {
      const range = sheet.getRangeByIndexes(rowIndex, columnIndex, matrix.length, width);
      if (formulas) range.formulas = matrix;
      else range.values = matrix;
    },
  };
}
