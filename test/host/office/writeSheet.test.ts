import { type CellInput, type SheetSpec } from "../../../src/core/report";
import { HostError, OWNED_SHEETS_SETTING, type Progress } from "../../../src/host";
import { OfficeWorkbookHost } from "../../../src/host/office";
import { type FakeSheet, FakeWorkbook } from "./_lib/fakeExcel";

const BUDGET = 4_000_000;

/** A per-customer aging report of `n` data rows under a header, with every kind of formatting. */
function agingSpec(n: number, name = "Aging"): SheetSpec {
  const header: CellInput[] = ["Customer", "Invoice", "Due", "Open", "Bucket", "Double", "Grade", "Note"];
  const rows: CellInput[][] = [header];
  for (let i = 1; i <= n; i++) {
    const sheetRow = i + 1;
    rows.push([
      i % 2 === 0 ? `客户${i}` : `Customer ${i}`,
      `INV-${String(i).padStart(6, "0")}`,
      45_000 + (i % 400),
      1_000 + i / 4,
      ["Not due", "1-30", "31-60", "61-90"][i % 4] ?? "121+",
      i % 10 === 0 ? { formula: `=D${sheetRow}*2` } : null,
      i % 3 === 0 ? "A" : "B",
      i % 5 === 0 ? "=not a formula" : "",
    ]);
  }
  const last = n + 1;
  return {
    name,
    tabColor: "#2F5597",
    blocks: [{ topLeft: "A1", rows }],
    numberFormats: [
      { range: `C2:C${last}`, format: "yyyy-mm-dd" },
      { range: `D2:D${last}`, format: "#,##0.00" },
    ],
    styles: [{ range: "A1:H1", bold: true, fill: "#DDEBF7", horizontalAlignment: "center" }],
    tables: [{ name: "AgingTable", range: `A1:H${last}`, style: "TableStyleMedium2", bandedRows: true }],
    conditionalFormats: [
      { kind: "dataBar", range: `D2:D${last}`, color: "#5B9BD5" },
      {
        kind: "colorScale",
        range: `C2:C${last}`,
        minColor: "#FFFFFF",
        midColor: "#FFEB84",
        maxColor: "#F8696B",
      },
      {
        kind: "cellValue",
        range: `D2:D${last}`,
        operator: "greaterThan",
        formula1: "=10000",
        fill: "#FFC7CE",
      },
    ],
    charts: [
      {
        kind: "columnStacked",
        sourceRange: "A1:B5",
        seriesBy: "columns",
        title: "Aging",
        anchor: "J2",
        width: 480,
        height: 288,
      },
    ],
    dataValidations: [
      {
        range: `G2:G${last}`,
        rule: { kind: "list", values: ["A", "B", "C", "D"] },
        errorTitle: "Grade",
        errorMessage: "Pick A, B, C or D.",
        prompt: "Grade of the customer",
      },
    ],
    columnWidths: [
      { column: 1, width: 20 },
      { column: 2, width: 12 },
    ],
    freeze: { rows: 1, columns: 0 },
    merges: ["J1:L1"],
  };
}

/** A workbook with a user's ledger and a CreditKit sheet "Aging" (with its table) from an earlier run. */
function workbookWithOwnedSheet(): { book: FakeWorkbook; ledger: FakeSheet; old: FakeSheet } {
  const book = new FakeWorkbook();
  const ledger = book.addSheet("Ledger", [
    ["Customer", "Open"],
    ["Acme", 100],
  ]);
  book.addTable("LedgerTable", ledger, "A1:B2");
  const old = book.addSheet("Aging", [
    ["Customer", "Open"],
    ["Acme", 90],
  ]);
  book.addTable("AgingTable", old, "A1:B2");
  book.settings.set(OWNED_SHEETS_SETTING, ["Aging"]);
  return { book, ledger, old };
}

describe("writeSheet: a 50,000-row report", () => {
  const book = new FakeWorkbook();
  const ledger = book.addSheet("Ledger", [["Customer"], ["Acme"]]);
  const progress: Progress[] = [];
  const spec = agingSpec(50_000);
  let result: Awaited<ReturnType<OfficeWorkbookHost["writeSheet"]>>;

  beforeAll(async () => {
    result = await new OfficeWorkbookHost(book.run).writeSheet(spec, { onProgress: (p) => progress.push(p) });
  }, 60_000);

  it("reports the sheet and the cells written: 50,001 rows × 8 columns", () => {
    expect(result).toEqual({ sheet: "Aging", replaced: false, cells: 400_008 });
  });

  it("keeps every request under 4 MB and 20,000 rows", () => {
    for (const sync of book.syncs) {
      expect(sync.requestBytes).toBeLessThanOrEqual(BUDGET);
      expect(sync.rowsWritten).toBeLessThanOrEqual(20_000);
    }
  });

  it("makes one sync per block and a bounded number overall", () => {
    const cellSyncs = new Set(
      book.writes.filter((w) => w.kind === "values" || w.kind === "formulas").map((w) => w.sync),
    );
    // Progress reports 0 first, then once after each sync that wrote cells.
    expect(progress.length - 1).toBe(cellSyncs.size);
    // 50,001 rows need at least ⌈50,001 / 20,000⌉ = 3 cell requests, and the cell JSON (> 4 MB) at least 2.
    expect(cellSyncs.size).toBeGreaterThanOrEqual(3);
    // Inspect + cell blocks + number-format blocks (2 formats × ⌈50,000 / 20,000⌉ = 6 at most) + formatting + commit.
    expect(book.syncs.length).toBeLessThanOrEqual(1 + cellSyncs.size + 6 + 1 + 1);
    expect(book.runs).toBe(1);
  });

  it("writes nothing to any sheet but the new one (and the ownership setting)", () => {
    const sheet = book.sheet("Aging")!;
    for (const write of book.writes) {
      if (write.sheetId === -1) expect(write.kind).toBe(`setting ${OWNED_SHEETS_SETTING}`);
      else expect(write.sheetId).toBe(sheet.id);
    }
    expect(book.writes.some((w) => w.sheetId === ledger.id)).toBe(false);
  });

  it("leaves no temporary sheet, shows and activates the report, records ownership", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Aging"]);
    const sheet = book.sheet("Aging")!;
    expect(sheet.visibility).toBe("Visible");
    expect(book.activeSheetId).toBe(sheet.id);
    expect(book.settings.get(OWNED_SHEETS_SETTING)).toEqual(["Aging"]);
  });

  it("keeps text as text and formulas as formulas", () => {
    const sheet = book.sheet("Aging")!;
    const values = book.valuesOf(sheet);
    expect(values[0]).toEqual(["Customer", "Invoice", "Due", "Open", "Bucket", "Double", "Grade", "Note"]);
    // Data row 1 (sheet row 2): bucket 1 % 4 = 1 → "1-30", which Excel would otherwise read as a date.
    expect(values[1]?.slice(0, 5)).toEqual(["Customer 1", "INV-000001", 45_001, 1_000.25, "1-30"]);
    // Data row 5: 5 % 5 = 0 → the note is the text "=not a formula", not a formula.
    expect(values[5]?.[7]).toBe("=not a formula");
    expect(sheet.formulas.has("5,7")).toBe(false);
    // Data row 10 (sheet row 11, index 10): 10 % 10 = 0 → =D11*2.
    expect(sheet.formulas.get("10,5")).toBe("=D11*2");
    expect(sheet.formulas.size).toBe(5_000);
  });

  it("applies number formats, styles, the table, conditional formats, chart, validation, widths, panes, merges", () => {
    const sheet = book.sheet("Aging")!;
    expect(sheet.numberFormats.get("1,2")).toBe("yyyy-mm-dd");
    expect(sheet.numberFormats.get("50000,3")).toBe("#,##0.00");
    expect(sheet.numberFormats.size).toBe(2 * 50_000);
    expect(sheet.formats).toEqual(
      expect.arrayContaining([
        { address: "A1:H1", property: "font.bold", value: true },
        { address: "A1:H1", property: "fill.color", value: "#DDEBF7" },
        { address: "A1:H1", property: "horizontalAlignment", value: "Center" },
      ]),
    );
    expect(book.tables.find((t) => t.sheetId === sheet.id)).toMatchObject({
      name: "AgingTable",
      row: 0,
      rowCount: 50_001,
      columnCount: 8,
      style: "TableStyleMedium2",
      showTotals: false,
    });
    expect(sheet.conditionalFormats.map((f) => f.type)).toEqual(["DataBar", "ColorScale", "CellValue"]);
    expect(sheet.conditionalFormats[2]?.settings).toEqual({
      rule: { formula1: "=10000", operator: "GreaterThan" },
      fill: "#FFC7CE",
    });
    expect(sheet.charts[0]).toMatchObject({ type: "ColumnStacked", source: "A1:B5", seriesBy: "Columns" });
    expect(sheet.charts[0]?.settings).toEqual({ title: "Aging", position: "J2", width: 480, height: 288 });
    expect(sheet.validations[0]?.settings.rule).toEqual({
      list: { inCellDropDown: true, source: "A,B,C,D" },
    });
    // 20 characters: 20 × 5.25 + 3.75 = 108.75 pt; 12 characters: 12 × 5.25 + 3.75 = 66.75 pt.
    expect([...sheet.columnWidths]).toEqual([
      [0, 108.75],
      [1, 66.75],
    ]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    expect(sheet.merges).toEqual(["J1:L1"]);
    expect(sheet.tabColor).toBe("#2F5597");
  });

  it("reports progress monotonically, ending at the total", () => {
    expect(progress[0]).toEqual({ phase: "write", done: 0, total: 400_008 });
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
    expect(progress[progress.length - 1]).toEqual({ phase: "write", done: 400_008, total: 400_008 });
  });
});

describe("writeSheet: replacing and refusing", () => {
  it("replaces its own earlier sheet, table name included", async () => {
    const { book, ledger, old } = workbookWithOwnedSheet();
    const result = await new OfficeWorkbookHost(book.run).writeSheet(agingSpec(3));
    expect(result).toEqual({ sheet: "Aging", replaced: true, cells: 32 });
    const sheet = book.sheet("Aging")!;
    expect(sheet.id).not.toBe(old.id);
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Aging"]);
    expect(book.tables.map((t) => [t.name, t.sheetId])).toEqual([
      ["LedgerTable", ledger.id],
      ["AgingTable", sheet.id],
    ]);
    const touched = new Set(book.writes.filter((w) => w.sheetId !== -1).map((w) => w.sheetId));
    expect(touched).toEqual(new Set([sheet.id, old.id]));
    expect(book.writes.filter((w) => w.sheetId === old.id).map((w) => w.kind)).toEqual(["delete"]);
  });

  it("replaces its own sheet when it is the only visible one", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Aging", [["old"]]);
    book.settings.set(OWNED_SHEETS_SETTING, ["Aging"]);
    await new OfficeWorkbookHost(book.run).writeSheet({
      name: "Aging",
      blocks: [{ topLeft: "A1", rows: [["new"]] }],
    });
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([["Aging", "Visible"]]);
    expect(book.valuesOf(book.sheet("Aging")!)).toEqual([["new"]]);
  });

  it("refuses a name held by a user's sheet (any case) and touches nothing", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Summary", [["mine"]]);
    book.settings.set(OWNED_SHEETS_SETTING, ["Aging"]);
    const before = book.snapshot();
    const host = new OfficeWorkbookHost(book.run);
    await expect(host.writeSheet({ name: "summary", blocks: [] })).rejects.toEqual(
      new HostError("sheetNotOwned", { name: "Summary" }),
    );
    expect(book.snapshot()).toEqual(before);
    expect(book.writes).toEqual([]);
    expect(book.syncs).toHaveLength(1);
  });

  it("treats ownership without regard to case", async () => {
    const book = new FakeWorkbook();
    book.addSheet("aging", [["old"]]);
    book.addSheet("Ledger");
    book.settings.set(OWNED_SHEETS_SETTING, ["AGING"]);
    const result = await new OfficeWorkbookHost(book.run).writeSheet({ name: "Aging", blocks: [] });
    expect(result.replaced).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Aging"]);
    expect(book.settings.get(OWNED_SHEETS_SETTING)).toEqual(["Aging"]);
  });

  it("refuses a table name held by a table on a user's sheet, before writing", async () => {
    const { book } = workbookWithOwnedSheet();
    const before = book.snapshot();
    const spec: SheetSpec = {
      name: "Aging",
      blocks: [{ topLeft: "A1", rows: [["Customer"], ["Acme"]] }],
      tables: [{ name: "ledgertable", range: "A1:A2", style: "TableStyleLight1" }],
    };
    await expect(new OfficeWorkbookHost(book.run).writeSheet(spec)).rejects.toEqual(
      new HostError("hostFailure", { table: "ledgertable" }, "tableNameInUse"),
    );
    expect(book.snapshot()).toEqual(before);
  });

  it("refuses a name Excel does not allow without calling Excel", async () => {
    const book = new FakeWorkbook();
    await expect(
      new OfficeWorkbookHost(book.run).writeSheet({ name: "Aging 2026/10/31", blocks: [] }),
    ).rejects.toEqual(
      new HostError("invalidSheetName", { name: "Aging 2026/10/31", problem: "forbiddenCharacter" }),
    );
    expect(book.runs).toBe(0);
  });

  it("drops owned names of sheets that no longer exist", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Ledger");
    book.settings.set(OWNED_SHEETS_SETTING, ["Deleted by the user", "Ledger"]);
    // "Ledger" is listed as owned and exists, so it stays; the other name has no sheet and goes.
    await new OfficeWorkbookHost(book.run).writeSheet({ name: "Warnings", blocks: [] });
    expect(book.settings.get(OWNED_SHEETS_SETTING)).toEqual(["Ledger", "Warnings"]);
  });
});

describe("writeSheet: failure and cancellation leave the workbook as it was", () => {
  const spec = agingSpec(21_000);
  // A clean run tells how many syncs a write makes and which one commits.
  const probe = workbookWithOwnedSheet();
  let syncCount = 0;
  let commitCommands = 0;

  beforeAll(async () => {
    await new OfficeWorkbookHost(probe.book.run).writeSheet(spec);
    syncCount = probe.book.syncs.length;
    commitCommands = probe.book.syncs[syncCount - 1]!.commands;
  }, 60_000);

  it("the probe write made several block requests before its commit", () => {
    expect(syncCount).toBeGreaterThanOrEqual(5);
    // Commit: show the new sheet, delete the old, rename the table, rename the sheet, activate, record ownership.
    expect(commitCommands).toBe(6);
  });

  it("fails at every request before the commit, at its start or halfway, without a trace", async () => {
    for (let failing = 1; failing < syncCount; failing++) {
      for (const afterCommands of [0, 1]) {
        const { book } = workbookWithOwnedSheet();
        const before = book.snapshot();
        book.failOnSync(failing, afterCommands);
        await expect(new OfficeWorkbookHost(book.run).writeSheet(spec)).rejects.toBeInstanceOf(HostError);
        expect(book.snapshot()).toEqual(before);
      }
    }
  }, 120_000);

  it("undoes a commit that failed before the old sheet was deleted", async () => {
    for (const afterCommands of [0, 1]) {
      const { book } = workbookWithOwnedSheet();
      const before = book.snapshot();
      book.failOnSync(syncCount, afterCommands);
      await expect(new OfficeWorkbookHost(book.run).writeSheet(spec)).rejects.toMatchObject({
        code: "hostFailure",
      });
      expect(book.snapshot()).toEqual(before);
    }
  }, 60_000);

  it("finishes a commit that failed after the old sheet was deleted (the old one cannot return)", async () => {
    for (let afterCommands = 2; afterCommands <= commitCommands; afterCommands++) {
      const { book, ledger } = workbookWithOwnedSheet();
      book.failOnSync(syncCount, afterCommands);
      await expect(new OfficeWorkbookHost(book.run).writeSheet(spec)).rejects.toMatchObject({
        code: "hostFailure",
      });
      expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ["Ledger", "Visible"],
        ["Aging", "Visible"],
      ]);
      expect(book.valuesOf(book.sheet("Aging")!)[21_000]?.[1]).toBe("INV-021000");
      expect(book.settings.get(OWNED_SHEETS_SETTING)).toEqual(["Aging"]);
      expect(book.valuesOf(ledger)).toEqual([
        ["Customer", "Open"],
        ["Acme", 100],
      ]);
    }
  }, 60_000);

  it("stops when cancelled between blocks and removes the temporary sheet", async () => {
    const { book } = workbookWithOwnedSheet();
    const before = book.snapshot();
    const controller = new AbortController();
    const progress: Progress[] = [];
    const writing = new OfficeWorkbookHost(book.run).writeSheet(spec, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.done > 0) controller.abort();
      },
    });
    await expect(writing).rejects.toEqual(new HostError("cancelled"));
    expect(book.snapshot()).toEqual(before);
    // Inspect, one block, then recovery: look (1) and delete the temporary sheet (1).
    expect(book.syncs).toHaveLength(4);
    expect(progress.map((p) => p.done)).toEqual([0, progress[1]!.done]);
  });

  it("refuses to start when already cancelled", async () => {
    const { book } = workbookWithOwnedSheet();
    const controller = new AbortController();
    controller.abort();
    await expect(
      new OfficeWorkbookHost(book.run).writeSheet(spec, { signal: controller.signal }),
    ).rejects.toEqual(new HostError("cancelled"));
    expect(book.runs).toBe(0);
  });
});
