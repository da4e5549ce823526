import { readCustomerMaster } from "../../../src/core/ledger";
import { runWarningChecks } from "../../../src/core/warnings";
import { readLedger } from "../ledger/ledgerTestKit";
import { ECHO_REVIEW, PLANTED_LEDGER_ROWS, PLANTED_MASTER_ROWS, plantedHistory } from "./_lib/plantedBook";
import { AS_OF, ok } from "./_lib/warningsTestKit";

describe("a credit book with planted problems", () => {
  const report = ok(
    runWarningChecks({
      ledger: readLedger(PLANTED_LEDGER_ROWS, { asOf: AS_OF }),
      master: readCustomerMaster(PLANTED_MASTER_ROWS),
      history: plantedHistory(),
    }),
  );

  it("yields exactly the planted warnings, in order: severity, amount at risk, customer, rule", () => {
    expect(
      report.results.map((r) => [r.severity, r.rule, r.customer, r.value, r.threshold, r.amountAtRisk]),
    ).toEqual([
      // Over limit: 8,500 open against an 8,000 limit.
      ["high", "over-limit", "Alpha Trading", 8_500, 8_000, 8_500],
      // Veto lateness: an item 12 days past due.
      ["high", "veto-late", "Bravo Foods", 12, 10, 2_000],
      // The core customer's item 35 days past due is also ≥ 10 days: both rules fire, veto-late first.
      ["high", "veto-late", "Core Steel", 35, 10, 2_000],
      ["high", "core-overdue", "Core Steel", 35, 30, 2_000],
      // Concentration: 30,000 of 128,500 of receivables.
      ["medium", "concentration", "Delta Holdings", 30_000 / 128_500, 0.1, 30_000],
      // Deteriorating: 15 days late over the last 90 days against 2 before (2 + 10 = 12).
      ["medium", "deteriorating", "Foxtrot Ltd", 15, 12, 5_000],
      // Stale review: 2025-06-30 is 488 days before 2026-10-31; 12 months back is 365 days.
      ["low", "review-due", "Echo Retail", 488, 365, 5_000],
    ]);
    expect(AS_OF - ECHO_REVIEW).toBe(488);
  });

  it("shows the evidence rows of each warning", () => {
    expect(report.results.map((r) => [r.rule, r.customer, r.rows, r.masterRow, r.historyRows])).toEqual([
      ["over-limit", "Alpha Trading", [2], 2, []],
      ["veto-late", "Bravo Foods", [4], null, []],
      ["veto-late", "Core Steel", [6], null, []],
      ["core-overdue", "Core Steel", [6], null, []],
      ["concentration", "Delta Holdings", [7, 8], null, []],
      // Foxtrot Ltd is the 6th customer of the history (i = 5): invoices k = 1–3 are rows 2 + 60 + k.
      ["deteriorating", "Foxtrot Ltd", [], null, [63, 64, 65]],
      ["review-due", "Echo Retail", [], 6, []],
    ]);
  });

  it("runs every rule: none is missing an input, and every customer could be judged", () => {
    expect(report.notRun).toEqual([]);
    expect(report.notAssessed).toEqual([]);
    expect(report.asOf).toBe(AS_OF);
  });

  it("tells what it could not check when the master and the history are left out", () => {
    const ledgerOnly = ok(runWarningChecks({ ledger: readLedger(PLANTED_LEDGER_ROWS, { asOf: AS_OF }) }));
    expect(ledgerOnly.notRun).toEqual([
      { rule: "over-limit", reason: "warnings:notRun.noMaster" },
      { rule: "near-limit", reason: "warnings:notRun.noMaster" },
      { rule: "core-overdue", reason: "warnings:notRun.noHistory" },
      { rule: "grade-d", reason: "warnings:notRun.noMaster" },
      { rule: "no-limit", reason: "warnings:notRun.noMaster" },
      { rule: "review-due", reason: "warnings:notRun.noMaster" },
      { rule: "deteriorating", reason: "warnings:notRun.noHistory" },
      { rule: "dso-over-terms", reason: "warnings:notRun.noMaster" },
    ]);
    expect(ledgerOnly.results.map((r) => [r.rule, r.customer])).toEqual([
      ["veto-late", "Bravo Foods"],
      ["veto-late", "Core Steel"],
      ["concentration", "Delta Holdings"],
    ]);
  });
});
