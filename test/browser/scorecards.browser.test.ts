// The scorecards view of the real task pane, in Chromium, on the embedded host the grid shows: a weighted
// card inserted from the pane calculates in the grid as scores are typed into its yellow cells, and a card
// applied to a table of customers writes the Scores sheet — with the pane fitting Excel's narrowest width,
// passing axe-core and reachable with Tab.
import { eventually, expectAttribute, expectText } from "./_lib/eventually";
import { axeViolations, horizontalOverflow, walkWithTab } from "./_lib/paneChecks";
import {
  describeInBrowser,
  gridCell,
  playgroundPerTest,
  type OpenPlayground,
  pane,
  screenshot,
  sheetTab,
  typeInCell,
} from "./_lib/playground";

const PANE = "#creditkit-pane";

async function showScorecards(open: OpenPlayground): Promise<void> {
  const tab = pane(open.page).getByRole("tab", { name: "Scorecards" });
  await tab.click();
  await expectAttribute(tab, "aria-selected", "true");
}

/** Inserts the weighted card (add-in form) from the pane and waits until the grid shows its sheet. */
async function insertWeightedCard(open: OpenPlayground, sheet: string): Promise<void> {
  const view = pane(open.page);
  const insert = view.getByRole("button", { name: "Insert", exact: true });
  expect(await eventually(() => insert.isEnabled(), Boolean)).toBe(true);
  await view.getByRole("radio", { name: "Weighted risk-factor card" }).check();
  await insert.click();
  await expectAttribute(sheetTab(open.page, sheet), "aria-selected", "true");
  await expectText(
    view.getByText(/^Inserted the template as sheet/),
    `Inserted the template as sheet ${sheet}. Fill in its yellow cells.`,
  );
}

// Ten customers as a credit team keeps them: a payment-history score, two raw metrics the card scores
// through bands, the open balance, monthly purchases and terms.
const CUSTOMERS_CSV = [
  "Customer,Payment history,Current ratio,Years in business,Open balance,Monthly purchases,Terms",
  "Acme Trading,4,1.6,12,50000,80000,45",
  "Beta Foods,2,0.9,1,120000,30000,60",
  "Gamma Steel,,1.2,4,0,10000,",
  "Delta Holdings,5,2,3,12000,9000,",
  "Echo Retail,3,1.4,7,18000,25000,30",
  "Foxtrot Ltd,4,2.4,15,64000,56000,60",
  "华东贸易,5,1.8,9,31000,42000,45",
  "华南实业,3,1.1,2,8000,12000,30",
  "Golf Marine,2,0.8,6,27000,15000,90",
  "Hotel Supply,4,1.3,11,9000,20000,30",
].join("\n");

describeInBrowser("scorecards in the playground", () => {
  const openPage = playgroundPerTest();

  it("inserts a weighted scorecard from the pane; typed scores update its total (H6) and grade (H7)", async () => {
    // Wide enough for the card's columns A–I beside the pane, tall enough for its 19 factors.
    const open = await openPage({ width: 1920, height: 1000 });
    const { page } = open;
    await showScorecards(open);
    // The sample has a Scorecard sheet of its own, which the insert must leave alone.
    await insertWeightedCard(open, "Scorecard (2)");
    await sheetTab(page, "Scorecard").waitFor();

    // The first factor alone: its weight is all the weight there is (missing scores reallocate), so
    // 5 of 5 is 100 → grade A (A from 85).
    await typeInCell(page, "D6", "5");
    await expectText(gridCell(page, "H6"), "100.0");
    await expectText(gridCell(page, "H7"), "A");

    // Every factor scored: 4 for seventeen of the 5 % factors, 5 for the first and for payment history
    // (row 19, 10 %): (0.05 × 5 + 17 × 0.05 × 4 + 0.10 × 5) / 5 × 100 = (0.25 + 3.4 + 0.5) / 5 × 100 = 83.0 → B.
    for (let row = 7; row <= 24; row++) await typeInCell(page, `D${row}`, row === 19 ? "5" : "4");
    await expectText(gridCell(page, "D19"), "5");
    await expectText(gridCell(page, "H6"), "83.0");
    await expectText(gridCell(page, "H7"), "B");

    // Payment history down to 1: (0.25 + 3.4 + 0.10 × 1) / 5 × 100 = 75.0, still B; the first factor down to
    // 1 as well: (0.05 × 1 + 3.4 + 0.1) / 5 × 100 = 71.0, B; then a second 5 % factor (row 7) down to 1:
    // (0.05 + 0.05 × 1 + 16 × 0.05 × 4 + 0.1) / 5 × 100 = (0.05 + 0.05 + 3.2 + 0.1) / 5 × 100 = 68.0 → C.
    await typeInCell(page, "D19", "1");
    await expectText(gridCell(page, "H6"), "75.0");
    await typeInCell(page, "D6", "1");
    await expectText(gridCell(page, "H6"), "71.0");
    await expectText(gridCell(page, "H7"), "B");
    await typeInCell(page, "D7", "1");
    await expectText(gridCell(page, "H6"), "68.0");
    await expectText(gridCell(page, "H7"), "C");

    // Back to the well-scored card for the picture: 83.0, B.
    await typeInCell(page, "D6", "5");
    await typeInCell(page, "D7", "4");
    await typeInCell(page, "D19", "5");
    await expectText(gridCell(page, "H6"), "83.0");
    await expectText(gridCell(page, "H7"), "B");
    // The limit inputs: 80,000 a month on 45-day terms, 10 days late tolerated; net worth and working capital
    // unknown, so no cap. Need = 80,000 × (45 + 10) / 30 = 146,666.67; × multiplier_B 1.0, rounded down
    // to a multiple of 1,000 → 146,000.
    await typeInCell(page, "H22", "80000");
    await typeInCell(page, "H23", "45");
    await typeInCell(page, "H24", "10");
    await expectText(gridCell(page, "H8"), /146,000/);
    await gridCell(page, "H7").click();
    await screenshot(page, "scorecard-card", { docs: "scorecard-card" });

    // The weight check: the first factor's weight from 5 % to 4 % leaves 99 %, and both the sum (C25) and
    // the check (D25) turn red (the card's alert fill, #FFC7CE); back to 5 %, they clear.
    const background = (address: string) =>
      gridCell(page, address).evaluate((cell) => getComputedStyle(cell).backgroundColor);
    await expectText(gridCell(page, "D25"), "OK: 100 %");
    expect(await background("C25")).not.toBe("rgb(255, 199, 206)");
    await typeInCell(page, "C6", "0.04");
    await expectText(gridCell(page, "C25"), "99.0%");
    await expectText(gridCell(page, "D25"), "Weights must add up to 100 %");
    expect(
      await eventually(
        () => background("C25"),
        (c) => c === "rgb(255, 199, 206)",
      ),
    ).toBe("rgb(255, 199, 206)");
    expect(await background("D25")).toBe("rgb(255, 199, 206)");
    await typeInCell(page, "C6", "0.05");
    await expectText(gridCell(page, "D25"), "OK: 100 %");
    expect(
      await eventually(
        () => background("C25"),
        (c) => c !== "rgb(255, 199, 206)",
      ),
    ).not.toBe("rgb(255, 199, 206)");
  });

  it("applies an inserted card to a customer table at 320 px: the Scores sheet, the summary, no sideways scrolling", async () => {
    const open = await openPage({ query: "?pane=320", width: 1400, height: 1150 });
    const { page } = open;
    await page.locator('input[type="file"]').setInputFiles({
      name: "customers.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CUSTOMERS_CSV, "utf8"),
    });
    await expectAttribute(sheetTab(page, "customers"), "aria-selected", "true");
    await showScorecards(open);
    await insertWeightedCard(open, "Scorecard");

    const view = pane(page);
    // The new card and the customers are proposed, and the columns by their headers.
    await expectText(view.getByRole("combobox", { name: "Card sheet" }), "Scorecard");
    await expectText(view.getByRole("combobox", { name: "Customer table or sheet" }), "customers");
    await view.getByRole("heading", { name: "Columns" }).waitFor();
    await expectText(view.getByRole("combobox", { name: "Solvency" }), "Current ratio");
    await expect(
      view.getByText("Through bands (current ratio); the bands are on the Scores sheet.").count(),
    ).resolves.toBe(1);

    await view.getByRole("button", { name: "Apply card" }).click();
    await expectAttribute(sheetTab(page, "Scores"), "aria-selected", "true");
    // The summary under the bar's title "Scores written".
    const summary =
      "Scored 10 customers of customers!A1:G11 with card “Scorecard” on sheet “Scores”: 3 factors mapped (2 through bands).";
    await expectText(view.getByText(/Scored 10 customers/), new RegExp(`${escapeRegExp(summary)}$`));
    // The Scores sheet lists the customers in the table's order.
    await expectText(gridCell(page, "A7"), "Acme Trading");

    // At Excel's narrowest pane, with the mapping and the summary showing: nothing scrolls sideways,
    // axe-core finds nothing serious, and Tab reaches every control.
    expect(await horizontalOverflow(page, PANE)).toBe(0);
    const blocking = (await axeViolations(page, PANE)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(blocking).toEqual([]);
    const walk = await walkWithTab(page, PANE);
    expect(walk.controls.filter((c) => !walk.reached.includes(c)).map((c) => walk.descriptions[c])).toEqual(
      [],
    );

    // The pane from the proposed columns down to the summary, beside the Scores sheet.
    await view.getByRole("heading", { name: "Columns" }).evaluate((heading) => heading.scrollIntoView());
    await screenshot(page, "scorecards-pane", { docs: "task-pane-scorecards" });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
