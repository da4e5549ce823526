// The aging view of the real task pane, in Chromium, on the embedded host the grid shows: a run on
// the sample ledger writes the report sheet `Aging <as-of>`, whose totals must equal what the aging
// engine computes from the same rows; a rejected row listed in the pane selects its cell in the grid.
import { type AgingRun, runAging } from "../../src/app/aging/runAging";
import { loadSampleWorkbook } from "../../src/playground/sample/loadSampleWorkbook";
import { eventually, expectAttribute, expectText } from "./_lib/eventually";
import {
  amountOf,
  describeInBrowser,
  gridCell,
  gridTexts,
  playgroundPerTest,
  type OpenPlayground,
  pane,
  screenshot,
  sheetTab,
  wholeGridTexts,
} from "./_lib/playground";

// 2026-10-31, the day the sample ledger was exported: 46,326 days after Excel's day 0 (1899-12-30
// in JavaScript's calendar, which Excel's phantom 29-Feb-1900 shifts by one).
const AS_OF = "2026-10-31";
const AS_OF_SERIAL = (Date.UTC(2026, 9, 31) - Date.UTC(1899, 11, 30)) / 86_400_000;

async function engineRun(): Promise<AgingRun> {
  // The same sample rows, aged by the engine outside the browser with the pane's default options.
  const { workbook } = await loadSampleWorkbook();
  const run = await runAging(workbook, { source: { kind: "sheet", sheet: "Ledger" }, asOf: AS_OF_SERIAL });
  if (run.kind !== "done") throw new Error("the sample ledger did not age");
  return run;
}

async function runAgingInPane(open: OpenPlayground): Promise<void> {
  const { page } = open;
  const view = pane(page);
  const run = view.getByRole("button", { name: "Run aging" });
  expect(await eventually(() => run.isEnabled(), Boolean)).toBe(true);
  await view.getByLabel("As-of date").fill(AS_OF);
  // Keyboard only: focus the button and press Enter.
  await run.focus();
  await page.keyboard.press("Enter");
  await expectAttribute(sheetTab(page, `Aging ${AS_OF}`), "aria-selected", "true");
}

describeInBrowser("aging in the playground", () => {
  const openPage = playgroundPerTest();

  it("writes the report sheet, whose totals per currency equal the engine's", async () => {
    expect(AS_OF_SERIAL).toBe(46_326);
    const engine = await engineRun();
    const open = await openPage({ width: 1400, height: 900 });
    const { page } = open;
    await runAgingInPane(open);

    // The portfolio block: a "Portfolio" title, a header row, one row per currency.
    const rows = await eventually(
      () => gridTexts(page),
      (found) => [...found.values()].some((cells) => cells.A === "Portfolio"),
    );
    const titleRow = [...rows].find(([, cells]) => cells.A === "Portfolio")?.[0] ?? 0;
    const header = rows.get(titleRow + 1) ?? {};
    const column = (label: string) => Object.entries(header).find(([, text]) => text === label)?.[0] ?? "?";
    const bucketColumns = ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"].map(column);
    expect(engine.result.totals.length).toBeGreaterThan(1);
    engine.result.totals.forEach((total, i) => {
      const cells = rows.get(titleRow + 2 + i) ?? {};
      expect(cells.A).toBe(total.currency);
      expect(amountOf(cells[column("Open")] ?? "")).toBeCloseTo(total.open, 2);
      expect(bucketColumns.map((letter) => amountOf(cells[letter] ?? ""))).toEqual(
        total.buckets.map((amount) => Number(amount.toFixed(2))),
      );
      // Buckets add up to the open total: the report loses no amount.
      const bucketSum = total.buckets.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
      expect(bucketSum).toBe(Math.round(total.open * 100));
    });
    await screenshot(page, "aging-report", { docs: "report-sheet" });

    // Each currency's customer table ("Customers — CNY") ends in a "Total" row of live SUBTOTAL
    // formulas over its customers: the same totals again.
    const sheet = await wholeGridTexts(page);
    for (const total of engine.result.totals) {
      const customers = engine.result.groups.filter((group) => group.currency === total.currency).length;
      const tableAt = [...sheet].find(([, cells]) => cells.A === `Customers — ${total.currency}`)?.[0] ?? 0;
      expect(tableAt).toBeGreaterThan(titleRow);
      // The table: its title row, a header row, a row per customer, then the totals row.
      const totals = sheet.get(tableAt + 2 + customers) ?? {};
      expect(totals.A).toBe("Total");
      expect(amountOf(totals.B ?? "")).toBeCloseTo(total.open, 2);
    }

    // The pane shows the result beside the report.
    await pane(page).getByRole("heading", { name: "Result" }).scrollIntoViewIfNeeded();
    await screenshot(page, "aging-pane", { docs: "task-pane-aging" });
  });

  it("lists the rejected rows and shows the source cell of one in the grid", async () => {
    const engine = await engineRun();
    const open = await openPage();
    const { page } = open;
    await runAgingInPane(open);
    const first = engine.result.rejected[0];
    expect(first).toBeDefined();
    const link = pane(page).getByRole("button", { name: `Row ${first?.row}, ${first?.column}` });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expectAttribute(sheetTab(page, "Ledger"), "aria-selected", "true");
    // The planted row has a blank customer: column B ("Customer") of its sheet row.
    await expectText(page.getByLabel("Selected cell"), `B${first?.row}`);
    const focused = await eventually(
      () => gridCell(page, `B${first?.row}`).getAttribute("class"),
      (names) => names?.includes("ag-cell-focus") === true,
    );
    expect(focused).toContain("ag-cell-focus");
    await screenshot(page, "aging-rejected-row");
  });
});
