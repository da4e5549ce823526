// The playground's workbook side in Chromium: the sample loads (first meaningful paint printed), a
// typed CREDIT formula calculates, `=CREDIT.` offers the functions with their descriptions in a cell
// and in the formula bar, a scorecard edit recalculates, and files go in and out.
import { readFileSync } from "node:fs";
import { CREDIT_FUNCTIONS } from "../../src/functions/registry";
import { EmbeddedWorkbook } from "../../src/host/embedded";
import { eventually, expectAttribute, expectCount, expectText, expectValue } from "./_lib/eventually";
import {
  describeInBrowser,
  gridCell,
  playgroundPerTest,
  screenshot,
  sheetTab,
  typeInCell,
} from "./_lib/playground";

describeInBrowser("the playground's workbook", () => {
  // Every scenario: no console error, no uncaught error, no failed request.
  const openPage = playgroundPerTest();

  it("opens with the sample workbook and prints its first meaningful paint", async () => {
    const open = await openPage();
    const { page } = open;
    // The sample's ledger is drawn first (straight from the generated sample), then the workbook with its
    // formula engine (editable, read by the pane): both are printed.
    const marks = () =>
      page.evaluate(() => ({
        painted: performance.getEntriesByName("creditkit:sample-painted")[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName("creditkit:sample-ready")[0]?.startTime ?? NaN,
        firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      }));
    const timing = await marks();
    // A second load, as a returning user has it (the browser has compiled the script before).
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    const again = await marks();
    const ms = (value: number) => `${Math.round(value)} ms`;
    console.log(
      `Playground first meaningful paint (the sample's ledger in the grid): ${ms(timing.painted)} on the first ` +
        `load, ${ms(again.painted)} on a reload (first contentful paint ${ms(timing.firstPaint)}); workbook ` +
        `ready to edit with its formula engine: ${ms(timing.ready)} on the first load, ${ms(again.ready)} on a reload.`,
    );
    expect(timing.painted).toBeGreaterThan(0);
    expect(timing.ready).toBeGreaterThanOrEqual(timing.painted);
    await expect(sheetTab(page, "Ledger").getAttribute("aria-selected")).resolves.toBe("true");
    for (const sheet of ["Customers", "Scorecard"]) await sheetTab(page, sheet).waitFor();
    await expect(gridCell(page, "C3").innerText()).resolves.toBe("Invoice No.");
    await expect(gridCell(page, "C4").innerText()).resolves.toBe("INV-2025-00001");
    await screenshot(page, "workbook-sample");
  });

  it("calculates =CREDIT.GRADE(72) typed into a cell: B", async () => {
    const open = await openPage();
    const { page } = open;
    await sheetTab(page, "Scorecard").click();
    await gridCell(page, "A27").waitFor();
    await typeInCell(page, "A27", "=CREDIT.GRADE(72)");
    // 72 is at least 70 and below 85: grade B on the default ABCD scale (A ≥ 85, B ≥ 70).
    await expectText(gridCell(page, "A27"), "B");
    await gridCell(page, "A27").click();
    await expectValue(page.getByRole("combobox", { name: "Formula bar" }), "=CREDIT.GRADE(72)");
    await screenshot(page, "workbook-credit-grade");
  });

  it("offers the CREDIT functions with their descriptions when =CREDIT. is typed, in a cell and in the formula bar", async () => {
    const open = await openPage();
    const { page } = open;
    await sheetTab(page, "Scorecard").click();
    const cell = gridCell(page, "B27");
    await cell.click();
    await page.keyboard.press("=");
    await cell.locator("input").waitFor();
    await page.keyboard.type("CREDIT.");
    const list = page.getByRole("listbox", { name: "CREDIT functions" });
    await list.waitFor();
    const options = list.getByRole("option");
    // Every function of the catalogue, each once.
    await expectCount(options, CREDIT_FUNCTIONS.length);
    const grade = options.filter({ hasText: "CREDIT.GRADE(" });
    await expectText(
      grade,
      /^CREDIT\.GRADE\(score, \[scale\]\)\s+Grade of a 0–100 score on a grade scale\.$/,
    );
    await screenshot(page, "workbook-suggestions-cell");
    // Narrowing and taking one with the keyboard.
    await page.keyboard.type("GR");
    await expectCount(options, 1);
    await page.keyboard.press("Enter");
    await expectValue(cell.locator("input"), "=CREDIT.GRADE(");
    await page.keyboard.type("90)");
    await page.keyboard.press("Enter");
    // 90 ≥ 85: grade A.
    await expectText(cell, "A");

    // The formula bar offers the same list, and Enter there writes to the selected cell.
    await gridCell(page, "C27").click();
    const bar = page.getByRole("combobox", { name: "Formula bar" });
    await bar.click();
    await bar.fill("=credit.");
    await expectCount(options, CREDIT_FUNCTIONS.length);
    await page.keyboard.type("sc");
    // SCORE, SCORETOODDS and SCORETOPD start with "SC".
    const names = await eventually(
      () => options.evaluateAll((items) => items.map((item) => item.textContent?.split("(")[0])),
      (found) => found.length === 3,
    );
    expect(names).toEqual(["CREDIT.SCORE", "CREDIT.SCORETOODDS", "CREDIT.SCORETOPD"]);
    await screenshot(page, "workbook-suggestions-formula-bar");
    await page.keyboard.press("Enter");
    await expectValue(bar, "=CREDIT.SCORE(");
    await page.keyboard.type("{5,4,3},{0.5,0.3,0.2})");
    await page.keyboard.press("Enter");
    // (5×0.5 + 4×0.3 + 3×0.2) / (5 × 1.0) × 100 = 4.3 / 5 × 100 = 86
    await expectText(gridCell(page, "C27"), "86");
  });

  it("recalculates a scorecard's score and grade when a factor score changes", async () => {
    const open = await openPage();
    const { page } = open;
    await sheetTab(page, "Scorecard").click();
    await gridCell(page, "G5").waitFor();
    // Weights in B4:F4 are 30 %, 25 %, 20 %, 15 %, 10 % (they sum to 1); scores 1–5 in B5:F5.
    const weights = [0.3, 0.25, 0.2, 0.15, 0.1];
    const scores = await Promise.all(
      ["B5", "C5", "D5", "E5", "F5"].map((a) => gridCell(page, a).innerText()),
    );
    const next = scores.map(Number);
    next[0] = next[0] === 5 ? 1 : 5;
    await typeInCell(page, "B5", String(next[0]));
    const expected = (next.reduce((sum, score, i) => sum + score * (weights[i] ?? 0), 0) / 5) * 100;
    await expectText(gridCell(page, "B5"), String(next[0]));
    await expectText(gridCell(page, "G5"), expected.toFixed(1));
    const grade = expected >= 85 ? "A" : expected >= 70 ? "B" : expected >= 60 ? "C" : "D";
    await expectText(gridCell(page, "H5"), grade);
    await screenshot(page, "workbook-scorecard-edit");
  });

  it("opens a CSV file as a sheet and downloads the workbook as .xlsx", async () => {
    const open = await openPage();
    const { page } = open;
    const csv = "Customer,Amount,Due date\nAcme,100.5,2026-09-30\n华东贸易,250,2026-10-15\n";
    await page.locator('input[type="file"]').setInputFiles({
      name: "my ledger.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    await expectAttribute(sheetTab(page, "my ledger"), "aria-selected", "true");
    await expectText(gridCell(page, "A3"), "华东贸易");
    await expectText(gridCell(page, "B2"), "100.5");
    await typeInCell(page, "D2", "=B2+B3");
    // 100.5 + 250 = 350.5
    await expectText(gridCell(page, "D2"), "350.5");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("my ledger.xlsx");
    const saved = await download.path();
    const reread = await EmbeddedWorkbook.fromXlsx(new Uint8Array(readFileSync(saved)));
    expect(reread.sheetNames()).toEqual(["my ledger"]);
    expect(reread.getCellValue("my ledger", "A2")).toEqual({ kind: "value", value: "Acme" });
    expect(reread.cellFormula("my ledger", "D2")).toBe("=B2+B3");
    expect(reread.getCellValue("my ledger", "D2")).toEqual({ kind: "value", value: 350.5 });
  });
});
