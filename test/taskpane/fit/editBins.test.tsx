/**
 * Editing a characteristic's bins in the Fit panel, over a 20-row history small enough to count by hand.
 * The panel fits on the 70 % training rows of a seeded, stratified split; the split depends only on the
 * outcomes, so the test takes it from the app (`prepareFit`, as the panel does), checks it is the one the
 * hand counts below were made on, and works every expected IV out from those counts.
 */
import "../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { I18nextProvider } from "react-i18next";
import { historyColumn, prepareFit, readHistory } from "../../../src/app/scorecard/runFit";
import { isCreditError } from "../../../src/core/errors";
import { type RawCell } from "../../../src/host";
import { createI18n, type SupportedLanguage } from "../../../src/i18n";
import { FitPanel } from "../../../src/taskpane/views/fit";
import { MemoryHost } from "../_lib/memoryHost";

// Binning and fitting in jsdom through Fluent take a few seconds per flow on a busy machine.
jest.setTimeout(60_000);

// Row i (0-based) has Amount 10·(i + 1), the Status and the outcome below.
const BAD = [0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1];
const STATUS = [
  "A",
  "A",
  "B",
  "A",
  "B",
  "B",
  "A",
  "C",
  "C",
  "A",
  "B",
  "B",
  "C",
  "C",
  "C",
  "A",
  "B",
  "C",
  "C",
  "C",
];

/** The training rows of the seeded split of BAD (7 goods and 7 bads of 10 and 10); the rest are held out. */
const TRAINING = [0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 14, 18, 19];
// Training rows by outcome, G = 7 goods and B = 7 bads:
//   goods: 0 (Amount 10, A), 3 (40, A), 5 (60, B), 9 (100, A), 11 (120, B), 12 (130, C), 18 (190, C)
//   bads:  1 (20, A), 2 (30, B), 4 (50, B), 7 (80, C), 8 (90, C), 14 (150, C), 19 (200, C)

/** IV = Σ (g_i/G − b_i/B)·ln((g_i/G)/(b_i/B)) over bins of (goods, bads), with G = B = 7. */
function iv(bins: readonly (readonly [number, number])[]): number {
  return bins.reduce((sum, [g, b]) => sum + (g / 7 - b / 7) * Math.log(g / 7 / (b / 7)), 0);
}

// The proposed cuts 40, 100: < 40 holds 10 g, 20 b, 30 b → (1, 2); 40 to < 100 holds 40 g, 50 b, 60 g, 80 b,
// 90 b → (2, 3); ≥ 100 holds 100 g, 120 g, 130 g, 150 b, 190 g, 200 b → (4, 2).
// IV = (1/7)·ln 2 + (1/7)·ln 1.5 + (2/7)·ln 2 = 0.29706 + 0.05792 = 0.35499.
const PROPOSED_AMOUNT_IV = iv([
  [1, 2],
  [2, 3],
  [4, 2],
]);
// Cuts 60, 130: < 60 holds 10 g, 20 b, 30 b, 40 g, 50 b → (2, 3); 60 to < 130 holds 60 g, 80 b, 90 b, 100 g,
// 120 g → (3, 2); ≥ 130 holds 130 g, 150 b, 190 g, 200 b → (2, 2).
// IV = (1/7)·ln 1.5 + (1/7)·ln 1.5 + 0 = (2/7)·ln 1.5 = 0.11585.
const EDITED_AMOUNT_IV = iv([
  [2, 3],
  [3, 2],
  [2, 2],
]);
// Status A: rows 0 g, 1 b, 3 g, 9 g → (3, 1); B: 2 b, 4 b, 5 g, 11 g → (2, 2); C: 7 b, 8 b, 12 g, 14 b, 18 g,
// 19 b → (2, 4). IV = (2/7)·ln 3 + 0 + (2/7)·ln 2 = (2/7)·ln 6 = 0.51193.
const STATUS_THREE_IV = iv([
  [3, 1],
  [2, 2],
  [2, 4],
]);
// B and C merged: (2 + 2, 2 + 4) = (4, 6). IV = (2/7)·ln 3 + (2/7)·ln 1.5 = (2/7)·ln 4.5 = 0.42974.
const STATUS_MERGED_IV = iv([
  [3, 1],
  [4, 6],
]);

function historyHost(): MemoryHost {
  const rows: RawCell[][] = [["Amount", "Status", "Outcome"]];
  BAD.forEach((bad, i) => rows.push([10 * (i + 1), STATUS[i] as string, bad === 1 ? "bad" : "good"]));
  return new MemoryHost([{ name: "History", rows }]);
}

function renderPanel(language: SupportedLanguage = "en") {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={createI18n(language)}>
        <FitPanel host={historyHost()} language={language} />
      </I18nextProvider>
    </FluentProvider>,
  );
  return user;
}

type User = ReturnType<typeof userEvent.setup>;

/** Chooses the history and its outcome, proposes, and opens the bins of `name` (English labels). */
async function openBins(user: User, name: string) {
  await user.click(await screen.findByRole("combobox", { name: "History sheet or table" }));
  await user.click(screen.getByRole("option", { name: "History" }));
  await user.click(await screen.findByRole("combobox", { name: "Outcome column" }));
  await user.click(screen.getByRole("option", { name: "Outcome" }));
  await user.click(screen.getByRole("button", { name: "Propose characteristics" }));
  await screen.findByRole("heading", { name: "Characteristics" });
  await user.click(within(item(name)).getByRole("button", { name: "Bins" }));
}

/** Replaces the text of the edit field `label` and applies it with the button `applyName`. */
async function apply(user: User, label: string, text: string, applyName = "Apply") {
  const field = screen.getByRole("textbox", { name: label });
  await user.clear(field);
  await user.type(field, text);
  await user.click(screen.getByRole("button", { name: applyName }));
}

/** The list item of a characteristic. */
const item = (name: string) => screen.getByRole("checkbox", { name }).closest("li") as HTMLElement;
const box = (name: string) => screen.getByRole<HTMLInputElement>("checkbox", { name });
const three = (x: number) => x.toFixed(3);

describe("Editing bins in the Fit panel", () => {
  it("builds the history on the split the hand counts were made on", async () => {
    const history = await readHistory(historyHost(), { kind: "sheet", sheet: "History" });
    if (isCreditError(history)) throw new Error(history.id);
    const target = historyColumn(history, "Outcome");
    if (target === null) throw new Error("no Outcome");
    const setup = prepareFit(history, { target, mapping: { good: ["good"], bad: ["bad"] } });
    if (isCreditError(setup)) throw new Error(setup.id);
    expect(Array.from(setup.split.training)).toEqual(TRAINING);
  });

  it("sums the hand counts to the closed forms written beside them", () => {
    expect(PROPOSED_AMOUNT_IV).toBeCloseTo((3 / 7) * Math.log(2) + (1 / 7) * Math.log(1.5), 12);
    expect(EDITED_AMOUNT_IV).toBeCloseTo((2 / 7) * Math.log(1.5), 12);
    expect(STATUS_THREE_IV).toBeCloseTo((2 / 7) * Math.log(6), 12);
    expect(STATUS_MERGED_IV).toBeCloseTo((2 / 7) * Math.log(4.5), 12);
  });

  it("re-bins a numeric characteristic on new cuts: bins, IV and strength follow, the fit is cleared", async () => {
    const user = renderPanel();
    await openBins(user, "Amount");
    expect(item("Amount").textContent).toContain(`numeric · IV ${three(PROPOSED_AMOUNT_IV)}strong`);
    expect(screen.getByRole("textbox", { name: "Cut points" })).toHaveProperty("value", "40, 100");
    // A fit shown before the edit belongs to the old bins.
    await user.click(screen.getByRole("button", { name: "Fit the card" }));
    await screen.findByRole("table");

    await apply(user, "Cut points", "60，130");
    const li = item("Amount");
    // 0.11585 is between 0.1 and 0.3: medium.
    expect(li.textContent).toContain(`numeric · IV ${three(EDITED_AMOUNT_IV)}medium`);
    expect(three(EDITED_AMOUNT_IV)).toBe("0.116");
    // < 60: 2 goods, 3 bads → bad rate 3/5 = 60 %, WOE ln((2/7)/(3/7)) = ln(2/3) = −0.405.
    // ≥ 130: 2 goods, 2 bads → 50 %, WOE 0.
    const lines = within(li)
      .getAllByRole("listitem")
      .map((line) => line.textContent);
    expect(lines).toEqual([
      "< 60 · 5 rows · bad 60% · WOE -0.405",
      "60 to < 130 · 5 rows · bad 40% · WOE 0.405",
      "≥ 130 · 4 rows · bad 50% · WOE 0.000",
    ]);
    expect(screen.getByRole("textbox", { name: "Cut points" })).toHaveProperty("value", "60, 130");
    expect(box("Amount").checked).toBe(true);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByRole("button", { name: "Write sheets" })).toBeNull();

    // "Proposed bins" goes back to 40, 100.
    await user.click(screen.getByRole("button", { name: "Proposed bins" }));
    expect(item("Amount").textContent).toContain(`IV ${three(PROPOSED_AMOUNT_IV)}`);
    expect(screen.getByRole("textbox", { name: "Cut points" })).toHaveProperty("value", "40, 100");
  });

  it("refuses cut points out of order with a message naming them, and changes nothing", async () => {
    const user = renderPanel();
    await openBins(user, "Amount");
    await apply(user, "Cut points", "60, 30");
    expect(screen.getByText("30 comes after 60: cut points must be in ascending order.")).toBeTruthy();
    expect(item("Amount").textContent).toContain(`IV ${three(PROPOSED_AMOUNT_IV)}`);
    expect(within(item("Amount")).getAllByRole("listitem")[0]?.textContent).toBe(
      "< 40 · 3 rows · bad 66.7% · WOE -0.693",
    );
    // < 40: 1 good, 2 bads → 2/3 = 66.7 %, WOE ln((1/7)/(2/7)) = ln(1/2) = −0.693.
    // The text stays, to be corrected.
    expect(screen.getByRole("textbox", { name: "Cut points" })).toHaveProperty("value", "60, 30");
  });

  it("shows the engine's refusal of a bin without rows, and changes nothing", async () => {
    const user = renderPanel();
    await openBins(user, "Amount");
    // No training row has an Amount below 5.
    await apply(user, "Cut points", "5, 100");
    expect(screen.getByText("Amount: bin 1 holds no rows; move its cut points or regroup.")).toBeTruthy();
    expect(item("Amount").textContent).toContain(`IV ${three(PROPOSED_AMOUNT_IV)}`);
  });

  it("regroups a categorical characteristic: the IV follows, and so does the tick", async () => {
    const user = renderPanel();
    await openBins(user, "Status");
    // The engine proposes a bin per level; an IV of 0.512 is above 0.5: suspicious, but proposed.
    expect(screen.getByRole("textbox", { name: "Groups" })).toHaveProperty("value", "A | B | C");
    expect(item("Status").textContent).toContain(`categorical · IV ${three(STATUS_THREE_IV)}suspicious`);
    expect(box("Status").checked).toBe(true);

    // B and C merged into one bin.
    await apply(user, "Groups", "A | B, C");
    expect(three(STATUS_MERGED_IV)).toBe("0.430");
    expect(item("Status").textContent).toContain(`categorical · IV ${three(STATUS_MERGED_IV)}strong`);
    // A: 3 goods, 1 bad → 25 %, WOE ln(3) = 1.099; B, C: 4 goods, 6 bads → 60 %, WOE ln(4/6) = −0.405.
    const lines = within(item("Status"))
      .getAllByRole("listitem")
      .map((line) => line.textContent);
    expect(lines).toEqual(["A · 4 rows · bad 25% · WOE 1.099", "B, C · 10 rows · bad 60% · WOE -0.405"]);
    expect(box("Status").checked).toBe(true);

    // One group is a single bin, which is not proposed: the tick goes.
    await apply(user, "Groups", "A, B, C");
    expect(item("Status").textContent).toContain("categorical · IV 0.000useless");
    expect(item("Status").textContent).toContain("one bin only");
    expect(box("Status").checked).toBe(false);

    // Back to the proposal: the tick comes back.
    await user.click(screen.getByRole("button", { name: "Proposed bins" }));
    expect(item("Status").textContent).toContain(`IV ${three(STATUS_THREE_IV)}`);
    expect(box("Status").checked).toBe(true);
  });

  it("refuses groups leaving a level out, naming it, and changes nothing", async () => {
    const user = renderPanel();
    await openBins(user, "Status");
    await apply(user, "Groups", "A | B");
    expect(screen.getByText("“C” is in no group: every level must be in one.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Groups" }).getAttribute("aria-invalid")).toBe("true");
    expect(item("Status").textContent).toContain(`IV ${three(STATUS_THREE_IV)}`);
  });

  it("passes axe with the bins open and a refusal shown, and says the disclosure is open", async () => {
    const user = renderPanel();
    await openBins(user, "Amount");
    const toggle = within(item("Amount")).getByRole("button", { name: "Bins" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await apply(user, "Cut points", "abc");
    expect(screen.getByText("“abc” is not a number.")).toBeTruthy();
    // jsdom has no layout, so axe cannot judge colour contrast; the browser tests do.
    const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("textbox", { name: "Cut points" })).toBeNull();
  });

  it("speaks Traditional Chinese", async () => {
    const user = renderPanel("zh-TW");
    await user.click(await screen.findByRole("combobox", { name: "歷史資料工作表或表格" }));
    await user.click(screen.getByRole("option", { name: "History" }));
    await user.click(await screen.findByRole("combobox", { name: "結果欄" }));
    await user.click(screen.getByRole("option", { name: "Outcome" }));
    await user.click(screen.getByRole("button", { name: "建議特徵" }));
    await screen.findByRole("heading", { name: "特徵" });
    await user.click(within(item("Amount")).getByRole("button", { name: "分箱" }));
    expect(within(item("Amount")).getAllByRole("listitem")[0]?.textContent).toBe(
      "< 40 · 3 列 · 壞帳率 66.7% · WOE -0.693",
    );
    await apply(user, "切分點", "60；60", "套用");
    expect(screen.getByText("60 輸入了兩次：每個切分點只能出現一次。")).toBeTruthy();
  });
});
