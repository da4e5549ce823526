/**
 * What Excel draws over a report's cells and the grid draws too: colour scales, data bars and "cell
 * value" fills of the conditional formats, and charts read from the cells they name. Pure data from the sheet's values,
 * so the same report looks the same in the playground as in Excel.
 */
import { type ChartSpec, parseCellAddress } from "../../core/report";
import { type SheetLayout } from "../../host/embedded";
import { type RawCell } from "../../host/port";

/** A cell range as 1-based bounds. */
interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function boundsOf(range: string): Bounds | null {
  const [from = "", to = from] = range.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function cellsIn(bounds: Bounds): [number, number][] {
  const cells: [number, number][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++)
    for (let column = bounds.left; column <= bounds.right; column++) cells.push([row, column]);
  return cells;
}

const valueAt = (rows: readonly (readonly RawCell[])[], row: number, column: number): RawCell =>
  rows[row - 1]?.[column - 1] ?? null;

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(from: string, to: string, share: number): string {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  const channel = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * share);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** Excel's order of kinds when it compares values: numbers, then text, then logicals. */
function kindRank(value: number | string | boolean): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

/**
 * How Excel compares a cell with a rule's value: numbers by value, text without regard to case, and a
 * value of another kind by kind (any text is greater than any number). A blank cell is 0 beside a number
 * and "" beside text.
 */
function compareCell(cell: RawCell, literal: number | string): number | null {
  if (cell !== null && typeof cell === "object") return null; // an error value never matches
  const value = cell ?? (typeof literal === "number" ? 0 : "");
  if (kindRank(value) !== kindRank(literal)) return kindRank(value) - kindRank(literal);
  if (typeof value === "number") return value - (literal as number);
  const a = String(value).toLowerCase();
  const b = String(literal).toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A rule's formula as a literal the grid can compare with: a number or a quoted text, else null. */
function literalOf(formula: string | undefined): number | string | null {
  if (formula === undefined) return null;
  const text = formula.trim().replace(/^=/, "");
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return (quoted[1] ?? "").replace(/""/g, '"');
  const number = Number(text);
  return text !== "" && Number.isFinite(number) ? number : null;
}

/** Whether a "cell value" rule holds for a cell; false for a rule whose values are not literals. */
function cellValueHolds(
  rule: Extract<SheetLayout["conditionalFormats"][number], { kind: "cellValue" }>,
  cell: RawCell,
): boolean {
  const first = literalOf(rule.formula1);
  if (first === null) return false;
  const versusFirst = compareCell(cell, first);
  if (versusFirst === null) return false;
  switch (rule.operator) {
    case "equalTo":
      return versusFirst === 0;
    case "greaterThan":
      return versusFirst > 0;
    case "lessThan":
      return versusFirst < 0;
    case "greaterThanOrEqual":
      return versusFirst >= 0;
    case "lessThanOrEqual":
      return versusFirst <= 0;
    case "between": {
      const second = literalOf(rule.formula2);
      const versusSecond = second === null ? null : compareCell(cell, second);
      return versusSecond !== null && versusFirst >= 0 && versusSecond <= 0;
    }
  }
}

/**
 * The background of every cell a colour scale or data bar covers, by `key(row, column)`: a colour
 * between the scale's colours by the value's place between the range's lowest and highest (the
 * midpoint colour at the middle value), or a bar as long as the value's share of the highest.
 *
 * @example
 * conditionalBackgrounds(rows, [{ kind: "dataBar", range: "B2:B3", color: "#5B9BD5" }], gridKey).get(gridKey(2, 2));
 * // "linear-gradient(90deg, #5B9BD566 0 50%, transparent 50%)"
 */
export function conditionalBackgrounds(
  rows: readonly (readonly RawCell[])[],
  formats: SheetLayout["conditionalFormats"],
  key: (row: number, column: number) => number,
): Map<number, string> {
  const backgrounds = new Map<number, string>();
  for (const format of formats) {
    if (format.kind !== "colorScale" && format.kind !== "dataBar") continue;
    for (const range of format.range.trim().split(/\s+/)) {
      const bounds = boundsOf(range);
      if (bounds === null) continue;
      const numbers = cellsIn(bounds)
        .map(([row, column]) => ({ row, column, value: valueAt(rows, row, column) }))
        .filter(
          (cell): cell is { row: number; column: number; value: number } => typeof cell.value === "number",
        );
      if (numbers.length === 0) continue;
      const values = numbers.map((cell) => cell.value);
      const low = Math.min(...values);
      const high = Math.max(...values);
      for (const { row, column, value } of numbers) {
        if (format.kind === "dataBar") {
          const share = high > 0 ? Math.max(0, value) / high : 0;
          const percent = `${Math.round(share * 100)}%`;
          // Light, as Excel's gradient bars are, so the number stays readable on it.
          const bar = `${format.color}66`;
          backgrounds.set(
            key(row, column),
            `linear-gradient(90deg, ${bar} 0 ${percent}, transparent ${percent})`,
          );
          continue;
        }
        const share = high === low ? 0.5 : (value - low) / (high - low);
        const color =
          format.midColor === undefined
            ? mix(format.minColor, format.maxColor, share)
            : share <= 0.5
              ? mix(format.minColor, format.midColor, share * 2)
              : mix(format.midColor, format.maxColor, (share - 0.5) * 2);
        backgrounds.set(key(row, column), color);
      }
    }
  }
  return backgrounds;
}

/**
 * The fill of every cell that meets a "cell value" rule (a weight check below 100 %, a grade D), by
 * `key(row, column)`; where two rules hold, the first listed wins, as in Excel.
 *
 * @example
 * const rule = { kind: "cellValue", range: "B2:B3", operator: "equalTo", formula1: '"D"', fill: "#FFC7CE" } as const;
 * cellValueFills([[], [null, "D"], [null, "A"]], [rule], gridKey).get(gridKey(2, 2)); // "#FFC7CE"
 */
export function cellValueFills(
  rows: readonly (readonly RawCell[])[],
  formats: SheetLayout["conditionalFormats"],
  key: (row: number, column: number) => number,
): Map<number, string> {
  const fills = new Map<number, string>();
  for (const format of formats) {
    if (format.kind !== "cellValue" || format.fill === undefined) continue;
    for (const range of format.range.trim().split(/\s+/)) {
      const bounds = boundsOf(range);
      if (bounds === null) continue;
      for (const [row, column] of cellsIn(bounds)) {
        const at = key(row, column);
        if (!fills.has(at) && cellValueHolds(format, valueAt(rows, row, column))) fills.set(at, format.fill);
      }
    }
  }
  return fills;
}

/** A chart ready to draw: where it sits, its size in pixels, and its data. */
export interface ChartView {
  readonly kind: ChartSpec["kind"];
  readonly title: string;
  /** 1-based sheet row and column of its top-left corner. */
  readonly row: number;
  readonly column: number;
  readonly width: number;
  readonly height: number;
  /** The bars (one per data row for series by columns). */
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

const text = (value: RawCell): string =>
  value === null ? "" : typeof value === "object" ? value.error : String(value);
const number = (value: RawCell): number => (typeof value === "number" ? value : 0);

/**
 * A chart's data read from its source range: the first row names the series (series by columns)
 * and the first column names the categories; sizes in points become pixels (4/3).
 *
 * @example
 * chartView(rows, { kind: "barStacked", sourceRange: "A5:C7", seriesBy: "columns", title: "Aging", anchor: "B9", width: 480, height: 190 });
 */
export function chartView(rows: readonly (readonly RawCell[])[], spec: ChartSpec): ChartView | null {
  const bounds = boundsOf(spec.sourceRange);
  const anchor = parseCellAddress(spec.anchor);
  if (bounds === null || anchor === null) return null;
  const dataRows = Array.from({ length: bounds.bottom - bounds.top }, (_, i) => bounds.top + 1 + i);
  const dataColumns = Array.from({ length: bounds.right - bounds.left }, (_, i) => bounds.left + 1 + i);
  const byColumns = spec.seriesBy === "columns";
  const categories = (byColumns ? dataRows : dataColumns).map((at) =>
    text(byColumns ? valueAt(rows, at, bounds.left) : valueAt(rows, bounds.top, at)),
  );
  const series = (byColumns ? dataColumns : dataRows).map((at) => ({
    name: text(byColumns ? valueAt(rows, bounds.top, at) : valueAt(rows, at, bounds.left)),
    values: (byColumns ? dataRows : dataColumns).map((other) =>
      number(byColumns ? valueAt(rows, other, at) : valueAt(rows, at, other)),
    ),
  }));
  return {
    kind: spec.kind,
    title: spec.title,
    row: anchor.row,
    column: anchor.column,
    width: Math.round((spec.width * 4) / 3),
    height: Math.round((spec.height * 4) / 3),
    categories,
    series,
  };
}
