import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  candidateFor,
  fitCard,
  outcomeChoice,
  prepareFit,
  proposeCandidates,
  readHistory,
  runFit,
  type HistoryTable,
} from "../../../src/app/scorecard/runFit";
import { isCreditError } from "../../../src/core/errors";
import { HostError, type RawCell } from "../../../src/host";
import { EmbeddedWorkbook } from "../../../src/host/embedded";
import { MemoryHost } from "../../taskpane/_lib/memoryHost";

jest.setTimeout(120_000);

const GRADES = ["A", "B", "C"] as const;
const TERMS = [12, 24, 36, 48] as const;
/** One bad in this many rows of each grade and term: bad rates 1/10 … 1/2, rising with grade and term. */
const BAD_EVERY: Record<string, number> = { A: 10, B: 5, C: 3 };

/**
 * 360 customers, 30 of each grade × term, "Default" = 1 for one in BAD_EVERY[grade] − (term ≥ 36 ? 1 : 0) of
 * them; "Grade again" repeats Grade, so the regression cannot tell them apart.
 */
function loanRows(): RawCell[][] {
  const rows: RawCell[][] = [["Customer", "Term", "Grade", "Grade again", "Default"]];
  let customer = 0;
  for (const grade of GRADES) {
    for (const term of TERMS) {
      const every = (BAD_EVERY[grade] as number) - (term >= 36 ? 1 : 0);
      for (let k = 0; k < 30; k++) {
        customer++;
        rows.push([`K${String(customer).padStart(3, "0")}`, term, grade, grade, k % every === 0 ? 1 : 0]);
      }
    }
  }
  return rows;
}

const source = { kind: "sheet", sheet: "Loans" } as const;

function loanHost(rows: RawCell[][] = loanRows()): MemoryHost {
  const host = new MemoryHost([{ name: "Loans", rows }]);
  host.blockRows = 50;
  return host;
}

describe("readHistory", () => {
  it("finds the header under a title, leaves blank rows out, and reads error values as blanks", async () => {
    const host = loanHost([
      ["Loan book 2025"],
      [],
      ["Customer", "Term", null, "Term"],
      ["K1", 12, "x", { error: "#N/A" }],
      [null, null, null, null],
      ["K2", 24, "y", 3],
    ]);
    const history = (await readHistory(host, source)) as HistoryTable;
    expect(history.headerRow).toBe(3);
    expect(history.rows).toEqual([4, 6]);
    expect(history.columns.map((c) => c.header)).toEqual(["Customer", "Term", "Column C", "Term (2)"]);
    expect(history.columns[3]?.values).toEqual([null, 3]);
  });

  it("refuses a sheet with a header and nothing under it", async () => {
    const history = await readHistory(loanHost([["Customer", "Default"]]), source);
    expect(isCreditError(history) && history.id).toBe("historyEmpty");
  });
});

describe("the Fit view's steps", () => {
  it("proposes the outcome mapping, the characteristics and the column naming the rows", async () => {
    const history = (await readHistory(loanHost(), source)) as HistoryTable;
    const target = history.columns[4]!;
    const choice = outcomeChoice(target);
    // 30 customers per grade × term: bads 3 + 3 + 4 + 4 (A), 6 + 6 + 8 + 8 (B), 10 + 10 + 15 + 15 (C) = 92.
    expect(choice.values).toEqual([
      { value: "0", count: 360 - 92 },
      { value: "1", count: 92 },
    ]);
    // A 0 / 1 column headed "Default" marks the bads.
    expect(choice.proposal).toEqual({ good: ["0"], bad: ["1"], basis: "badFlag" });
    const setup = prepareFit(history, { target, mapping: choice.proposal! });
    if (isCreditError(setup)) throw new Error(setup.id);
    // 30 % of 268 goods (80.4 → 80) and of 92 bads (27.6 → 28) held out.
    expect([setup.split.training.length, setup.split.holdout.length]).toEqual([360 - 108, 108]);
    const proposal = proposeCandidates(setup);
    expect(proposal.id?.header).toBe("Customer");
    expect(proposal.candidates.map((c) => [c.column.header, c.kind, c.proposed, c.reason])).toEqual([
      ["Customer", "categorical", false, "tooManyLevels"],
      ["Term", "numeric", true, null],
      ["Grade", "categorical", true, null],
      ["Grade again", "categorical", true, null],
    ]);
    // An edit of the bins is counted again at once: Term cut at 36 only has two bins.
    const edited = candidateFor(setup, history.columns[1]!, { binning: { kind: "numeric", cuts: [36] } });
    expect(edited.bins?.bins).toHaveLength(2);
    expect((edited.bins?.bins[0]?.count ?? 0) + (edited.bins?.bins[1]?.count ?? 0)).toBe(360 - 108);
    const fitted = fitCard(setup, [{ column: history.columns[1]!, binning: edited.binning! }]);
    if (isCreditError(fitted)) throw new Error(fitted.id);
    expect(fitted.card.characteristics[0]?.bins).toHaveLength(2);
    expect(fitted.scores).toHaveLength(360);
  });
});

describe("runFit", () => {
  it("fits the proposed characteristics, leaves out the one that repeats another, and writes both sheets", async () => {
    const host = loanHost();
    const before = JSON.stringify(host.sheets);
    const progress: string[] = [];
    const run = await runFit(
      host,
      { source, target: "default", write: { language: "en" } },
      { onProgress: (p) => progress.push(p.phase) },
    );
    if (run.kind !== "done") throw new Error(`${run.step}: ${run.error.id}`);
    expect(run.basis).toBe("badFlag");
    expect(run.fitted.card.characteristics.map((c) => c.name)).toEqual(["Term", "Grade"]);
    expect(run.leftOut.map((l) => [l.column.header, l.error.id])).toEqual([
      ["Grade again", "logisticSingular"],
    ]);
    expect(host.written.map((spec) => spec.name)).toEqual(["Points scorecard", "Model report"]);
    expect(progress).toContain("read");
    expect(progress).toContain("write");
    // The history itself is never written.
    expect(JSON.stringify(host.sheets.filter((s) => s.name === "Loans"))).toBe(
      JSON.stringify(JSON.parse(before).filter((s: { name: string }) => s.name === "Loans")),
    );
  });

  it("takes --good as the only good value", async () => {
    const run = await runFit(loanHost(), { source, target: "E", good: "1" });
    // "1" good, "0" bad: the card now scores the defaulters high.
    if (run.kind !== "done") throw new Error(run.error.id);
    expect(run.mapping).toEqual({ good: ["1"], bad: ["0"] });
    expect(run.basis).toBe("given");
    expect(run.sheets).toBeNull();
  });

  it.each([
    ["an unknown outcome column", { target: "Status" }, "target", "historyColumnNotFound"],
    [
      "a good value the column does not hold",
      { target: "Default", good: "yes" },
      "outcome",
      "outcomeGoodValueAbsent",
    ],
    ["an outcome of values without a meaning", { target: "Grade" }, "outcome", "outcomeAmbiguous"],
  ])("stops on %s", async (_, request, step, id) => {
    const run = await runFit(loanHost(), { source, ...request });
    expect(run.kind === "blocked" && [run.step, run.error.id]).toEqual([step, id]);
  });

  it("names the columns there are when the outcome column is not found", async () => {
    const run = await runFit(loanHost(), { source, target: "Status" });
    expect(run.kind === "blocked" && run.error.params.columns).toBe(
      "Customer, Term, Grade, Grade again, Default",
    );
  });

  it("writes nothing when a sheet the user wrote has the Model report's name", async () => {
    const host = loanHost();
    host.sheets.push({ name: "Model report", rows: [["my notes"]] });
    await expect(
      runFit(host, { source, target: "Default", write: { language: "en" } }),
    ).rejects.toMatchObject({
      code: "sheetNotOwned",
    });
    expect(host.written).toEqual([]);
  });

  it("stops when cancelled while reading, and writes nothing", async () => {
    const host = loanHost();
    const controller = new AbortController();
    host.beforeBlock = (index) => {
      if (index === 2) controller.abort();
      return undefined;
    };
    const run = runFit(
      host,
      { source, target: "Default", write: { language: "en" } },
      { signal: controller.signal },
    );
    await expect(run).rejects.toBeInstanceOf(HostError);
    await expect(run).rejects.toMatchObject({ code: "cancelled" });
    expect(host.written).toEqual([]);
  });
});

const FILE = path.resolve(__dirname, "../../../../shared/data/german-credit.data");
const present = existsSync(FILE);
if (!present) console.warn(`Skipping the German credit fit run: ${FILE} is not there.`);
const describeIfData = present ? describe : describe.skip;

describeIfData("runFit on the German credit data", () => {
  it("writes a Scorecard sheet whose scores are the engine's, of a card with a holdout AUC of at least 0.75", async () => {
    const lines = readFileSync(FILE, "utf8")
      .trim()
      .split(/\r?\n/)
      .map((line) => line.trim().split(/\s+/));
    const header = [...Array.from({ length: 20 }, (_, i) => `A${i + 1}`), "Outcome"];
    const book = EmbeddedWorkbook.fromCsv([header, ...lines].map((row) => row.join(",")).join("\n"), {
      sheetName: "German credit",
    });
    const run = await runFit(book, {
      source: { kind: "sheet", sheet: "German credit" },
      target: "Outcome",
      write: { language: "zh-TW" },
    });
    if (run.kind !== "done") throw new Error(run.error.id);
    expect(run.mapping).toEqual({ good: ["1"], bad: ["2"] });
    expect(run.fitted.card.holdout!.rows).toBe(300);
    expect(run.fitted.card.holdout!.auc).toBeGreaterThanOrEqual(0.75);
    // Scores table: M row, N outcome, then one column per characteristic, then the score.
    const k = run.fitted.card.characteristics.length;
    let n = 13 + 2 + k;
    let letters = "";
    while (n > 0) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      n = Math.floor((n - 1) / 26);
    }
    expect(book.getCellValue("Points scorecard", `${letters}5`)).toEqual({ kind: "value", value: "得分" });
    const shown = Array.from(run.fitted.scores, (_, i) => {
      const result = book.getCellValue("Points scorecard", `${letters}${6 + i}`);
      return result.kind === "value" ? result.value : null;
    });
    expect(shown).toEqual(Array.from(run.fitted.scores));
  });
});
