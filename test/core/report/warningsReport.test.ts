import { readCustomerMaster } from "../../../src/core/ledger";
import {
  type SheetSpec,
  type WarningsReportLabels,
  evidenceText,
  sheetNameProblem,
  sheetReference,
  warningsReportSpec,
  warningsSheetName,
} from "../../../src/core/report";
import {
  type WarningReport,
  type WarningResult,
  defaultWarningSettings,
  runWarningChecks,
  withRuleEnabled,
} from "../../../src/core/warnings";
import { report as en } from "../../../src/i18n/locales/en/report";
import { readLedger } from "../ledger/ledgerTestKit";
import { PLANTED_LEDGER_ROWS, PLANTED_MASTER_ROWS, plantedHistory } from "../warnings/_lib/plantedBook";
import { AS_OF, ok } from "../warnings/_lib/warningsTestKit";
import { SheetGrid, blockRect, overlaps, rectOf } from "./_lib/sheetGrid";

// English labels with a message function that shows the id it was asked (and its parameters), so the wiring
// is checked without depending on the translations.
const LABELS: WarningsReportLabels = {
  ...en.warnings,
  message: (id, params) => (Object.keys(params).length > 0 ? `${id} ${JSON.stringify(params)}` : id),
};
const USD = "#,##0.00;-#,##0.00";
const JPY = "#,##0;-#,##0";

const plantedReport = ok(
  runWarningChecks({
    ledger: readLedger(PLANTED_LEDGER_ROWS, { asOf: AS_OF }),
    master: readCustomerMaster(PLANTED_MASTER_ROWS),
    history: plantedHistory(),
  }),
);
const sources = {
  ledger: { sheet: "Ledger", firstColumn: 1 },
  master: { sheet: "Master", firstColumn: 1 },
  history: { sheet: "History", firstColumn: 1 },
};
const spec = warningsReportSpec(plantedReport, {
  sheetName: "Warnings 2026-10-31",
  labels: LABELS,
  ...sources,
  settings: defaultWarningSettings(),
});
const grid = new SheetGrid(spec);

/** A hand-made result: only what a test sets differs from a plain high veto-late warning. */
function result(fields: Partial<WarningResult>): WarningResult {
  return {
    rule: "veto-late",
    severity: "high",
    customer: "ACME",
    currency: "USD",
    value: 12,
    threshold: 10,
    unit: "days",
    amountAtRisk: 100,
    rows: [],
    masterRow: null,
    historyRows: [],
    action: "warnings:rules.veto-late.action",
    ...fields,
  };
}

describe("warningsSheetName", () => {
  it("names the sheet Warnings and the as-of date, a name Excel takes", () => {
    expect(warningsSheetName(AS_OF)).toBe("Warnings 2026-10-31");
    expect(sheetNameProblem(warningsSheetName(AS_OF))).toBeNull();
    expect(spec.name).toBe("Warnings 2026-10-31");
  });
});

describe("warningsReportSpec: the planted book", () => {
  it("states the as-of date and the three sources", () => {
    expect(grid.values("A1:A2")).toEqual([
      ["Warnings as of 2026-10-31"],
      ["Ledger: Ledger · Customer master: Master · Payment history: History"],
    ]);
  });

  it("counts warnings and distinct customers by severity", () => {
    const top = grid.find("Warnings by severity").row + 1;
    // High: over-limit Alpha, veto-late Bravo and Core Steel, core-overdue Core Steel → 4 warnings, 3 customers.
    // Medium: concentration Delta, deteriorating Foxtrot. Low: review-due Echo. Customers: 6 in all.
    expect(grid.values(`A${top}:C${top + 4}`)).toEqual([
      ["Severity", "Warnings", "Customers"],
      ["warnings:severity.high", 4, 3],
      ["warnings:severity.medium", 2, 2],
      ["warnings:severity.low", 1, 1],
      ["Total", 7, 6],
    ]);
  });

  it("lists every rule of DESIGN §3.9 with its count and whether it ran", () => {
    const top = grid.find("Warnings by rule").row + 2;
    const rows = grid.values(`A${top}:D${top + 11}`);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ["warnings:rules.over-limit.name", 1, "Checked"],
      ["warnings:rules.near-limit.name", 0, "Checked"],
      ["warnings:rules.veto-late.name", 2, "Checked"],
      ["warnings:rules.long-overdue.name", 0, "Checked"],
      ["warnings:rules.overdue-share.name", 0, "Checked"],
      ["warnings:rules.core-overdue.name", 1, "Checked"],
      ["warnings:rules.concentration.name", 1, "Checked"],
      ["warnings:rules.grade-d.name", 0, "Checked"],
      ["warnings:rules.no-limit.name", 0, "Checked"],
      ["warnings:rules.review-due.name", 1, "Checked"],
      ["warnings:rules.deteriorating.name", 1, "Checked"],
      ["warnings:rules.dso-over-terms.name", 0, "Checked"],
    ]);
    expect(rows[0]?.[0]).toBe("warnings:severity.high");
  });

  it("adds up the amount at risk per currency, each customer once at its largest", () => {
    const top = grid.find("Amount at risk by currency").row + 2;
    // Alpha 8,500 + Bravo 2,000 + Core Steel 2,000 (two warnings of 2,000: once) + Delta 30,000 + Foxtrot
    // 5,000 + Echo 5,000 = 52,500 over 6 customers.
    expect(grid.values(`A${top}:C${top + 1}`)).toEqual([
      ["Currency", "Amount at risk", "Customers"],
      ["USD", 52_500, 6],
    ]);
    expect(grid.formatAt(`B${top + 1}`)).toBe(USD);
  });

  it("writes one Excel table of the warnings in the report's order, with evidence and a link to it", () => {
    const { row: head } = grid.find("Recommended action");
    expect(spec.tables).toEqual([
      {
        name: "CreditKit_Warnings_2026_10_31",
        range: `A${head}:J${head + 7}`,
        style: "TableStyleLight9",
        bandedRows: false,
      },
    ]);
    expect(grid.values(`A${head}:J${head}`)[0]).toEqual([
      "Severity",
      "Customer",
      "Currency",
      "Rule",
      "Value",
      "Threshold",
      "Amount at risk",
      "Recommended action",
      "Evidence rows",
      "Go to",
    ]);
    const link = (cell: string) => ({
      formula: `=HYPERLINK("#'${cell.split("!")[0]}'!${cell.split("!")[1]}","${cell}")`,
    });
    // Values as the engine measured them: 8,500 open against an 8,000 limit; 12 and 35 days past due; Delta
    // holds 30,000 of 128,500; Foxtrot pays 15 days late against 2 + 10; Echo's review is 488 days old.
    expect(grid.values(`B${head + 1}:J${head + 7}`)).toEqual([
      [
        "Alpha Trading",
        "USD",
        "warnings:rules.over-limit.name",
        8_500,
        8_000,
        8_500,
        "warnings:rules.over-limit.action",
        "Ledger!A2; Master!A2",
        link("Ledger!A2"),
      ],
      [
        "Bravo Foods",
        "USD",
        "warnings:rules.veto-late.name",
        12,
        10,
        2_000,
        "warnings:rules.veto-late.action",
        "Ledger!A4",
        link("Ledger!A4"),
      ],
      [
        "Core Steel",
        "USD",
        "warnings:rules.veto-late.name",
        35,
        10,
        2_000,
        "warnings:rules.veto-late.action",
        "Ledger!A6",
        link("Ledger!A6"),
      ],
      [
        "Core Steel",
        "USD",
        "warnings:rules.core-overdue.name",
        35,
        30,
        2_000,
        "warnings:rules.core-overdue.action",
        "Ledger!A6",
        link("Ledger!A6"),
      ],
      [
        "Delta Holdings",
        "USD",
        "warnings:rules.concentration.name",
        30_000 / 128_500,
        0.1,
        30_000,
        "warnings:rules.concentration.action",
        "Ledger!A7, A8",
        link("Ledger!A7"),
      ],
      [
        "Foxtrot Ltd",
        "USD",
        "warnings:rules.deteriorating.name",
        15,
        12,
        5_000,
        "warnings:rules.deteriorating.action",
        "History!A63, A64, A65",
        link("History!A63"),
      ],
      [
        "Echo Retail",
        "USD",
        "warnings:rules.review-due.name",
        488,
        365,
        5_000,
        "warnings:rules.review-due.action",
        "Master!A6",
        link("Master!A6"),
      ],
    ]);
  });

  it("formats each value by what it measures: money, a share, days", () => {
    const { row: head } = grid.find("Recommended action");
    expect([grid.formatAt(`E${head + 1}`), grid.formatAt(`F${head + 1}`)]).toEqual([USD, USD]);
    expect([grid.formatAt(`E${head + 2}`), grid.formatAt(`F${head + 2}`)]).toEqual(["0", "0"]);
    expect([grid.formatAt(`E${head + 5}`), grid.formatAt(`F${head + 5}`)]).toEqual(["0.0%", "0.0%"]);
    for (let r = head + 1; r <= head + 7; r++) expect(grid.formatAt(`G${r}`)).toBe(USD);
  });

  it("colours the severity cells: four high, two medium, one low", () => {
    const { row: head } = grid.find("Recommended action");
    const fills = (spec.styles ?? []).filter(
      (s) =>
        s.range.startsWith(`A${head + 1}`) ||
        s.range.startsWith(`A${head + 5}`) ||
        s.range === `A${head + 7}`,
    );
    expect(fills.map((s) => [s.range, s.fill])).toEqual([
      [`A${head + 1}:A${head + 4}`, "#FDE7E9"],
      [`A${head + 5}:A${head + 6}`, "#FFF4CE"],
      [`A${head + 7}`, "#EFF6FC"],
    ]);
  });

  it("says that no rule was left out and no row unread", () => {
    const notRun = grid.find("Rules not run (0)").row;
    expect(grid.values(`A${notRun + 1}:B${notRun + 2}`)).toEqual([
      ["Rule", "Reason"],
      ["None", null],
    ]);
    expect(grid.find("Rows not read (0)").row).toBeGreaterThan(notRun);
  });

  it("writes no two blocks over each other, and no table over another block", () => {
    const rects = spec.blocks.map(blockRect);
    for (const table of spec.tables ?? []) {
      const t = rectOf(table.range);
      const inside = rects.filter((r) => overlaps(r, t));
      expect(inside).toHaveLength(1);
    }
  });
});

describe("warningsReportSpec: rules off or not run, currencies, bad rows", () => {
  const report: WarningReport = {
    asOf: AS_OF,
    results: [
      result({ customer: "Tokyo KK", currency: "JPY", amountAtRisk: 150_000, rows: [5] }),
      result({
        rule: "long-overdue",
        customer: "Tokyo KK",
        currency: "JPY",
        value: 120,
        threshold: 90,
        amountAtRisk: 150_000,
        rows: [5],
      }),
      result({
        customer: "Berlin GmbH",
        currency: "EUR",
        amountAtRisk: 99.99,
        rows: Array.from({ length: 23 }, (_, i) => i + 10),
      }),
      result({
        rule: "no-limit",
        severity: "low",
        customer: "Paris SA",
        currency: "",
        value: 1200.5,
        threshold: null,
        unit: "amount",
        amountAtRisk: 1200.5,
        masterRow: 9,
      }),
    ],
    notRun: [{ rule: "deteriorating", reason: "warnings:notRun.noHistory" }],
    notAssessed: [
      { rule: "dso-over-terms", reason: "warnings:notAssessed.noTerms", count: 3, example: "ACME" },
    ],
  };
  const settings = withRuleEnabled(defaultWarningSettings(), "concentration", false);
  const other = warningsReportSpec(report, {
    sheetName: "Warnings 2026-10-31",
    labels: LABELS,
    ledger: { sheet: "AR ledger", firstColumn: 3 },
    master: { sheet: "Master", firstColumn: 1 },
    history: null,
    settings,
    links: false,
    rejected: [
      {
        sheet: "AR ledger",
        rejection: { row: 7, column: "Due", value: "2026-02-30", reason: "ledgerDateImpossible" },
      },
    ],
  });
  const g = new SheetGrid(other);

  it("names a missing source as none", () => {
    expect(g.at("A2")).toBe("Ledger: AR ledger · Customer master: Master · Payment history: None");
  });

  it("tells a rule switched off from one that could not run", () => {
    const top = g.find("Warnings by rule").row + 2;
    const status = (name: string) => g.values(`A${top}:D${top + 11}`).find((r) => r[1] === name)?.[3];
    expect(status("warnings:rules.concentration.name")).toBe("Switched off");
    expect(status("warnings:rules.deteriorating.name")).toBe("Not run");
    expect(status("warnings:rules.veto-late.name")).toBe("Checked");
  });

  it("never adds currencies together, and keeps each one's minor unit", () => {
    const top = g.find("Amount at risk by currency").row + 3;
    // Sorted by code, no currency first: Paris 1,200.50; EUR Berlin 99.99; JPY Tokyo 150,000 once (two warnings).
    expect(g.values(`A${top}:C${top + 2}`)).toEqual([
      ["(none)", 1_200.5, 1],
      ["EUR", 99.99, 1],
      ["JPY", 150_000, 1],
    ]);
    expect([g.formatAt(`B${top}`), g.formatAt(`B${top + 1}`), g.formatAt(`B${top + 2}`)]).toEqual([
      USD,
      USD,
      JPY,
    ]);
  });

  it("lists 20 evidence rows and counts the rest, in the source's first column, quoting a sheet name with a space", () => {
    const row = g.find("Berlin GmbH").row;
    // Rows 10–29 listed, 30–32 counted: 23 − 20 = 3 more.
    const cells = Array.from({ length: 20 }, (_, i) => `C${i + 10}`).join(", ");
    expect(g.at(`I${row}`)).toBe(`'AR ledger'!${cells} and 3 more`);
    expect(g.at(`I${g.find("Paris SA").row}`)).toBe("Master!A9");
  });

  it("leaves the link column out when the sources are in another workbook", () => {
    const { row } = g.find("Recommended action");
    expect(g.at(`J${row}`)).toBeUndefined();
    expect(other.tables?.[0]?.range).toBe(`A${row}:I${row + 4}`);
    expect(g.texts().some((t) => t.includes("HYPERLINK"))).toBe(false);
  });

  it("shows a measured amount without threshold as a blank threshold", () => {
    const row = g.find("Paris SA").row;
    expect(g.values(`E${row}:F${row}`)).toEqual([[1200.5, null]]);
    expect(g.formatAt(`E${row}`)).toBe(USD);
  });

  it("lists the rules not run, the customers not judged and the rows not read, with their reasons", () => {
    const notRun = g.find("Rules not run (1)").row;
    expect(g.values(`A${notRun + 2}:B${notRun + 2}`)).toEqual([
      ["warnings:rules.deteriorating.name", "warnings:notRun.noHistory"],
    ]);
    const judged = g.find("Customers a rule could not judge").row;
    expect(g.values(`A${judged + 2}:C${judged + 2}`)).toEqual([
      ["warnings:rules.dso-over-terms.name", 3, 'warnings:notAssessed.noTerms {"count":3,"example":"ACME"}'],
    ]);
    const rejected = g.find("Rows not read (1)").row;
    expect(g.values(`A${rejected + 2}:E${rejected + 2}`)).toEqual([
      [
        "AR ledger",
        7,
        "Due",
        "2026-02-30",
        'ledgerDateImpossible {"row":7,"column":"Due","value":"2026-02-30"}',
      ],
    ]);
  });
});

describe("warningsReportSpec: nothing found", () => {
  const empty: SheetSpec = warningsReportSpec(
    { asOf: AS_OF, results: [], notRun: [], notAssessed: [] },
    {
      sheetName: "Warnings 2026-10-31",
      labels: LABELS,
      ledger: { sheet: "Ledger", firstColumn: 1 },
      history: "ledger",
    },
  );
  const g = new SheetGrid(empty);

  it("says so instead of writing an empty table", () => {
    expect(empty.tables).toEqual([]);
    expect(g.find("Warnings (0)").row + 1).toBe(g.find(en.warnings.noWarnings).row);
    expect(g.at("A2")).toBe(
      "Ledger: Ledger · Customer master: None · Payment history: the ledger's paid dates",
    );
  });
});

describe("evidence helpers", () => {
  it("quotes sheet names a reference cannot write bare", () => {
    expect(sheetReference("Ledger_2026")).toBe("Ledger_2026");
    expect(sheetReference("2026")).toBe("'2026'");
    expect(sheetReference("Bob's AR")).toBe("'Bob''s AR'");
    expect(sheetReference("应收明细")).toBe("'应收明细'");
  });

  it("takes the ledger's place for a history that is the ledger itself", () => {
    const text = evidenceText(
      result({ rows: [4], historyRows: [63] }),
      { ledger: { sheet: "Invoices", firstColumn: 2 }, history: "ledger" },
      LABELS,
    );
    expect(text).toBe("Invoices!B4; Invoices!B63");
  });
});
