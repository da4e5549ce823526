/**
 * End-to-end tests of `creditkit check`: the planted credit book (test/core/warnings/_lib/plantedBook.ts)
 * written here as an .xlsx workbook with exceljs — ledger, customer master and payment history sheets —
 * and as a CSV ledger with paid dates, checked by the real command.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { type RawCell } from "../../src/core/ledger";
import {
  PLANTED_LEDGER_ROWS,
  PLANTED_MASTER_ROWS,
  PLANTED_PAYMENT_ROWS,
} from "../core/warnings/_lib/plantedBook";
import { CLI_TIMEOUT_MS, expectUserFailure, runCli, tempDir } from "./_lib/runCli";

jest.setTimeout(CLI_TIMEOUT_MS);

/** Excel serial → the JavaScript Date exceljs writes as a date cell (DESIGN §2: ms / 86,400,000 + 25,569). */
const dateOf = (serial: number): Date => new Date((serial - 25_569) * 86_400_000);

/** Rows with the given columns (0-based) holding serial dates, written as real date cells. */
function withDates(rows: readonly (readonly RawCell[])[], dateColumns: readonly number[]): unknown[][] {
  return rows.map((row, r) =>
    row.map((cell, c) =>
      r > 0 && dateColumns.includes(c) && typeof cell === "number" ? dateOf(cell) : cell,
    ),
  );
}

interface CheckJson {
  asOf: string;
  warnings: {
    rule: string;
    severity: string;
    customer: string;
    value: number;
    threshold: number;
    action: string;
    rows: number[];
    historyRows: number[];
  }[];
  notRun: { rule: string; reason: string }[];
}

/** The planted warnings: [severity, rule, customer, value, threshold, ledger rows, history rows]. */
const PLANTED = [
  ["high", "over-limit", "Alpha Trading", 8_500, 8_000, [2], []],
  ["high", "veto-late", "Bravo Foods", 12, 10, [4], []],
  ["high", "veto-late", "Core Steel", 35, 10, [6], []],
  ["high", "core-overdue", "Core Steel", 35, 30, [6], []],
  // Delta holds 30,000 of 128,500.
  ["medium", "concentration", "Delta Holdings", 30_000 / 128_500, 0.1, [7, 8], []],
  // 15 days late over the last 90 days against 2 before (2 + 10 = 12); Foxtrot's invoices k = 1–3.
  ["medium", "deteriorating", "Foxtrot Ltd", 15, 12, [], [63, 64, 65]],
  // 2025-06-30 is 488 days before 2026-10-31; 12 months back is 365 days.
  ["low", "review-due", "Echo Retail", 488, 365, [], []],
];

describe("creditkit check", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let book: string;
  let csv: string;

  beforeAll(async () => {
    dir = await tempDir();
    book = path.join(dir.path, "credit book.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ledger").addRows(withDates(PLANTED_LEDGER_ROWS, [2, 3]));
    workbook.addWorksheet("Master").addRows(PLANTED_MASTER_ROWS as unknown[][]);
    workbook.addWorksheet("Payment history").addRows(withDates(PLANTED_PAYMENT_ROWS, [1, 2, 4]));
    await workbook.xlsx.writeFile(book);
    // The whole invoice history as one ledger with paid dates, dates as ISO text.
    const iso = (serial: number) => dateOf(serial).toISOString().slice(0, 10);
    csv = path.join(dir.path, "invoices.csv");
    await writeFile(
      csv,
      PLANTED_PAYMENT_ROWS.map((row, r) =>
        row
          .map((cell, c) =>
            r > 0 && c !== 0 && c !== 3 && typeof cell === "number"
              ? iso(cell)
              : typeof cell === "string" || typeof cell === "number"
                ? String(cell)
                : "",
          )
          .join(","),
      ).join("\n"),
      "utf8",
    );
  });

  afterAll(() => dir.remove());

  it("finds exactly the planted warnings in a workbook with a master and a payment history", async () => {
    const run = await runCli([
      "check",
      book,
      "--sheet",
      "Ledger",
      "--master",
      "Master",
      "--history",
      "Payment history",
      "--as-of",
      "2026-10-31",
      "--json",
    ]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const report = JSON.parse(run.stdout) as CheckJson;
    expect(report.asOf).toBe("2026-10-31");
    expect(
      report.warnings.map((w) => [
        w.severity,
        w.rule,
        w.customer,
        w.value,
        w.threshold,
        w.rows,
        w.historyRows,
      ]),
    ).toEqual(PLANTED);
    expect(report.warnings[0]?.action).toBe("Hold new orders, collect the balance and review the limit.");
    expect(report.notRun).toEqual([]);
  });

  it("exits 1 after printing the warnings when one is at or above --fail-on, with a one-line summary", async () => {
    const args = [
      "check",
      book,
      "--master",
      "Master",
      "--history",
      "Payment history",
      "--as-of",
      "2026-10-31",
    ];
    const [high, low] = await Promise.all([
      runCli([...args, "--json", "--fail-on", "high"]),
      runCli([...args, "--fail-on", "low", "--lang", "zh-CN"]),
    ]);
    expect(high.code).toBe(1);
    expect((JSON.parse(high.stdout) as CheckJson).warnings).toHaveLength(7);
    // Four high warnings: over-limit, veto-late twice, core-overdue.
    expect(high.stderr).toBe("Warnings at or above high severity: 4 (--fail-on high).\n");
    expect(low.code).toBe(1);
    // All seven count at or above low; the tab-separated table is printed first, a line per warning.
    expect(low.stderr).toBe("严重程度为低或更高的预警：7 条（--fail-on low）。\n");
    expect(low.stdout.trimEnd().split("\n")).toHaveLength(8);
  });

  it("runs the rules of a --rules file, and exits 0 when nothing reaches --fail-on", async () => {
    const rules = path.join(dir.path, "rules.json");
    // Only review-due, and with 18 months Echo's 488-day-old review (16 months) is not yet due: nothing fires.
    const only = (id: string) => ({
      enabled: id === "review-due",
      ...(id === "review-due" ? { thresholds: { months: 18 } } : {}),
    });
    const ids = [
      "over-limit",
      "near-limit",
      "veto-late",
      "long-overdue",
      "overdue-share",
      "core-overdue",
      "concentration",
      "grade-d",
      "no-limit",
      "review-due",
      "deteriorating",
      "dso-over-terms",
    ];
    await writeFile(
      rules,
      JSON.stringify({ version: 1, rules: Object.fromEntries(ids.map((id) => [id, only(id)])) }),
    );
    const run = await runCli([
      "check",
      book,
      "--master",
      "Master",
      "--as-of",
      "2026-10-31",
      "--rules",
      rules,
      "--json",
      "--fail-on",
      "low",
    ]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect((JSON.parse(run.stdout) as CheckJson).warnings).toEqual([]);
  });

  it("prints a tab-separated line per warning, with the evidence cells, and the rules it could not run", async () => {
    const run = await runCli(["check", book, "--as-of", "2026-10-31"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]?.split("\t")).toEqual([
      "Severity",
      "Rule",
      "Customer",
      "Currency",
      "Value",
      "Threshold",
      "Amount at risk",
      "Recommended action",
      "Evidence rows",
    ]);
    // The ledger alone: veto lateness twice and concentration (23.3 % of receivables against 10.0 %).
    expect(lines.slice(1, 4).map((line) => line.split("\t"))).toEqual([
      [
        "High",
        "Veto lateness (rating D)",
        "Bravo Foods",
        "USD",
        "12",
        "10",
        "2000.00",
        "Stop credit sales and escalate collection.",
        "Ledger!A4",
      ],
      [
        "High",
        "Veto lateness (rating D)",
        "Core Steel",
        "USD",
        "35",
        "10",
        "2000.00",
        "Stop credit sales and escalate collection.",
        "Ledger!A6",
      ],
      [
        "Medium",
        "Concentration",
        "Delta Holdings",
        "USD",
        "23.3%",
        "10.0%",
        "30000.00",
        "Spread the risk and seek a guarantee.",
        "Ledger!A7, A8",
      ],
    ]);
    expect(lines[5]).toBe("Rules not run (8)");
    expect(lines).toContain("Deteriorating payer: No payment history was given.");
  });

  it("writes the workbook with its Warnings sheet beside the data, linking to the evidence", async () => {
    const out = path.join(dir.path, "checked.xlsx");
    const run = await runCli([
      "check",
      book,
      "--master",
      "Master",
      "--history",
      "Payment history",
      "--as-of",
      "2026-10-31",
      "--out",
      out,
    ]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const visible = written.worksheets.filter((s) => s.state === "visible").map((s) => s.name);
    expect(visible).toEqual(["Ledger", "Master", "Payment history", "Warnings 2026-10-31"]);
    const sheet = written.getWorksheet("Warnings 2026-10-31");
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const alpha = rows.find((r) => r[1] === "Alpha Trading") ?? [];
    expect(alpha.slice(0, 4)).toEqual(["High", "Alpha Trading", "USD", "Over credit limit"]);
    expect(alpha[8]).toBe("Ledger!A2; Master!A2");
    expect(alpha[9]).toMatchObject({ formula: `HYPERLINK("#'Ledger'!A2","Ledger!A2")` });
    const foxtrot = rows.find((r) => r[1] === "Foxtrot Ltd") ?? [];
    expect(foxtrot[8]).toBe("'Payment history'!A63, A64, A65");
  });

  it("uses a CSV ledger's own paid dates as the payment history", async () => {
    const run = await runCli(["check", csv, "--as-of", "2026-10-31", "--json"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const report = JSON.parse(run.stdout) as CheckJson;
    // Open at 2026-10-31: each customer's newest invoice, 1/12 of its yearly sales; Core Steel's 400,000 of
    // 525,000 (10 × 10,000 + 25,000 + 400,000) is 76.2 %. Foxtrot pays later and later (rows 63–65).
    expect(report.warnings.map((w) => [w.rule, w.customer, w.value, w.rows, w.historyRows])).toEqual([
      ["concentration", "Core Steel", 400_000 / 525_000, [26], []],
      ["deteriorating", "Foxtrot Ltd", 15, [], [63, 64, 65]],
    ]);
    expect(report.notRun.map((n) => n.rule)).not.toContain("deteriorating");
  });

  it("explains a missing sheet, an unusable rules file or a wrong --fail-on in one line", async () => {
    const badRules = path.join(dir.path, "bad-rules.json");
    await writeFile(badRules, JSON.stringify({ rules: { "over-limt": { enabled: false } } }));
    const [noSheet, rules, failOn] = await Promise.all([
      runCli(["check", book, "--master", "Limits", "--as-of", "2026-10-31"]),
      runCli(["check", book, "--rules", badRules, "--as-of", "2026-10-31"]),
      runCli(["check", book, "--fail-on", "urgent"]),
    ]);
    expect(expectUserFailure(noSheet, 1)).toContain('no sheet named "Limits"');
    const rulesMessage = expectUserFailure(rules, 1);
    expect(rulesMessage).toContain(badRules);
    expect(rulesMessage).toContain('"over-limt"');
    expect(expectUserFailure(failOn, 2)).toContain("creditkit check --help");
  });
});
