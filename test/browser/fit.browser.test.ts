// The Fit panel of the real task pane, in Chromium, at Excel's narrowest pane width: a seeded synthetic
// history loaded as a CSV is fitted from the pane, the two sheets are written into the grid's workbook, and
// the holdout AUC the pane shows is the one the app's own functions compute in Node on the same rows — with
// the results showing, nothing scrolls sideways, axe-core finds nothing serious and Tab reaches every control.
import {
  type FitProposal,
  fitProposed,
  historyColumn,
  outcomeChoice,
  prepareFit,
  proposeCandidates,
  readHistory,
} from "../../src/app/scorecard/runFit";
import { isCreditError } from "../../src/core/errors";
import { EmbeddedWorkbook } from "../../src/host/embedded";
import { eventually, expectAttribute, expectText } from "./_lib/eventually";
import { axeViolations, horizontalOverflow, walkWithTab } from "./_lib/paneChecks";
import { describeInBrowser, pane, playgroundPerTest, screenshot, sheetTab } from "./_lib/playground";
import { seededRandom } from "../../src/core/scorecard/_lib/seededRandom";

const PANE = "#creditkit-pane";
// The playground names a CSV's sheet after its file, without the extension ("History" alone is a name
// Excel reserves).
const FILE = "loan history.csv";
const SHEET = "loan history";
const ROWS = 360;

/**
 * The history as CSV text, and how many goods and bads it holds, counted while it is built (the pane's
 * counts are checked against these, not against the app).
 */
function syntheticHistoryCsv(): { csv: string; goods: number; bads: number } {
  const random = seededRandom(20261123);
  const lines = ["Customer id,Checking,Duration,Noise,Outcome"];
  let goods = 0;
  for (let i = 1; i <= ROWS; i++) {
    const checking = ["A", "B", "C"][Math.floor(random() * 3)] as string;
    const duration = 6 + Math.floor(random() * 55);
    const noise = 1 + Math.floor(random() * 5);
    // Log-odds of bad: C is the risky status, long loans are riskier; Noise plays no part.
    const z = -1 + (checking === "C" ? 1.6 : checking === "A" ? -1.2 : 0) + 0.05 * (duration - 30);
    const bad = random() < 1 / (1 + Math.exp(-z));
    if (!bad) goods++;
    lines.push(`C${String(i).padStart(3, "0")},${checking},${duration},${noise},${bad ? "bad" : "good"}`);
  }
  return { csv: lines.join("\n"), goods, bads: ROWS - goods };
}

const HISTORY = syntheticHistoryCsv();

/**
 * The holdout AUC the app computes on the same CSV, read by the playground's own CSV reader
 * (EmbeddedWorkbook.fromCsv) and taken through the steps the pane takes: good = "good", the proposed
 * characteristics, fitProposed.
 */
async function expectedFit(): Promise<{ proposal: FitProposal; holdoutAuc: number }> {
  const host = EmbeddedWorkbook.fromCsv(HISTORY.csv, { sheetName: SHEET });
  const history = await readHistory(host, { kind: "sheet", sheet: SHEET });
  if (isCreditError(history)) throw new Error(history.id);
  const target = historyColumn(history, "Outcome");
  if (target === null) throw new Error("no Outcome column");
  // The pane proposes "good" as the good value; the test checks that box is ticked before relying on it.
  expect(
    outcomeChoice(target)
      .values.map((v) => v.value)
      .sort(),
  ).toEqual(["bad", "good"]);
  const setup = prepareFit(history, { target, mapping: { good: ["good"], bad: ["bad"] } });
  if (isCreditError(setup)) throw new Error(setup.id);
  const proposal = proposeCandidates(setup);
  const fitted = fitProposed(proposal);
  if (isCreditError(fitted)) throw new Error(fitted.id);
  const auc = fitted.fitted.card.holdout?.auc;
  if (auc === undefined) throw new Error("no holdout");
  return { proposal, holdoutAuc: auc };
}

describeInBrowser("the Fit panel in the playground", () => {
  const openPage = playgroundPerTest();

  it("fits a points scorecard on a loaded history at 320 px: counts, sheets, the app's AUC, a11y", async () => {
    const expected = await expectedFit();
    // The drivers are proposed and the identifier is not, or the fit would not be the one meant here.
    const proposed = expected.proposal.candidates.filter((c) => c.proposed).map((c) => c.column.header);
    expect(proposed).toEqual(expect.arrayContaining(["Checking", "Duration"]));
    expect(proposed).not.toContain("Customer id");

    const open = await openPage({ query: "?pane=320", width: 1400, height: 1150 });
    const { page } = open;
    await page.locator('input[type="file"]').setInputFiles({
      name: FILE,
      mimeType: "text/csv",
      buffer: Buffer.from(HISTORY.csv, "utf8"),
    });
    await expectAttribute(sheetTab(page, SHEET), "aria-selected", "true");
    const view = pane(page);
    const scorecardsTab = view.getByRole("tab", { name: "Scorecards" });
    await scorecardsTab.click();
    await expectAttribute(scorecardsTab, "aria-selected", "true");

    await view.getByRole("heading", { name: "Fit a points scorecard" }).scrollIntoViewIfNeeded();
    await view.getByRole("combobox", { name: "History sheet or table" }).click();
    await page.getByRole("option", { name: SHEET, exact: true }).click();
    // 360 data rows under the header, 5 columns.
    await expectText(view.getByText(/^\d+ rows, \d+ columns\.$/), `${ROWS} rows, 5 columns.`);
    await view.getByRole("combobox", { name: "Outcome column" }).click();
    await page.getByRole("option", { name: "Outcome", exact: true }).click();

    // The counts are the generator's.
    const goodBox = view.getByRole("checkbox", { name: `good (${HISTORY.goods} rows)` });
    expect(await eventually(() => goodBox.isChecked(), Boolean)).toBe(true);
    expect(await view.getByRole("checkbox", { name: `bad (${HISTORY.bads} rows)` }).isChecked()).toBe(false);
    await expectText(
      view.getByText(/^Goods: \d+ · bads: \d+$/),
      `Goods: ${HISTORY.goods} · bads: ${HISTORY.bads}`,
    );

    await view.getByRole("button", { name: "Propose characteristics" }).click();
    await view.getByRole("heading", { name: "Characteristics" }).waitFor();
    // The pane ticks what the app proposes (the identifier is disabled, so it cannot be ticked).
    for (const candidate of expected.proposal.candidates) {
      const box = view.getByRole("checkbox", { name: candidate.column.header, exact: true });
      expect([candidate.column.header, await box.isChecked()]).toEqual([
        candidate.column.header,
        candidate.proposed,
      ]);
    }

    await view.getByRole("button", { name: "Fit the card" }).click();
    const table = view.getByRole("table", { name: "How well the score separates goods from bads" });
    await table.waitFor();
    const aucRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "AUC" }) });
    // The row header is the measure; its cells are training, then holdout.
    await expectText(aucRow.getByRole("cell").nth(1), expected.holdoutAuc.toFixed(3));

    await view.getByRole("button", { name: "Write sheets" }).click();
    // The sentence follows the bar's title "Sheets written" in the same element.
    await expectText(
      view.getByText(/The card is on sheet/),
      /^Sheets written\s*The card is on sheet Points scorecard, its report on sheet Model report\.$/,
    );
    await sheetTab(page, "Points scorecard").waitFor();
    await sheetTab(page, "Model report").waitFor();
    // Away from the card, then back through the pane's button.
    await sheetTab(page, SHEET).click();
    await expectAttribute(sheetTab(page, SHEET), "aria-selected", "true");
    await view.getByRole("button", { name: "Go to sheet Points scorecard" }).click();
    await expectAttribute(sheetTab(page, "Points scorecard"), "aria-selected", "true");

    // Every step of the panel showing, at 320 px.
    expect(await horizontalOverflow(page, PANE)).toBe(0);
    const blocking = (await axeViolations(page, PANE)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(blocking).toEqual([]);
    const walk = await walkWithTab(page, PANE);
    expect(walk.controls.filter((c) => !walk.reached.includes(c)).map((c) => walk.descriptions[c])).toEqual(
      [],
    );

    // The fit's results in the pane beside the Points scorecard sheet, for the README: a little wider than
    // the checks ran at, so that the sheet's last column, the points, is in the picture too.
    await page.setViewportSize({ width: 1520, height: 1150 });
    await table.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await screenshot(page, "fit-pane", { docs: "task-pane-fit" });
  });
});
