/**
 * The Fit panel over an in-memory workbook holding a synthetic, seeded history: 300 customers whose chance
 * of turning bad rises with their checking-account status and the loan's duration, plus an identifier, a
 * noise column and a constant one.
 */
import "../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { I18nextProvider } from "react-i18next";
import {
  type FitChoice,
  fitCard,
  type FitSetup,
  type FittedCard,
  historyColumn,
  type HistoryTable,
  prepareFit,
  proposeCandidates,
  readHistory,
} from "../../../src/app/scorecard/runFit";
import { isCreditError } from "../../../src/core/errors";
import { type RawCell } from "../../../src/host";
import { createI18n, type SupportedLanguage } from "../../../src/i18n";
import { FitPanel } from "../../../src/taskpane/views/fit";
import { MemoryHost } from "../_lib/memoryHost";
import { seededRandom } from "../../../src/core/scorecard/_lib/seededRandom";

// Binning and fitting in jsdom through Fluent take a few seconds per flow on a busy machine.
jest.setTimeout(60_000);

const HEADER = ["Customer", "Checking", "Duration", "Noise", "Region", "Outcome"];

/** The history's rows (header first) and how many goods and bads it holds, counted as it is built. */
function syntheticHistory(): { rows: RawCell[][]; goods: number; bads: number } {
  const random = seededRandom(20261031);
  const rows: RawCell[][] = [HEADER];
  let goods = 0;
  for (let i = 1; i <= 300; i++) {
    const checking = ["A", "B", "C"][Math.floor(random() * 3)] as string;
    const duration = 6 + Math.floor(random() * 55);
    const noise = 1 + Math.floor(random() * 5);
    // Log-odds of bad: C is the risky status, long loans are riskier.
    const z = -1 + (checking === "C" ? 1.6 : checking === "A" ? -1.2 : 0) + 0.05 * (duration - 30);
    const bad = random() < 1 / (1 + Math.exp(-z));
    if (!bad) goods++;
    rows.push([`C${String(i).padStart(3, "0")}`, checking, duration, noise, "North", bad ? "bad" : "good"]);
  }
  return { rows, goods, bads: 300 - goods };
}

const HISTORY = syntheticHistory();

function historyHost(): MemoryHost {
  return new MemoryHost([
    // A sheet CreditKit wrote is output, never offered as a history.
    { name: "Model report", rows: [["Model report"]], owned: true },
    { name: "History", rows: HISTORY.rows },
  ]);
}

/** What the app itself proposes and fits on the same history, to compare the panel with. */
async function appSide(): Promise<{ history: HistoryTable; setup: FitSetup }> {
  const history = await readHistory(historyHost(), { kind: "sheet", sheet: "History" });
  if (isCreditError(history)) throw new Error(history.id);
  const target = historyColumn(history, "Outcome");
  if (target === null) throw new Error("no Outcome");
  const setup = prepareFit(history, { target, mapping: { good: ["good"], bad: ["bad"] } });
  if (isCreditError(setup)) throw new Error(setup.id);
  return { history, setup };
}

function fitWith(setup: FitSetup, names: readonly string[]): FittedCard {
  const choices: FitChoice[] = proposeCandidates(setup).candidates.flatMap((c) =>
    names.includes(c.column.header) && c.binning !== null ? [{ column: c.column, binning: c.binning }] : [],
  );
  const fitted = fitCard(setup, choices);
  if (isCreditError(fitted)) throw new Error(fitted.id);
  return fitted;
}

/** Renders the panel over `host` and sets up a user. */
function renderPanel(host: MemoryHost, language: SupportedLanguage = "en") {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={createI18n(language)}>
        <FitPanel host={host} language={language} />
      </I18nextProvider>
    </FluentProvider>,
  );
  return { user, ...view };
}

type User = ReturnType<typeof userEvent.setup>;

async function choose(user: User, box: HTMLElement, option: string) {
  await user.click(box);
  await user.click(screen.getByRole("option", { name: option }));
}

/** Chooses the History sheet and an outcome column (English labels). */
async function chooseHistory(user: User, outcome = "Outcome") {
  const source = await screen.findByRole("combobox", { name: "History sheet or table" });
  await user.click(source);
  // The owned Model report sheet is not offered.
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["History"]);
  await user.click(screen.getByRole("option", { name: "History" }));
  await choose(user, await screen.findByRole("combobox", { name: "Outcome column" }), outcome);
}

/** The list item of a characteristic. */
const item = (name: string) => screen.getByRole("checkbox", { name }).closest("li") as HTMLElement;

const three = (x: number) => x.toFixed(3);

describe("Fit panel", () => {
  it("shows the outcome values with their counts and the proposed good value, and follows the ticks", async () => {
    const { user } = renderPanel(historyHost());
    await chooseHistory(user);
    expect(screen.getByText("300 rows, 6 columns.")).toBeTruthy();
    const goodBox = screen.getByRole("checkbox", { name: `good (${HISTORY.goods} rows)` });
    const badBox = screen.getByRole("checkbox", { name: `bad (${HISTORY.bads} rows)` });
    expect(goodBox).toHaveProperty("checked", true);
    expect(badBox).toHaveProperty("checked", false);
    expect(screen.getByText(`Goods: ${HISTORY.goods} · bads: ${HISTORY.bads}`)).toBeTruthy();
    // Ticking "bad" too leaves no bad value: the counts follow and Propose says why it cannot go on.
    await user.click(badBox);
    expect(screen.getByText("Goods: 300 · bads: 0")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Propose characteristics" }));
    await screen.findByText(/^No value is marked bad; choose the outcome values that mean a bad account\./);
  });

  it("proposes the characteristics with the app's IV, strength and reasons", async () => {
    const { setup } = await appSide();
    const expected = proposeCandidates(setup).candidates;
    const { user } = renderPanel(historyHost());
    await chooseHistory(user);
    await user.click(screen.getByRole("button", { name: "Propose characteristics" }));
    await screen.findByRole("heading", { name: "Characteristics" });
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
    for (const candidate of expected) {
      const li = item(candidate.column.header);
      const box = within(li).getByRole("checkbox");
      expect([candidate.column.header, (box as HTMLInputElement).checked]).toEqual([
        candidate.column.header,
        candidate.proposed,
      ]);
      if (candidate.bins !== null) {
        expect(li.textContent).toContain(`IV ${three(candidate.bins.iv)}`);
        expect(li.textContent).toContain(candidate.bins.strength);
      }
    }
    // The two drivers are proposed; the identifier and the constant are not, and say why.
    expect(within(item("Checking")).getByRole("checkbox")).toHaveProperty("checked", true);
    expect(within(item("Duration")).getByRole("checkbox")).toHaveProperty("checked", true);
    expect(item("Customer").textContent).toContain(
      "300 different values: an identifier, not a characteristic",
    );
    expect(within(item("Customer")).getByRole("checkbox")).toHaveProperty("disabled", true);
    expect(within(item("Region")).getByRole("checkbox")).toHaveProperty("checked", false);
  });

  it("fits the ticked characteristics only, shows the app's AUC, and writes the two sheets", async () => {
    const { setup } = await appSide();
    const proposed = proposeCandidates(setup)
      .candidates.filter((c) => c.proposed)
      .map((c) => c.column.header);
    expect(proposed).toContain("Duration");
    const rest = proposed.filter((name) => name !== "Duration");
    const withoutDuration = fitWith(setup, rest);
    const withAll = fitWith(setup, proposed);
    // The test could not tell the two fits apart otherwise.
    expect(three(withoutDuration.card.holdout?.auc ?? 0)).not.toBe(three(withAll.card.holdout?.auc ?? 0));

    const host = historyHost();
    const { user } = renderPanel(host);
    await chooseHistory(user);
    await user.click(screen.getByRole("button", { name: "Propose characteristics" }));
    await user.click(await screen.findByRole("checkbox", { name: "Duration" }));
    await user.click(screen.getByRole("button", { name: "Fit the card" }));

    const table = await screen.findByRole("table");
    const cells = (measure: string) =>
      within(within(table).getByRole("rowheader", { name: measure }).closest("tr") as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    const { training, holdout } = withoutDuration.card;
    expect(cells("AUC")).toEqual([three(training.auc), three(holdout?.auc ?? NaN)]);
    expect(cells("KS")).toEqual([three(training.ks), three(holdout?.ks ?? NaN)]);
    expect(cells("Gini")).toEqual([three(training.gini), three(holdout?.gini ?? NaN)]);
    const { minScore, maxScore } = withoutDuration.card;
    expect(screen.getByText(`Scores from ${minScore} to ${maxScore}.`)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Write sheets" }));
    await screen.findByText("The card is on sheet Points scorecard, its report on sheet Model report.");
    expect(host.written.map((spec) => spec.name)).toEqual(["Points scorecard", "Model report"]);
    // The card written holds the ticked characteristics, not Duration.
    const cardText = JSON.stringify(host.written[0]?.blocks);
    for (const name of rest) expect(cardText).toContain(name);
    expect(cardText).not.toContain("Duration");
    await user.click(screen.getByRole("button", { name: "Go to sheet Points scorecard" }));
    await waitFor(() => expect(host.selections).toEqual([{ sheet: "Points scorecard", address: "A1" }]));
  });

  it("says why the fit refused when no characteristic is ticked", async () => {
    const { user } = renderPanel(historyHost());
    await chooseHistory(user);
    await user.click(screen.getByRole("button", { name: "Propose characteristics" }));
    await screen.findByRole("heading", { name: "Characteristics" });
    for (const box of screen.getAllByRole("checkbox", { checked: true })) {
      if (box.closest("li") !== null) await user.click(box);
    }
    await user.click(screen.getByRole("button", { name: "Fit the card" }));
    const bar = await screen.findByText(
      "No characteristic is selected; choose at least one to fit the scorecard.",
    );
    expect(bar.closest("[role=group]")?.textContent).toContain("The card could not be fitted");
    expect(screen.queryByRole("button", { name: "Write sheets" })).toBeNull();
  });

  it("shows the message of an outcome column with a single value, and offers no next step", async () => {
    const { user } = renderPanel(historyHost());
    await chooseHistory(user, "Region");
    await screen.findByText(
      'Every row of the outcome column is "North"; a scorecard needs both good and bad accounts.',
    );
    expect(screen.getByText("This column cannot be the outcome")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Propose characteristics" })).toBeNull();
  });

  it("speaks Simplified Chinese", async () => {
    const { user } = renderPanel(historyHost(), "zh-CN");
    expect(await screen.findByRole("heading", { name: "拟合计分卡" })).toBeTruthy();
    await choose(user, screen.getByRole("combobox", { name: "历史数据工作表或表格" }), "History");
    await choose(user, await screen.findByRole("combobox", { name: "结果列" }), "Outcome");
    expect(screen.getByText(`好：${HISTORY.goods} · 坏：${HISTORY.bads}`)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "建议特征" }));
    await screen.findByRole("heading", { name: "特征" });
    expect(item("Checking").textContent).toMatch(/^Checking类别型 · IV \d\.\d{3}(无用|弱|中等|强|可疑)分箱$/);
    await user.click(screen.getByRole("button", { name: "拟合计分卡" }));
    expect(await screen.findByRole("columnheader", { name: "留出" })).toBeTruthy();
  });

  it("passes axe with every step shown, and goes from Fit to Write by keyboard", async () => {
    const host = historyHost();
    const { user, container } = renderPanel(host);
    await chooseHistory(user);
    await user.click(screen.getByRole("button", { name: "Propose characteristics" }));
    const fitButton = await screen.findByRole("button", { name: "Fit the card" });
    fitButton.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("table");
    // jsdom has no layout, so axe cannot judge colour contrast; the browser tests do.
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Write sheets" }));
    await user.keyboard("{Enter}");
    await screen.findByRole("button", { name: "Go to sheet Points scorecard" });
    expect(host.written.map((spec) => spec.name)).toEqual(["Points scorecard", "Model report"]);
  });
});
