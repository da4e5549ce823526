import { OfficeMockObject } from "office-addin-mock";
import { HostError, OWNED_SHEETS_SETTING } from "../../../src/host";
import { type ExcelRun, OfficeWorkbookHost } from "../../../src/host/office";
import { FakeOfficeError, FakeWorkbook } from "./_lib/fakeExcel";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose real module pulls
// in an ES-module-only dependency (strip-bom) that Jest's CommonJS runtime cannot require before
// Node 24.9. The enum values are those of office-addin-manifest's OfficeApp.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

/** An ExcelRun over an office-addin-mock object model. */
function mockRun(model: Record<string, unknown>): { run: ExcelRun; mock: OfficeMockObject } {
  const mock = new OfficeMockObject({ context: model });
  const run: ExcelRun = (batch) => batch(mock.context as Excel.RequestContext);
  return { run, mock };
}

describe("OfficeWorkbookHost", () => {
  it("is the Excel host", () => {
    expect(new OfficeWorkbookHost(new FakeWorkbook().run).kind).toBe("Excel");
  });

  it("lists sheets with their size, visibility and ownership", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Ledger", [
      ["Customer", "Open", "Due"],
      ["Acme", 100, 45_000],
    ]);
    book.addSheet("Aging", [["x"]]);
    book.addSheet("Empty");
    book.addSheet("Lookup", [[1]], "Hidden");
    book.settings.set(OWNED_SHEETS_SETTING, ["aging", "Gone"]);
    await expect(new OfficeWorkbookHost(book.run).listSheets()).resolves.toEqual([
      { name: "Ledger", rowCount: 2, columnCount: 3, visible: true, ownedByCreditKit: false },
      { name: "Aging", rowCount: 1, columnCount: 1, visible: true, ownedByCreditKit: true },
      { name: "Empty", rowCount: 0, columnCount: 0, visible: true, ownedByCreditKit: false },
      { name: "Lookup", rowCount: 1, columnCount: 1, visible: false, ownedByCreditKit: false },
    ]);
    expect(book.syncs).toHaveLength(2);
  });

  it("lists tables with their sheet, address without sheet name, data rows and headers", async () => {
    const book = new FakeWorkbook();
    const ar = book.addSheet("AR 2026", [
      [],
      [],
      ["Customer", "Open", 2026],
      ["Acme", 100, 1],
      ["Beta", 200, 2],
      ["Total", 300, 3],
    ]);
    book.addTable("Ledger", ar, "A3:C6", true);
    book.addTable("Small", ar, "E1:E2");
    await expect(new OfficeWorkbookHost(book.run).listTables()).resolves.toEqual([
      // A3:C6 is 4 rows: a header, 2 data rows and a totals row.
      {
        name: "Ledger",
        sheet: "AR 2026",
        address: "A3:C6",
        rowCount: 2,
        headers: ["Customer", "Open", "2026"],
      },
      // E1:E2 is a header and 1 data row; its header cell is blank.
      { name: "Small", sheet: "AR 2026", address: "E1:E2", rowCount: 1, headers: [""] },
    ]);
  });

  it("stores settings as JSON values and reads them back", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const host = new OfficeWorkbookHost(book.run);
    await expect(host.getSetting("creditkit.edges")).resolves.toBeUndefined();
    const value = { edges: [30, 60, 90], basis: "due", strict: true, note: null };
    await host.setSetting("creditkit.edges", value);
    await expect(host.getSetting("creditkit.edges")).resolves.toEqual(value);
    await host.setSetting("creditkit.edges", "30,60");
    await expect(host.getSetting("creditkit.edges")).resolves.toBe("30,60");
    // One request per call: get, set, get, set, get.
    expect(book.syncs).toHaveLength(5);
  });

  it("selects a range on a sheet it activates", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Summary");
    const ledger = book.addSheet("Ledger", [[1]]);
    await new OfficeWorkbookHost(book.run).selectRange("Ledger", "C412");
    expect(book.activeSheetId).toBe(ledger.id);
    expect(book.selection).toEqual({ sheetId: ledger.id, address: "Ledger!C412" });
  });

  it("names a missing sheet when asked to select on it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Summary");
    await expect(new OfficeWorkbookHost(book.run).selectRange("Nope", "A1")).rejects.toEqual(
      new HostError("sheetNotFound", { name: "Nope" }),
    );
  });

  it("selects through the Office.js calls (office-addin-mock)", async () => {
    const calls: string[] = [];
    const { run } = mockRun({
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push("activate"),
              getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
            };
          },
        },
      },
      sync: async () => {
        calls.push("sync");
        await Promise.resolve();
      },
    });
    await new OfficeWorkbookHost(run).selectRange("Ledger", "B2:B9");
    expect(calls).toEqual(["getItem Ledger", "activate", "select B2:B9", "sync"]);
  });

  it.each([
    // DATE(1904, 1, 1) is serial 0 in the 1904 system. In the 1900 system 1900-01-01 is serial 1 and
    // 1900 has 366 days (Excel's phantom 29 February), 1901–1903 have 365: 1 + 366 + 3 × 365 = 1,462.
    [0, true],
    [1462, false],
  ])("reads the date system from DATE(1904, 1, 1) = %d (office-addin-mock)", async (serial, is1904) => {
    const { run, mock } = mockRun({
      workbook: {
        functions: {
          result: { value: serial },
          date(this: { result: unknown }, year: number, month: number, day: number) {
            expect([year, month, day]).toEqual([1904, 1, 1]);
            return this.result;
          },
        },
      },
    });
    await expect(new OfficeWorkbookHost(run).uses1904DateSystem()).resolves.toBe(is1904);
    expect(mock.context.workbook.functions.result.value).toBe(serial);
  });

  it("turns Office.js errors into hostFailure with the code and message", async () => {
    const run: ExcelRun = () =>
      Promise.reject(new FakeOfficeError("AccessDenied", "The workbook is protected."));
    await expect(new OfficeWorkbookHost(run).listSheets()).rejects.toEqual(
      new HostError("hostFailure", {}, "AccessDenied: The workbook is protected."),
    );
  });

  it("turns any other failure into hostFailure", async () => {
    const run: ExcelRun = () => Promise.reject(new Error("Office is not ready"));
    await expect(new OfficeWorkbookHost(run).getSetting("x")).rejects.toEqual(
      new HostError("hostFailure", {}, "Office is not ready"),
    );
  });
});
