/**
 * A history table read from a workbook host: one row per customer or application, a header row naming the
 * columns, and each column's cells as the scorecard engine takes them.
 */
import { columnLetters } from "../../core/report";
import { creditError, type CreditError } from "../../core/errors";
import { type RawValue } from "../../core/scorecard";
import {
  type RawCell,
  type RunOptions,
  type SourceRef,
  type SourceShape,
  type WorkbookHost,
} from "../../host";

/** Rows the header search looks at: a title and blank rows may sit above the header. */
const HEADER_SEARCH_ROWS = 30;

/**
 * One column of a history table.
 *
 * @example
 * const column: HistoryColumn = { index: 0, column: 1, header: "Checking", values: ["A11", "A12"] };
 */
export interface HistoryColumn {
  /** 0-based position in the table. */
  readonly index: number;
  /** 1-based sheet column. */
  readonly column: number;
  /** The header, trimmed; a blank header reads "Column C", a repeated one gets " (2)". */
  readonly header: string;
  /** One cell per data row; error values read as blanks. */
  readonly values: readonly RawValue[];
}

/**
 * A history table: where it is, the sheet row of each data row, and its columns.
 *
 * @example
 * const history = (await readHistory(host, { kind: "sheet", sheet: "History" })) as HistoryTable;
 * history.columns.map((c) => c.header); // ["Checking", "Duration", …, "Outcome"]
 */
export interface HistoryTable {
  readonly shape: SourceShape;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet row of each data row, ascending; rows with every cell blank are left out. */
  readonly rows: readonly number[];
  readonly columns: readonly HistoryColumn[];
}

const isBlankCell = (cell: RawCell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

const filled = (row: readonly RawCell[]): number => row.filter((cell) => !isBlankCell(cell)).length;

/**
 * The first of the top rows with at least half as many filled cells as the fullest: a title above the table
 * fills one cell, the header (even with a blank heading or two) nearly all of them.
 */
function findHeader(rows: readonly (readonly RawCell[])[]): number {
  const top = rows.slice(0, HEADER_SEARCH_ROWS).map(filled);
  const most = Math.max(0, ...top);
  if (most === 0) return -1;
  return top.findIndex((count) => count >= Math.max(1, Math.ceil(most / 2)));
}

function headerTexts(row: readonly RawCell[], width: number, firstColumn: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, i) => {
    const cell = row[i];
    const text =
      isBlankCell(cell) || (typeof cell === "object" && cell !== null)
        ? `Column ${columnLetters(firstColumn + i)}`
        : String(cell).trim();
    const key = text.toLowerCase();
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    return times === 1 ? text : `${text} (${times})`;
  });
}

const rawValue = (cell: RawCell | undefined): RawValue =>
  cell === undefined || (typeof cell === "object" && cell !== null) ? null : cell;

/**
 * Reads a history table from a host, block by block with progress and cancellation (a cancelled read
 * rejects with HostError `cancelled`). The header is the first of the top rows with the most filled cells,
 * unless `headerRow` (0-based within the source) names it. Refuses (`historyEmpty`) a source with no data
 * row below its header. Reads only: the source is never changed.
 *
 * @example
 * const history = await readHistory(host, { kind: "sheet", sheet: "German credit" }, { onProgress });
 */
export async function readHistory(
  host: WorkbookHost,
  source: SourceRef,
  options: RunOptions & { readonly headerRow?: number } = {},
): Promise<HistoryTable | CreditError> {
  const shape = await host.describe(source);
  const rows: RawCell[][] = [];
  for await (const block of host.readRows(source, {
    signal: options.signal,
    onProgress: options.onProgress,
  })) {
    for (const row of block.rows) rows.push([...row]);
  }
  const header = options.headerRow ?? findHeader(rows);
  const headerCells = rows[header];
  if (header < 0 || headerCells === undefined)
    return creditError("#VALUE!", "historyEmpty", { sheet: shape.sheet });
  const width = Math.max(shape.columnCount, ...rows.map((row) => row.length));
  const dataRows: number[] = [];
  const cells: RawCell[][] = [];
  for (let i = header + 1; i < rows.length; i++) {
    const row = rows[i] as RawCell[];
    if (filled(row) === 0) continue;
    dataRows.push(shape.firstRow + i);
    cells.push(row);
  }
  if (dataRows.length === 0) return creditError("#VALUE!", "historyEmpty", { sheet: shape.sheet });
  const headers = headerTexts(headerCells, width, shape.firstColumn);
  return {
    shape,
    headerRow: shape.firstRow + header,
    rows: dataRows,
    columns: headers.map((text, index) => ({
      index,
      column: shape.firstColumn + index,
      header: text,
      values: cells.map((row) => rawValue(row[index])),
    })),
  };
}

/**
 * The column a user named: by its header (trimmed, case-blind), else by its sheet column letters (`U`).
 *
 * @example
 * historyColumn(history, "outcome")?.header; // "Outcome"
 * historyColumn(history, "U")?.column; // 21
 */
export function historyColumn(history: HistoryTable, name: string): HistoryColumn | null {
  const wanted = name.normalize("NFKC").trim().toLowerCase();
  const byHeader = history.columns.find((c) => c.header.normalize("NFKC").trim().toLowerCase() === wanted);
  if (byHeader) return byHeader;
  if (!/^[a-z]{1,3}$/.test(wanted)) return null;
  return history.columns.find((c) => columnLetters(c.column).toLowerCase() === wanted) ?? null;
}
