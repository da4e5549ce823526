import { EmbeddedWorkbook } from "../../../src/host/embedded";
import { loadSampleWorkbook } from "../../../src/playground/sample/loadSampleWorkbook";
import { PlaygroundHost } from "../../../src/playground/workbook/playgroundHost";
import { type SheetSpec } from "../../../src/core/report";
import {
  gridKey,
  previewSheetGrid,
  readSheetGrid,
  type SheetGrid,
} from "../../../src/playground/workbook/sheetGrid";

// Each test builds the 5,000-invoice sample: seconds on a busy 2-core machine.
jest.setTimeout(30_000);

describe("readSheetGrid", () => {
  it("reads every cell of the sample ledger where the workbook has it, from A1", async () => {
    const { workbook, sample } = await loadSampleWorkbook();
    const grid = await readSheetGrid(new PlaygroundHost(workbook), "Ledger");
    // A title in A1, a blank row 2, the header in row 3 and one row per invoice (broken rows too).
    const invoices = (sample.sheets[0]?.blocks[1]?.rows.length ?? 0) - 1;
    expect(grid.rowCount).toBe(3 + invoices);
    // Columns A–K of the header.
    expect(grid.columnCount).toBe(11);
    const letters = "ABCDEFGHIJK";
    const expected = Array.from({ length: grid.rowCount }, (_, r) =>
      Array.from({ length: grid.columnCount }, (_, c) => {
        const read = workbook.getCellValue("Ledger", `${letters[c]}${r + 1}`);
        return read.kind === "error" ? { error: read.error } : read.kind === "value" ? read.value : null;
      }),
    );
    const padded = grid.rows.map((row) => Array.from({ length: grid.columnCount }, (_, c) => row[c] ?? null));
    expect(padded).toEqual(expected);
    // Not a comparison of blanks: the header and the first invoice number.
    expect(padded[2]?.[2]).toBe("Invoice No.");
    expect(padded[3]?.[2]).toBe("INV-2025-00001");
  });

  it("gives number formats by address, styles by grid key, and the frozen header", async () => {
    const { workbook } = await loadSampleWorkbook();
    const grid = await readSheetGrid(new PlaygroundHost(workbook), "Ledger");
    // The ledger's invoice dates (column D from row 4) are dates, its amounts (G, H) #,##0.00.
    expect(grid.formats.get("D4")).toBe("yyyy-mm-dd");
    expect(grid.formats.get("G4")).toBe("#,##0.00");
    expect(grid.formats.get("C4")).toBeUndefined();
    expect(grid.styles.get(gridKey(3, 1))).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(grid.frozenRows).toBe(3);
  });

  it("pads the columns left of a used range that starts after column A", async () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "C2", "Customer");
    workbook.setCell("Sheet1", "D3", 250);
    const grid = await readSheetGrid(new PlaygroundHost(workbook), "Sheet1");
    expect(grid.rows).toEqual([[], [null, null, "Customer", null], [null, null, null, 250]]);
    // The used range ends in column D.
    expect(grid.columnCount).toBe(4);
  });
});

describe("previewSheetGrid", () => {
  it("draws the sample ledger exactly as the workbook built from it reads: values, formats, styles, layout", async () => {
    // Two implementations: straight from the spec, and through the formula engine and the host port.
    const { workbook, sample } = await loadSampleWorkbook();
    const spec = sample.sheets[0];
    if (spec === undefined) throw new Error("the sample has a ledger");
    const preview = previewSheetGrid(spec);
    const read = await readSheetGrid(new PlaygroundHost(workbook), spec.name);
    expect(preview).not.toBeNull();
    const pad = (grid: SheetGrid) =>
      grid.rows.map((row) => Array.from({ length: grid.columnCount }, (_, c) => row[c] ?? null));
    const { rows: _previewRows, ...previewRest } = preview as SheetGrid;
    const { rows: _readRows, ...readRest } = read;
    expect(pad(preview as SheetGrid)).toEqual(pad(read));
    expect(previewRest).toEqual(readRest);
    // Not blanks against blanks: the sample's text dates and broken rows are in both.
    expect(read.rowCount).toBeGreaterThan(5_000);
    expect(read.formats.size).toBeGreaterThan(10_000);
  });

  it("gives nothing for a sheet with formulas, whose values need the engine", () => {
    const spec: SheetSpec = {
      name: "Scorecard",
      blocks: [{ topLeft: "A1", rows: [["Score", { formula: "=CREDIT.GRADE(72)" }]] }],
    };
    expect(previewSheetGrid(spec)).toBeNull();
  });

  it("places blocks from their top-left cell, blanks between them; a non-finite number is #NUM!, NA() #N/A", () => {
    const spec: SheetSpec = {
      name: "Notes",
      blocks: [
        { topLeft: "B2", rows: [["Customer", 12.5]] },
        { topLeft: "A4", rows: [[Number.NaN, null, "end"]] },
        { topLeft: "A5", rows: [[{ formula: "=NA()" }]] },
      ],
      columnWidths: [{ column: 2, width: 30 }],
      freeze: { rows: 2, columns: 0 },
    };
    const grid = previewSheetGrid(spec);
    expect(grid?.rows).toEqual([
      [],
      [null, "Customer", 12.5],
      [],
      [{ error: "#NUM!" }, null, "end"],
      [{ error: "#N/A" }],
    ]);
    expect(grid?.rowCount).toBe(5);
    expect(grid?.columnCount).toBe(3);
    expect(grid?.widths.get(2)).toBe(30);
    expect(grid?.frozenRows).toBe(2);
  });
});
