/**
 * One HyperFormula engine built exactly as the embedded workbook builds one (`createEngine` with the CREDIT
 * functions, sheets laid out by `buildSheetContent`), whose input cells are rewritten in one batch per filling.
 * The property tests use it because `EmbeddedWorkbook.setCell` recalculates after every single cell (about
 * 0.5 ms each), which made 1,000 fillings of the weighted card take half a minute; batched they take ~2 s.
 */
import { type SheetSpec, parseCellAddress } from "../../../../src/core/report";
import { createEngine, createEngineContext } from "../../../../src/host/embedded";
import { buildSheetContent } from "../../../../src/host/embedded/sheetSpecContent";
import { type Shown } from "./templateBook";

/** Input values written from `topLeft` down and right, on every sheet of the book. */
export interface InputBlock {
  readonly topLeft: string;
  readonly rows: readonly (readonly (number | string | null)[])[];
}

/** A book whose sheets all receive the same inputs. */
export interface BatchBook {
  /** Writes `blocks` into every sheet, then recalculates once. */
  readonly fill: (blocks: readonly InputBlock[]) => void;
  /** What `address` on `sheet` holds: raw numbers (not rounded to 15 digits), errors as their code. */
  readonly value: (sheet: string, address: string) => Shown;
}

function placeOf(address: string): { row: number; col: number } {
  const position = parseCellAddress(address);
  if (position === null) throw new Error(`not a cell: ${address}`);
  return { row: position.row - 1, col: position.column - 1 };
}

/** A batch book holding `specs`. */
export async function batchBook(specs: readonly SheetSpec[]): Promise<BatchBook> {
  const sheets = [];
  for (const spec of specs)
    sheets.push({ name: spec.name, content: (await buildSheetContent(spec)).content });
  const hf = createEngine(createEngineContext("en"), sheets);
  const ids = specs.map((spec) => hf.getSheetId(spec.name) as number);
  return {
    fill: (blocks) =>
      hf.batch(() => {
        for (const sheet of ids) {
          for (const block of blocks) {
            hf.setCellContents(
              { sheet, ...placeOf(block.topLeft) },
              block.rows.map((row) => [...row]),
            );
          }
        }
      }),
    value: (sheet, address) => {
      const value = hf.getCellValue({ sheet: hf.getSheetId(sheet) as number, ...placeOf(address) });
      if (typeof value === "object" && value !== null) return { error: value.value };
      return value;
    },
  };
}
