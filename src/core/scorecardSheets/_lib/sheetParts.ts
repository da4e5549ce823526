import {
  type CellBlock,
  type ChartSpec,
  type ConditionalFormatSpec,
  type NumberFormatSpec,
  type StyleSpec,
} from "../../report";

/** What a layout collects while it walks down a sheet, and the row it has reached. */
export interface SheetParts {
  readonly blocks: CellBlock[];
  readonly formats: NumberFormatSpec[];
  readonly styles: StyleSpec[];
  readonly conditional: ConditionalFormatSpec[];
  readonly charts: ChartSpec[];
  row: number;
}

/** Empty parts, starting at `row`. */
export function sheetParts(row: number): SheetParts {
  return { blocks: [], formats: [], styles: [], conditional: [], charts: [], row };
}
