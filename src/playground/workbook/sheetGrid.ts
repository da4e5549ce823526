/**
 * A sheet read for display: its values from A1 to the end of the used range, and per cell the number
 * format and style the report (or the file) gave it. One read per change of the workbook.
 */
import { type CellInput, type ChartSpec, parseCellAddress, type SheetSpec } from "../../core/report";
import { CHARTS_SETTING } from "../../host/embedded/settingsSheet";
import { cellValueFills, type ChartView, chartView, conditionalBackgrounds } from "../grid/reportVisuals";
import { type SheetLayout, sheetLayoutOfSpec } from "../../host/embedded";
import { type RawCell } from "../../host/port";
import { type PlaygroundHost } from "./playgroundHost";

/** Font, fill and alignment of a cell as the grid draws it. */
export type GridCellStyle = Omit<SheetLayout["styles"][number], "address">;

/** What the grid shows of one sheet. */
export interface SheetGrid {
  readonly sheet: string;
  /** Values by 0-based row and column from A1; rows may be shorter than `columnCount`. */
  readonly rows: readonly (readonly RawCell[])[];
  readonly rowCount: number;
  readonly columnCount: number;
  /**
   * Number formats by A1 address ("D4"): a ledger formats whole columns, tens of thousands of cells,
   * and the grid only asks for the cells it draws.
   */
  readonly formats: ReadonlyMap<string, string>;
  readonly styles: ReadonlyMap<number, GridCellStyle>;
  /** Column widths in characters by 1-based column. */
  readonly widths: ReadonlyMap<number, number>;
  /** Rows kept in view at the top (the header of a table). */
  readonly frozenRows: number;
  /** Backgrounds of colour scales and data bars, by {@link gridKey}. */
  readonly conditional: ReadonlyMap<number, string>;
  /** Fills of met "cell value" rules (a grade D, a weight check off 100 %), by {@link gridKey}. */
  readonly alerts: ReadonlyMap<number, string>;
  /** The sheet's charts (a report's bucket chart). */
  readonly charts: readonly ChartView[];
}

/**
 * The key of a cell in {@link SheetGrid.styles} and {@link SheetGrid.conditional}.
 *
 * @example
 * gridKey(4, 2); // the key of B4
 */
export function gridKey(row: number, column: number): number {
  return row * 20_000 + column;
}

/**
 * The row of a {@link gridKey}.
 *
 * @example
 * rowOfKey(gridKey(4, 2)); // 4
 */
export function rowOfKey(key: number): number {
  return Math.floor(key / 20_000);
}

/**
 * Reads a sheet for display.
 *
 * @example
 * const grid = await readSheetGrid(host, "Ledger");
 * grid.rows[2]?.[0]; // "Customer ID"
 */
export async function readSheetGrid(host: PlaygroundHost, sheet: string): Promise<SheetGrid> {
  const shape = await host.describe({ kind: "sheet", sheet });
  const rows: (readonly RawCell[])[] = [];
  const pad = shape.firstColumn - 1;
  for await (const block of host.readRows({ kind: "sheet", sheet }, { blockRows: 50_000 })) {
    // Each read gives rows of its own: kept as they are, unless columns left of the used range need padding.
    block.rows.forEach((row, i) => {
      rows[block.firstRow - 1 + i] = pad > 0 ? [...Array<RawCell>(pad).fill(null), ...row] : row;
    });
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const charts = chartsOf(await host.getSetting(CHARTS_SETTING), sheet);
  const columnCount = shape.rowCount === 0 ? 0 : shape.firstColumn + shape.columnCount - 1;
  return assembleGrid(sheet, rows, columnCount, host.sheetLayout(sheet), charts);
}

/**
 * What the grid will show of a sheet the workbook is about to be built with: its values and layout straight
 * from the spec, so the page can draw the sample's first sheet while the formula engine is still being built.
 * Null for a sheet with formulas (their values need the engine), but for `NA()`.
 *
 * @example
 * previewSheetGrid({ name: "Ledger", blocks: [{ topLeft: "A1", rows: [["Customer"], ["Acme"]] }] })?.rows[1]; // ["Acme"]
 */
export function previewSheetGrid(spec: SheetSpec): SheetGrid | null {
  const rows: RawCell[][] = [];
  let rowCount = 0;
  let columnCount = 0;
  for (const block of spec.blocks) {
    const origin = parseCellAddress(block.topLeft);
    if (origin === null) return null;
    for (let r = 0; r < block.rows.length; r++) {
      const cells = block.rows[r] as readonly CellInput[];
      const row = (rows[origin.row - 1 + r] ??= []);
      for (let c = 0; c < cells.length; c++) {
        const value = previewValue(cells[c] ?? null);
        if (value === undefined) return null;
        row[origin.column - 1 + c] = value;
        if (value !== null) {
          rowCount = Math.max(rowCount, origin.row + r);
          columnCount = Math.max(columnCount, origin.column + c);
        }
      }
    }
  }
  rows.length = rowCount;
  for (let r = 0; r < rowCount; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) row[c] ??= null;
  }
  return assembleGrid(spec.name, rows, columnCount, sheetLayoutOfSpec(spec), spec.charts ?? []);
}

/**
 * A spec cell's value as the workbook will hold it, or undefined when only the engine can tell: a number that
 * is not finite is #NUM!, and `NA()` — how a ledger marks a broken amount — is #N/A.
 */
function previewValue(cell: CellInput): RawCell | undefined {
  if (cell === null || typeof cell !== "object") {
    return typeof cell === "number" && !Number.isFinite(cell) ? { error: "#NUM!" } : cell;
  }
  return /^=?\s*NA\(\s*\)\s*$/i.test(cell.formula) ? { error: "#N/A" } : undefined;
}

/** A sheet's values, layout and charts as the grid draws them. */
function assembleGrid(
  sheet: string,
  rows: readonly (readonly RawCell[])[],
  columnCount: number,
  layout: SheetLayout,
  charts: readonly ChartSpec[],
): SheetGrid {
  const byCell = <T>(entries: readonly (readonly [string, T])[]) =>
    new Map(
      entries.flatMap(([address, value]) => {
        const at = parseCellAddress(address);
        return at === null ? [] : [[gridKey(at.row, at.column), value] as const];
      }),
    );
  return {
    sheet,
    rows,
    rowCount: rows.length,
    columnCount,
    formats: new Map(layout.numberFormats.map(({ address, format }) => [address, format])),
    styles: byCell(layout.styles.map(({ address, ...style }) => [address, style] as const)),
    widths: new Map(layout.columnWidths.map(({ column, width }) => [column, width])),
    frozenRows: layout.freeze?.rows ?? 0,
    conditional: conditionalBackgrounds(rows, layout.conditionalFormats, gridKey),
    alerts: cellValueFills(rows, layout.conditionalFormats, gridKey),
    charts: charts.map((spec) => chartView(rows, spec)).filter((chart): chart is ChartView => chart !== null),
  };
}

/** The charts stored for a sheet (the embedded host keeps them by sheet name in a setting). */
function chartsOf(stored: unknown, sheet: string): ChartSpec[] {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return [];
  const entry = Object.entries(stored as Record<string, unknown>).find(
    ([name]) => name.toLowerCase() === sheet.toLowerCase(),
  )?.[1];
  return Array.isArray(entry)
    ? entry.filter(
        (chart): chart is ChartSpec =>
          chart !== null && typeof chart === "object" && "sourceRange" in chart && "anchor" in chart,
      )
    : [];
}
