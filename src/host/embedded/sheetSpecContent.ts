import { type RawCellContent } from "hyperformula";
import { type ChartSpec, type SheetSpec, cellCount, parseCellAddress } from "../../core/report";
import { HostError, type RunOptions, throwIfCancelled } from "../port";
import { inputContent } from "./_lib/cellContent";
import { cellKey, cellsOf, parseRect } from "./_lib/rect";
import { yieldToEventLoop } from "./_lib/yieldToEventLoop";
import { type SheetLayout, sheetLayoutOf } from "./sheetLayout";
import { type SheetMeta, emptySheetMeta } from "./sheetMeta";

/** A sheet built from a SheetSpec, ready to swap into the workbook. */
export interface BuiltSheet {
  /** HyperFormula content, row by row from A1. */
  readonly content: RawCellContent[][];
  readonly meta: SheetMeta;
  readonly cells: number;
  readonly charts: readonly ChartSpec[];
}

function rectOrThrow(range: string, sheet: string) {
  const rect = parseRect(range);
  if (!rect) throw new HostError("hostFailure", { sheet, range }, "not an A1 range");
  return rect;
}

/** Conditional formats and validations may name several ranges separated by spaces. */
function checkRanges(ranges: string, sheet: string): void {
  for (const part of ranges.trim().split(/\s+/)) rectOrThrow(part, sheet);
}

/**
 * A SheetSpec's formats, styles, tables, rules, widths, merges and freeze as the workbook keeps them; a bad
 * range is refused (HostError `hostFailure`).
 *
 * @example
 * sheetMetaOf({ name: "Aging", blocks: [], columnWidths: [{ column: 1, width: 30 }] }).columnWidths.get(1); // 30
 */
export function sheetMetaOf(spec: SheetSpec): SheetMeta {
  const meta = emptySheetMeta();
  if (spec.tabColor !== undefined) meta.tabColor = spec.tabColor;
  for (const format of spec.numberFormats ?? []) {
    for (const [row, column] of cellsOf(rectOrThrow(format.range, spec.name))) {
      meta.numberFormats.set(cellKey(row, column), format.format);
    }
  }
  for (const { range, ...style } of spec.styles ?? []) {
    for (const [row, column] of cellsOf(rectOrThrow(range, spec.name))) {
      const key = cellKey(row, column);
      meta.styles.set(key, { ...meta.styles.get(key), ...style });
    }
  }
  for (const table of spec.tables ?? []) rectOrThrow(table.range, spec.name);
  meta.tables = [...(spec.tables ?? [])];
  for (const format of spec.conditionalFormats ?? []) checkRanges(format.range, spec.name);
  meta.conditionalFormats = [...(spec.conditionalFormats ?? [])];
  for (const rule of spec.dataValidations ?? []) checkRanges(rule.range, spec.name);
  meta.dataValidations = [...(spec.dataValidations ?? [])];
  for (const { column, width } of spec.columnWidths ?? []) meta.columnWidths.set(column, width);
  for (const merge of spec.merges ?? []) rectOrThrow(merge, spec.name);
  meta.merges = [...(spec.merges ?? [])];
  if (spec.freeze !== undefined) meta.freeze = { ...spec.freeze };
  return meta;
}

/**
 * Builds the cells and metadata of a SheetSpec without touching any workbook, block by block:
 * progress after each block, the signal checked between blocks (HostError `cancelled`), and a bad
 * address refused (HostError `hostFailure`) before anything is written. The caller swaps the result
 * in, which is what makes a sheet write all or nothing.
 *
 * @example
 * const built = await buildSheetContent({ name: "Aging", blocks: [{ topLeft: "A1", rows: [["Customer"]] }] });
 * built.content; // [["'Customer"]]
 */
export async function buildSheetContent(spec: SheetSpec, options: RunOptions = {}): Promise<BuiltSheet> {
  throwIfCancelled(options.signal);
  const total = cellCount(spec);
  const content: RawCellContent[][] = [];
  let done = 0;
  for (const block of spec.blocks) {
    const origin = parseCellAddress(block.topLeft);
    if (!origin)
      throw new HostError("hostFailure", { sheet: spec.name, range: block.topLeft }, "not an A1 cell");
    block.rows.forEach((cells, r) => {
      const rowIndex = origin.row - 1 + r;
      const row = (content[rowIndex] ??= []);
      cells.forEach((cell, c) => {
        row[origin.column - 1 + c] = inputContent(cell);
      });
      done += cells.length;
    });
    options.onProgress?.({ phase: "write", done, total });
    await yieldToEventLoop();
    throwIfCancelled(options.signal);
  }
  // HyperFormula takes dense rows: fill the gaps left between blocks.
  for (let r = 0; r < content.length; r++) {
    const row = (content[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  const meta = sheetMetaOf(spec);
  throwIfCancelled(options.signal);
  return { content, meta, cells: total, charts: [...(spec.charts ?? [])] };
}

/**
 * The layout a SheetSpec's sheet has once written (what `EmbeddedWorkbook.sheetLayout` gives for it), without a
 * workbook: what the playground draws before the formula engine has been built.
 *
 * @example
 * sheetLayoutOfSpec({ name: "Ledger", blocks: [], freeze: { rows: 1, columns: 0 } }).freeze; // { rows: 1, columns: 0 }
 */
export function sheetLayoutOfSpec(spec: SheetSpec): SheetLayout {
  return sheetLayoutOf(sheetMetaOf(spec));
}
