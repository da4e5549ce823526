import { type CellBlock, type CellInput, cellAddress, parseCellAddress } from "../../report";

/** Cells placed by address, then written as one block per run of adjacent cells in a row. */
export interface SheetGrid {
  /** Places `values` from `address` rightwards. */
  readonly row: (address: string, values: readonly CellInput[]) => void;
  /** Places `values` from `address` downwards. */
  readonly column: (address: string, values: readonly CellInput[]) => void;
  readonly blocks: () => CellBlock[];
}

function positionOf(address: string): { row: number; column: number } {
  const position = parseCellAddress(address);
  // Addresses come from the templates' own layout constants: a bad one is a programming error.
  if (position === null) throw new Error(`not an A1 cell: ${address}`);
  return position;
}

/** A new empty grid. */
export function sheetGrid(): SheetGrid {
  const rows = new Map<number, Map<number, CellInput>>();
  const put = (row: number, column: number, value: CellInput): void => {
    let cells = rows.get(row);
    if (cells === undefined) rows.set(row, (cells = new Map<number, CellInput>()));
    cells.set(column, value);
  };
  return {
    row: (address, values) => {
      const { row, column } = positionOf(address);
      values.forEach((value, i) => put(row, column + i, value));
    },
    column: (address, values) => {
      const { row, column } = positionOf(address);
      values.forEach((value, i) => put(row + i, column, value));
    },
    blocks: () => {
      const blocks: CellBlock[] = [];
      for (const row of [...rows.keys()].sort((a, b) => a - b)) {
        const cells = rows.get(row) as Map<number, CellInput>;
        const columns = [...cells.keys()].sort((a, b) => a - b);
        let start = 0;
        for (let i = 1; i <= columns.length; i++) {
          if (i < columns.length && (columns[i] as number) === (columns[i - 1] as number) + 1) continue;
          const run = columns.slice(start, i);
          const first = run[0] as number;
          blocks.push({
            topLeft: cellAddress(row, first),
            rows: [run.map((column) => cells.get(column) as CellInput)],
          });
          start = i;
        }
      }
      return blocks;
    },
  };
}
