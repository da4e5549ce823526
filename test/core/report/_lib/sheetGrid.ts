// Reads a SheetSpec back as a sheet (not a test file itself): what each cell holds, which number format
// applies to it, and a by-hand evaluation of the few formula shapes the reports write.
import { type CellInput, type SheetSpec, cellAddress, parseCellAddress } from "../../../../src/core/report";

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The rectangle of "B3" or "B3:D9"; throws on anything else so a malformed range fails the test. */
export function rectOf(range: string): Rect {
  const [from = "", to = from, ...rest] = range.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (rest.length > 0 || a === null || b === null) throw new Error(`not a range: ${range}`);
  if (b.row < a.row || b.column < a.column) throw new Error(`range not top-left to bottom-right: ${range}`);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** The rectangle a block writes: its first cell to its widest row. */
export function blockRect(block: SheetSpec["blocks"][number]): Rect {
  const start = rectOf(block.topLeft);
  const width = Math.max(...block.rows.map((row) => row.length));
  return {
    top: start.top,
    left: start.left,
    bottom: start.top + block.rows.length - 1,
    right: start.left + width - 1,
  };
}

/** True when two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

const key = (row: number, column: number): string => `${row},${column}`;

/** The cells of a spec by position; throws when two blocks write the same cell. */
export class SheetGrid {
  private readonly cells = new Map<string, CellInput>();

  constructor(readonly spec: SheetSpec) {
    for (const block of spec.blocks) {
      const start = rectOf(block.topLeft);
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const at = key(start.top + r, start.left + c);
          if (this.cells.has(at))
            throw new Error(`two blocks write row ${start.top + r}, column ${start.left + c}`);
          this.cells.set(at, cell);
        }),
      );
    }
  }

  /** What the spec writes at an address; `undefined` when no block reaches it. */
  at(address: string): CellInput | undefined {
    const { top, left } = rectOf(address);
    return this.cells.get(key(top, left));
  }

  /** The cells of a range, row by row. */
  values(range: string): (CellInput | undefined)[][] {
    const r = rectOf(range);
    const rows: (CellInput | undefined)[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: (CellInput | undefined)[] = [];
      for (let column = r.left; column <= r.right; column++) line.push(this.cells.get(key(row, column)));
      rows.push(line);
    }
    return rows;
  }

  /** The one cell holding exactly `value`, as its position; throws when there is not exactly one. */
  find(value: string): { readonly row: number; readonly column: number } {
    const found = [...this.cells].filter(([, cell]) => cell === value);
    if (found.length !== 1) throw new Error(`${found.length} cells hold ${JSON.stringify(value)}`);
    const [row, column] = found[0]![0].split(",").map(Number) as [number, number];
    return { row, column };
  }

  /** Every text the spec writes. */
  texts(): string[] {
    return [...this.cells.values()].filter((cell): cell is string => typeof cell === "string");
  }

  /** The number format that applies at a cell: the last spec covering it wins, as in Excel. */
  formatAt(address: string): string | undefined {
    const cell = rectOf(address);
    let format: string | undefined;
    for (const spec of this.spec.numberFormats ?? [])
      if (overlaps(rectOf(spec.range), cell)) format = spec.format;
    return format;
  }

  /**
   * The value a formula cell computes, worked out by hand for the shapes the reports use: SUBTOTAL(109, range)
   * and SUM(range) (sums), ROUND(a*b, d) (Excel's: half away from zero, after its 15 significant digits) and
   * IF(a>0, b/c, ""). `override` replaces cells, as a user's edit would. Any other shape throws.
   */
  evaluate(address: string, override: ReadonlyMap<string, number> = new Map()): number | string {
    const cell = this.at(address);
    if (cell === undefined || cell === null || typeof cell === "boolean")
      throw new Error(`no value at ${address}`);
    if (override.has(address)) return override.get(address)!;
    if (typeof cell === "number" || typeof cell === "string") return cell;
    const num = (ref: string): number => {
      const value = this.evaluate(ref, override);
      if (typeof value !== "number") throw new Error(`${ref} is not a number`);
      return value;
    };
    // A blank in a summed range adds nothing, as in Excel.
    const sum = (range: string): number => {
      const r = rectOf(range);
      let total = 0;
      for (let row = r.top; row <= r.bottom; row++)
        for (let column = r.left; column <= r.right; column++)
          if (this.cells.get(key(row, column)) !== null) total += num(cellAddress(row, column));
      return total;
    };
    const f = cell.formula;
    let m: RegExpExecArray | null;
    if ((m = /^=SUBTOTAL\(109,([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f))) return sum(m[1]!);
    if ((m = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f))) return sum(m[1]!);
    if ((m = /^=ROUND\(([A-Z]+\d+)\*([A-Z]+\d+),(\d+)\)$/.exec(f))) {
      return excelRound(num(m[1]!) * num(m[2]!), Number(m[3]));
    }
    if ((m = /^=IF\(([A-Z]+\d+)>0,([A-Z]+\d+)\/([A-Z]+\d+),""\)$/.exec(f))) {
      return num(m[1]!) > 0 ? num(m[2]!) / num(m[3]!) : "";
    }
    throw new Error(`formula shape not evaluated by the test: ${f}`);
  }
}

/** Excel's ROUND: the product is first taken to 15 significant digits, then rounded half away from zero. */
export function excelRound(value: number, digits: number): number {
  const scaled = Number((Math.abs(value) * 10 ** digits).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / 10 ** digits;
}

/**
 * Excel's on-screen width of a column of `characters` default-font characters, in points: the characters at 7
 * pixels plus 5 pixels of padding, at 0.75 points a pixel (Calibri 11; 8.43 characters = 64 px = 48 pt).
 */
export function columnPoints(characters: number): number {
  return (Math.trunc(characters * 7) + 5) * 0.75;
}

/** The cells a chart covers, from its anchor, its size in points, the spec's column widths and a row height. */
export function chartRect(
  spec: SheetSpec,
  chart: NonNullable<SheetSpec["charts"]>[number],
  rowPoints: number,
): Rect {
  const anchor = rectOf(chart.anchor);
  const widthOf = (column: number): number =>
    columnPoints(spec.columnWidths?.find((w) => w.column === column)?.width ?? 8.43);
  let right = anchor.left;
  for (let x = widthOf(right); x < chart.width; x += widthOf(right)) right += 1;
  const bottom = anchor.top + Math.ceil(chart.height / rowPoints) - 1;
  return { top: anchor.top, left: anchor.left, bottom, right };
}
