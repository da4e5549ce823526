import { type SheetSpec } from "../../../src/core/report";
import { CHARTS_SETTING, EmbeddedWorkbook } from "../../../src/host/embedded";
import { HostError, OWNED_SHEETS_SETTING, type Progress } from "../../../src/host/port";

const AGING: SheetSpec = {
  name: "Aging",
  blocks: [
    { topLeft: "A1", rows: [["Customer", "Open"]] },
    {
      topLeft: "A2",
      rows: [
        ["Acme", 1000],
        ["Beta", 250.5],
      ],
    },
    { topLeft: "A4", rows: [["Total", { formula: "SUM(B2:B3)" }]] },
  ],
  tables: [{ name: "AgingTable", range: "A1:B3", style: "TableStyleMedium2" }],
  charts: [
    {
      kind: "barStacked",
      sourceRange: "A1:B3",
      seriesBy: "columns",
      title: "Open by customer",
      anchor: "D2",
      width: 400,
      height: 240,
    },
  ],
};

async function rows(workbook: EmbeddedWorkbook, sheet: string) {
  const out: (readonly unknown[])[] = [];
  for await (const block of workbook.readRows({ kind: "sheet", sheet })) out.push(...block.rows);
  return out;
}

describe("writeSheet", () => {
  it("writes a new sheet CreditKit then owns", async () => {
    const workbook = EmbeddedWorkbook.empty();
    const progress: Progress[] = [];
    const result = await workbook.writeSheet(AGING, { onProgress: (p) => progress.push(p) });
    // 2 + 4 + 2 cells
    expect(result).toEqual({ sheet: "Aging", replaced: false, cells: 8 });
    // 1000 + 250.5 = 1250.5
    expect(await rows(workbook, "Aging")).toEqual([
      ["Customer", "Open"],
      ["Acme", 1000],
      ["Beta", 250.5],
      ["Total", 1250.5],
    ]);
    expect(await workbook.getSetting(OWNED_SHEETS_SETTING)).toEqual(["Aging"]);
    expect((await workbook.listSheets()).map((s) => [s.name, s.ownedByCreditKit])).toEqual([
      ["Sheet1", false],
      ["Aging", true],
    ]);
    // progress after each block (2, 6, 8 cells), then done
    expect(progress).toEqual([
      { phase: "write", done: 2, total: 8 },
      { phase: "write", done: 6, total: 8 },
      { phase: "write", done: 8, total: 8 },
      { phase: "write", done: 8, total: 8 },
    ]);
    // exceljs cannot write charts: they are kept in the settings for the next round trip
    expect(await workbook.getSetting(CHARTS_SETTING)).toEqual({ Aging: AGING.charts });
  });

  it("replaces its own sheet, leaving nothing of the old one", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet(AGING);
    workbook.setCell("Sheet1", "A1", "=Aging!B4");
    const result = await workbook.writeSheet({
      name: "aging",
      blocks: [{ topLeft: "A1", rows: [["Only"]] }],
    });
    expect(result).toEqual({ sheet: "aging", replaced: true, cells: 1 });
    expect(workbook.sheetNames()).toEqual(["Sheet1", "aging"]);
    expect(await rows(workbook, "aging")).toEqual([["Only"]]);
    expect(workbook.sheetLayout("aging").tables).toEqual([]);
    // a formula pointing at the sheet still points at it (the sheet was refilled, not deleted): B4 is blank now
    expect(workbook.getCellValue("Sheet1", "A1")).toEqual({ kind: "value", value: 0 });
    expect(await workbook.getSetting(OWNED_SHEETS_SETTING)).toEqual(["aging"]);
    expect(await workbook.getSetting(CHARTS_SETTING)).toBeUndefined();
  });

  it("refuses a sheet it did not write and leaves it alone", async () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", "mine");
    const write = workbook.writeSheet({ name: "sheet1", blocks: [{ topLeft: "A1", rows: [["theirs"]] }] });
    await expect(write).rejects.toBeInstanceOf(HostError);
    await expect(write).rejects.toMatchObject({ code: "sheetNotOwned", params: { sheet: "Sheet1" } });
    expect(workbook.getCellValue("Sheet1", "A1")).toEqual({ kind: "value", value: "mine" });
    expect(await workbook.getSetting(OWNED_SHEETS_SETTING)).toBeUndefined();
  });

  it("refuses names Excel would refuse, and the settings sheet's name", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await expect(workbook.writeSheet({ name: "Aging 2026/10/31", blocks: [] })).rejects.toMatchObject({
      code: "invalidSheetName",
      params: { problem: "forbiddenCharacter" },
    });
    await expect(workbook.writeSheet({ name: "_CreditKit", blocks: [] })).rejects.toMatchObject({
      code: "invalidSheetName",
      params: { problem: "reserved" },
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("refuses a spec with a bad address before changing anything", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet(AGING);
    const bad: SheetSpec = { ...AGING, numberFormats: [{ range: "B2:nowhere", format: "0.00" }] };
    await expect(workbook.writeSheet(bad)).rejects.toMatchObject({ code: "hostFailure" });
    expect(workbook.sheetLayout("Aging").tables.map((t) => t.name)).toEqual(["AgingTable"]);
    expect((await rows(workbook, "Aging"))[3]).toEqual(["Total", 1250.5]);
  });

  it("leaves the workbook unchanged when cancelled before it starts", async () => {
    const workbook = EmbeddedWorkbook.empty();
    const controller = new AbortController();
    controller.abort();
    await expect(workbook.writeSheet(AGING, { signal: controller.signal })).rejects.toMatchObject({
      code: "cancelled",
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(await workbook.getSetting(OWNED_SHEETS_SETTING)).toBeUndefined();
  });

  it("leaves the previous version in place when cancelled half way", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet(AGING);
    const controller = new AbortController();
    const next: SheetSpec = {
      name: "Aging",
      blocks: [
        { topLeft: "A1", rows: [["New"]] },
        { topLeft: "A2", rows: [["Newer"]] },
      ],
    };
    // the user cancels as soon as the first block is built
    const write = workbook.writeSheet(next, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(write).rejects.toMatchObject({ code: "cancelled" });
    expect((await rows(workbook, "Aging"))[0]).toEqual(["Customer", "Open"]);
    expect(workbook.sheetLayout("Aging").tables.map((t) => t.name)).toEqual(["AgingTable"]);
    expect(await workbook.getSetting(CHARTS_SETTING)).toEqual({ Aging: AGING.charts });
  });

  it("keeps table names unique in the workbook", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet(AGING);
    await workbook.writeSheet({ ...AGING, name: "Aging 2" });
    expect((await workbook.listTables()).map((t) => [t.sheet, t.name])).toEqual([
      ["Aging", "AgingTable"],
      ["Aging 2", "AgingTable_2"],
    ]);
  });

  it("takes formulas with or without their = and text that looks like a formula as text", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet({
      name: "F",
      blocks: [
        {
          topLeft: "B2",
          rows: [[72, { formula: "=CREDIT.GRADE(B2)" }, { formula: "CREDIT.GRADE(B2)" }, "=B2", "00123"]],
        },
      ],
    });
    // 70 ≤ 72 < 85 → B
    expect(await rows(workbook, "F")).toEqual([[72, "B", "B", "=B2", "00123"]]);
  });
});

describe("settings and selection", () => {
  it("stores settings as JSON copies", async () => {
    const workbook = EmbeddedWorkbook.empty();
    const value = { thresholds: { nearLimit: [0.8, 0.9] }, enabled: true };
    await workbook.setSetting("creditkit.warnings", value);
    value.enabled = false;
    expect(await workbook.getSetting("creditkit.warnings")).toEqual({
      thresholds: { nearLimit: [0.8, 0.9] },
      enabled: true,
    });
    expect(await workbook.getSetting("missing")).toBeUndefined();
  });

  it("records the selected range", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.selectRange("sheet1", "B2:C4");
    expect(workbook.selection).toEqual({ sheet: "Sheet1", address: "B2:C4" });
    await expect(workbook.selectRange("Nope", "A1")).rejects.toMatchObject({ code: "sheetNotFound" });
  });
});
