// The warnings view of the real task pane, in Chromium, on the embedded host the grid shows: a run on
// the sample ledger and customer master writes the sheet `Warnings <as-of>`; the pane's groups by
// severity must count what the engine finds in the same rows, and the sheet's table must list as many
// rows of each severity.
import { runWarnings, type WarningsRun } from "../../src/app/warnings/runWarnings";
import { loadSampleWorkbook } from "../../src/playground/sample/loadSampleWorkbook";
import { eventually, expectAttribute } from "./_lib/eventually";
import {
  describeInBrowser,
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
const SEVERITIES = ["High", "Medium", "Low"] as const;
type Counts = Record<(typeof SEVERITIES)[number], number>;

async function engineRun(): Promise<WarningsRun> {
  // The same sample rows, checked by the engine outside the browser with the default rules (the
  // sample stores none) and the sources the test picks in the pane.
  const { workbook } = await loadSampleWorkbook();
  const run = await runWarnings(workbook, {
    ledger: { kind: "sheet", sheet: "Ledger" },
    master: { kind: "sheet", sheet: "Customers" },
    asOf: AS_OF_SERIAL,
  });
  if (run.kind !== "done") throw new Error("the sample could not be checked");
  return run;
}

function engineCounts(run: WarningsRun): Counts {
  const count = (severity: string) => run.report.results.filter((r) => r.severity === severity).length;
  return { High: count("high"), Medium: count("medium"), Low: count("low") };
}

async function runChecksInPane(open: OpenPlayground): Promise<void> {
  const { page } = open;
  const view = pane(page);
  const tab = view.getByRole("tab", { name: "Warnings" });
  await tab.click();
  await expectAttribute(tab, "aria-selected", "true");
  const run = view.getByRole("button", { name: "Run checks" });
  expect(await eventually(() => run.isEnabled(), Boolean)).toBe(true);
  // The view proposes the sample's ledger and no master; the master's rules need the customer sheet.
  await view.getByRole("combobox", { name: "Customer master (limits, terms, grades, reviews)" }).click();
  await page.getByRole("option", { name: "Customers", exact: true }).click();
  // The Aging view stays mounted, hidden, with its own "As-of date": the role query skips hidden ones.
  await view.getByRole("textbox", { name: "As-of date" }).fill(AS_OF);
  await run.click();
  await expectAttribute(sheetTab(page, `Warnings ${AS_OF}`), "aria-selected", "true");
}

/** The pane's count per severity, read from its group headings ("High (85)"); 0 for a group not shown. */
async function paneCounts(open: OpenPlayground): Promise<Counts> {
  const results = pane(open.page).getByRole("region", { name: "Result" });
  await results.waitFor();
  const headings = await results.getByRole("heading", { level: 3 }).allInnerTexts();
  const counts: Counts = { High: 0, Medium: 0, Low: 0 };
  for (const text of headings) {
    const match = /^(High|Medium|Low) \(([\d,]+)\)$/.exec(text.trim());
    if (match === null) throw new Error(`not a severity group heading: ${text}`);
    counts[match[1] as keyof Counts] = Number((match[2] ?? "").replace(/,/g, ""));
  }
  return counts;
}

describeInBrowser("warnings in the playground", () => {
  const openPage = playgroundPerTest();

  it("writes the Warnings sheet, whose rows per severity equal the pane's groups and the engine's", async () => {
    expect(AS_OF_SERIAL).toBe(46_326);
    const engine = await engineRun();
    const expected = engineCounts(engine);
    // The sample plants problems of every severity; without them this test would prove nothing.
    expect(expected.High).toBeGreaterThan(0);
    expect(expected.Medium).toBeGreaterThan(0);
    expect(expected.Low).toBeGreaterThan(0);
    const open = await openPage({ width: 1400, height: 900 });
    const { page } = open;
    await runChecksInPane(open);

    // The pane: a group per severity, most urgent first, each listing as many warnings as it counts.
    const shown = await paneCounts(open);
    expect(shown).toEqual(expected);
    const results = pane(page).getByRole("region", { name: "Result" });
    expect(await results.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(
      SEVERITIES.map((severity) => `${severity} (${expected[severity]})`),
    );
    for (const severity of SEVERITIES) {
      const group = results.getByRole("region", { name: `${severity} (${expected[severity]})` });
      expect(await group.getByRole("listitem").count()).toBe(expected[severity]);
    }

    // The sheet: the table titled "Warnings (<count>)", its header row, then one row per warning
    // until the first blank row; column A names the severity.
    const sheet = await wholeGridTexts(page);
    const total = expected.High + expected.Medium + expected.Low;
    const titleRow = [...sheet].find(([, cells]) => cells.A === `Warnings (${total})`)?.[0] ?? 0;
    expect(titleRow).toBeGreaterThan(0);
    expect(sheet.get(titleRow + 1)?.A).toBe("Severity");
    const listed: Counts = { High: 0, Medium: 0, Low: 0 };
    let rows = 0;
    for (let row = titleRow + 2; (sheet.get(row)?.A ?? "") !== ""; row++) {
      const severity = sheet.get(row)?.A as keyof Counts;
      expect(SEVERITIES).toContain(severity);
      listed[severity] += 1;
      rows += 1;
    }
    expect(rows).toBe(total);
    expect(listed).toEqual(shown);

    // The Warnings sheet in the grid, with the pane's groups beside it.
    await results.getByRole("heading", { name: "Result" }).scrollIntoViewIfNeeded();
    await screenshot(page, "warnings-sheet", { docs: "warnings-sheet" });
  });
});
