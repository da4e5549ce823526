/**
 * End-to-end tests of `creditkit scorecard fit`: a small loan book written here as CSV (and the German
 * credit data when ../shared/data holds it) fitted by the real command, its text, JSON, workbook and
 * failures checked.
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { CLI_TIMEOUT_MS, expectUserFailure, runCli, tempDir } from "./_lib/runCli";

jest.setTimeout(CLI_TIMEOUT_MS);

const GRADES = ["A", "B", "C"] as const;
const TERMS = [12, 24, 36, 48] as const;
/** One bad in this many customers of each grade, one fewer for terms of 36 months and more. */
const BAD_EVERY: Record<string, number> = { A: 10, B: 5, C: 3 };

/**
 * 360 customers, 30 per grade × term. Bads by hand: A 3 + 3 + 4 + 4, B 6 + 6 + 8 + 8, C 10 + 10 + 15 + 15
 * = 92 (k = 0, every, 2·every, … below 30). Five terms are typed with a trailing space, so they arrive as
 * text the engine reads as numbers.
 */
function loanCsv(): string {
  const lines = ["Customer,Term,Grade,Default"];
  let customer = 0;
  for (const grade of GRADES) {
    for (const term of TERMS) {
      const every = (BAD_EVERY[grade] as number) - (term >= 36 ? 1 : 0);
      for (let k = 0; k < 30; k++) {
        customer++;
        const termText = customer <= 5 ? `"${term} "` : String(term);
        lines.push(`K${String(customer).padStart(3, "0")},${termText},${grade},${k % every === 0 ? 1 : 0}`);
      }
    }
  }
  return lines.join("\n");
}

interface FitDoc {
  source: { sheet: string; rows: number };
  outcome: { column: string; good: string[]; bad: string[]; basis: string; goods: number; bads: number };
  sample: { training: number; holdout: number };
  characteristics: { name: string; kind: string; used: boolean; note: string | null }[];
  leftOut: unknown[];
  coefficients: { name: string }[];
  discrimination: { training: { auc: number; rows: number }; holdout: { auc: number; rows: number } | null };
  score: { min: number; max: number };
  card: { name: string; bins: { text: string; points: number }[] }[];
  notices: string[];
}

describe("creditkit scorecard fit", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let loans: string;

  beforeAll(async () => {
    dir = await tempDir();
    loans = path.join(dir.path, "loans.csv");
    await writeFile(loans, loanCsv(), "utf8");
  });

  afterAll(() => dir.remove());

  it("prints the fit as JSON: the outcome read as a flag of bads, the customer column left out as an identifier", async () => {
    const run = await runCli(["scorecard", "fit", loans, "--target", "Default", "--json"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const doc = JSON.parse(run.stdout) as FitDoc;
    expect(doc.source).toMatchObject({ sheet: "loans", rows: 360 });
    expect(doc.outcome).toMatchObject({ column: "Default", good: ["0"], bad: ["1"], basis: "badFlag" });
    expect([doc.outcome.goods, doc.outcome.bads]).toEqual([268, 92]);
    // 30 % held back: round(80.4) = 80 goods and round(27.6) = 28 bads.
    expect(doc.sample).toMatchObject({ training: 252, holdout: 108 });
    expect(doc.discrimination.holdout?.rows).toBe(108);
    expect(doc.coefficients.map((c) => c.name)).toEqual(["intercept", "Term", "Grade"]);
    const customer = doc.characteristics.find((c) => c.name === "Customer");
    expect(customer).toMatchObject({
      used: false,
      note: "360 different values: an identifier, not a characteristic",
    });
    // Grade C is the worst: its bin has the fewest points.
    const grade = doc.card.find((c) => c.name === "Grade")!;
    const points = (text: string) => grade.bins.find((b) => b.text.includes(text))!.points;
    expect(points("C")).toBeLessThan(points("A"));
    // The card's lowest and highest scores are the sums of its lowest and highest bins.
    const sum = (pick: (p: number[]) => number) =>
      doc.card.reduce((total, c) => total + pick(c.bins.map((b) => b.points)), 0);
    expect(doc.score).toEqual({ min: sum((p) => Math.min(...p)), max: sum((p) => Math.max(...p)) });
    expect(doc.notices).toEqual([
      "Term: 5 numbers typed as text; the sheet's formulas read them with Excel's VALUE — convert them to numbers so Excel and CreditKit agree.",
    ]);
  });

  it("prints the fit as text: IV with strengths, the characteristics used, coefficients, KS / AUC / Gini", async () => {
    const run = await runCli(["scorecard", "fit", loans, "--target", "Default"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "Outcome column “Default”: good = 0, bad = 1 (268 goods, 92 bads, 0 without an outcome)",
    );
    expect(lines).toContain("Characteristics used: Term, Grade");
    expect(lines).toContain("Characteristic\tKind\tBins\tIV\tStrength\tUsed");
    expect(lines.find((l) => l.startsWith("Grade\tcategorical\t"))).toMatch(
      /\t0\.\d{4}\t(weak|medium|strong)\tyes$/,
    );
    expect(lines).toContain("Measure\tTraining\tHoldout");
    expect(lines.find((l) => l.startsWith("AUC\t"))).toMatch(/^AUC\t0\.\d{4}\t0\.\d{4}$/);
    expect(lines.find((l) => l.startsWith("Scores from "))).toMatch(/^Scores from \d+ to \d+ points/);
  });

  it("speaks the language asked for", async () => {
    const run = await runCli(["scorecard", "fit", loans, "--target", "Default", "--lang", "zh-TW"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("資訊值（訓練資料）");
    expect(run.stdout).toContain("使用的特徵：Term, Grade");
  });

  it("writes the history with a Scorecard sheet of live formulas and a Model report with --out", async () => {
    const out = path.join(dir.path, "card.xlsx");
    const [run, json] = await Promise.all([
      runCli(["scorecard", "fit", loans, "--target", "Default", "--out", out]),
      runCli(["scorecard", "fit", loans, "--target", "Default", "--json"]),
    ]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const doc = JSON.parse(json.stdout) as FitDoc;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    // (and CreditKit's very hidden settings sheet)
    expect(book.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
      "loans",
      "Points scorecard",
      "Model report",
    ]);
    expect(book.getWorksheet("loans")!.getCell("A2").value).toBe("K001");
    const card = book.getWorksheet("Points scorecard")!;
    // Scores table: M row, N customer, O outcome, P Term, Q Grade, R score.
    expect(card.getCell("R5").value).toBe("Score");
    const formula = card.getCell("P6").formula ?? "";
    expect(formula).toMatch(/'?loans'?!B2\b/);
    const scores = Array.from({ length: 360 }, (_, i) => card.getCell(`R${6 + i}`).result as number);
    expect(scores.every((s) => Number.isInteger(s) && s >= doc.score.min && s <= doc.score.max)).toBe(true);
    const report = book.getWorksheet("Model report")!;
    expect(report.getCell("A1").value).toBe("Model report — loans");
  });

  it("refuses an outcome column the history does not have, naming the columns it has", async () => {
    const message = expectUserFailure(await runCli(["scorecard", "fit", loans, "--target", "Status"]), 1);
    expect(message).toContain('"Status"');
    expect(message).toContain("Customer, Term, Grade, Default");
  });

  it("asks for --good when the outcome's values do not say which is good", async () => {
    const message = expectUserFailure(await runCli(["scorecard", "fit", loans, "--target", "Grade"]), 1);
    expect(message).toContain("A, B, C");
    expect(message).toContain("--good");
  });

  it("refuses a --good value the outcome column does not hold", async () => {
    const message = expectUserFailure(
      await runCli(["scorecard", "fit", loans, "--target", "Default", "--good", "yes"]),
      1,
    );
    expect(message).toContain('"yes"');
  });

  it("is a usage error without --target, and a data problem for a missing file", async () => {
    expect(expectUserFailure(await runCli(["scorecard", "fit", loans]), 2)).toContain("--target");
    expect(
      expectUserFailure(
        await runCli(["scorecard", "fit", path.join(dir.path, "none.csv"), "--target", "x"]),
        1,
      ),
    ).toContain("none.csv");
  });
});

const GERMAN = path.resolve(__dirname, "../../../shared/data/german-credit.data");
const present = existsSync(GERMAN);
if (!present) console.warn(`Skipping the German credit CLI test: ${GERMAN} is not there.`);
const describeIfData = present ? describe : describe.skip;

describeIfData("creditkit scorecard fit on the German credit data", () => {
  it("prints a holdout AUC of at least 0.75", async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir.path, "german.csv");
      const header = [...Array.from({ length: 20 }, (_, i) => `A${i + 1}`), "Outcome"].join(",");
      const rows = readFileSync(GERMAN, "utf8")
        .trim()
        .split(/\r?\n/)
        .map((line) => line.trim().split(/\s+/).join(","));
      await writeFile(file, [header, ...rows].join("\n"), "utf8");
      const run = await runCli(["scorecard", "fit", file, "--target", "Outcome"]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      const auc = /^AUC\t(0\.\d+)\t(0\.\d+)$/m.exec(run.stdout);
      expect(auc).not.toBeNull();
      console.log(`German credit via the CLI: ${auc?.[0].replace(/\t/g, " ")}`);
      expect(Number(auc?.[2])).toBeGreaterThanOrEqual(0.75);
    } finally {
      await dir.remove();
    }
  });
});
