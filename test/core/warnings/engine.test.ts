import { isCreditError } from "../../../src/core/errors";
import {
  type PaymentRecord,
  type WarningResult,
  compareWarnings,
  defaultWarningSettings,
  runWarningChecks,
  withRuleEnabled,
} from "../../../src/core/warnings";
import { AS_OF, ledgerOf, masterOf, ok, paymentOf, runRule } from "./_lib/warningsTestKit";

describe("runWarningChecks", () => {
  it("gives a customer with balances in two currencies one result per currency, never adding them", () => {
    const ledger = ledgerOf([
      { customer: "ACME", daysPastDue: 15, amount: 100, currency: "USD" },
      { customer: "ACME", daysPastDue: 20, amount: 700, currency: "CNY" },
      { customer: "ACME", daysPastDue: 0, amount: 50, currency: "CNY" },
    ]);
    const report = runRule("veto-late", { ledger });
    expect(report.results.map((r) => [r.customer, r.currency, r.value, r.amountAtRisk, r.rows])).toEqual([
      ["ACME", "CNY", 20, 700, [3]],
      ["ACME", "USD", 15, 100, [2]],
    ]);
  });

  it("matches the master and the history with the ledger ignoring case, width and spacing", () => {
    const ledger = ledgerOf([{ customer: "ACME  Ltd", daysPastDue: 0, amount: 900 }]);
    const master = masterOf(["Customer", "Credit limit"], ["acme ltd", 800]);
    expect(runRule("over-limit", { ledger, master }).results.map((r) => [r.customer, r.masterRow])).toEqual([
      ["ACME  Ltd", 2],
    ]);
    const history: PaymentRecord[] = [
      paymentOf("ＡＣＭＥ Ltd", 1, 100, 100, 2),
      paymentOf("acme ltd", 1, 60, 30, 3),
    ];
    const report = runRule("deteriorating", { ledger, history });
    expect(report.results.map((r) => [r.customer, r.amountAtRisk, r.historyRows])).toEqual([
      ["ACME  Ltd", 900, [3]],
    ]);
  });

  it("names a history customer missing from the ledger by its first spelling in code-unit order", () => {
    const history: PaymentRecord[] = [
      paymentOf("beta co", 1, 100, 100, 2),
      paymentOf("Beta Co", 1, 60, 30, 3),
    ];
    const report = runRule("deteriorating", { ledger: ledgerOf([]), history });
    expect(report.results.map((r) => [r.customer, r.currency, r.amountAtRisk])).toEqual([["Beta Co", "", 0]]);
  });

  it("lists neither results nor 'not run' for a rule switched off", () => {
    const settings = withRuleEnabled(defaultWarningSettings(), "over-limit", false);
    const report = ok(
      runWarningChecks({ ledger: ledgerOf([{ customer: "A", daysPastDue: 0, amount: 1 }]) }, settings),
    );
    expect(report.notRun.map((n) => n.rule)).not.toContain("over-limit");
    expect(report.notRun.map((n) => n.rule)).toContain("near-limit");
  });

  it.each<[string, Partial<PaymentRecord>, string]>([
    ["a blank customer", { customer: " " }, "customer"],
    ["an amount that is not a number", { amount: Number.NaN }, "amount"],
    ["a due date that is no date", { due: 0 }, "dueDate"],
    ["a paid date that is no date", { paid: -3 }, "settledDate"],
    ["an invoice date that is no date", { invoiceDate: 3_000_000 }, "invoiceDate"],
    ["a currency that is no text", { currency: 5 as unknown as string }, "currency"],
  ])("refuses a history record with %s, naming its row and field", (_, change, field) => {
    const history = [paymentOf("A", 10, 5, 0, 2), { ...paymentOf("A", 10, 5, 0, 7), ...change }];
    const result = runWarningChecks({ ledger: ledgerOf([]), history });
    expect(result).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningHistoryInvalid",
      params: { row: 7, field },
    });
  });

  it("refuses a history record without a usable row number, naming its position", () => {
    const history = [paymentOf("A", 10, 5, 0, 2), paymentOf("A", 10, 5, 0, 0)];
    expect(runWarningChecks({ ledger: ledgerOf([]), history })).toMatchObject({
      id: "warningHistoryInvalid",
      params: { row: 2, field: "row" },
    });
  });

  it("accepts an invoice date of 0 as none: the due date then dates the sale", () => {
    const history = [paymentOf("A", 10, 5, 0, 2, { invoiceDate: 0 })];
    expect(isCreditError(runWarningChecks({ ledger: ledgerOf([]), history }))).toBe(false);
  });

  it("refuses amounts that add up beyond exact counting, as the aging engine does", () => {
    const ledger = ledgerOf([
      { customer: "A", daysPastDue: 0, amount: 50_000_000_000_000 },
      { customer: "B", daysPastDue: 0, amount: 50_000_000_000_000 },
    ]);
    expect(runWarningChecks({ ledger })).toMatchObject({ id: "moneySumTooLarge", params: { decimals: 2 } });
  });

  it("reads the as-of date from the ledger", () => {
    expect(ok(runWarningChecks({ ledger: ledgerOf([]) })).asOf).toBe(AS_OF);
  });
});

describe("compareWarnings", () => {
  const base: WarningResult = {
    rule: "veto-late",
    severity: "high",
    customer: "B",
    currency: "USD",
    value: 12,
    threshold: 10,
    unit: "days",
    amountAtRisk: 100,
    rows: [],
    masterRow: null,
    historyRows: [],
    action: "",
  };

  it("orders by severity, amount at risk (largest first), customer, currency, then rule", () => {
    const list: WarningResult[] = [
      { ...base, rule: "core-overdue" },
      { ...base, currency: "CNY" },
      { ...base, customer: "A" },
      { ...base, amountAtRisk: 100.01 },
      { ...base, severity: "low", amountAtRisk: 1e9 },
      { ...base, severity: "medium" },
      base,
    ];
    const sorted = [...list].sort(compareWarnings);
    expect(sorted.map((w) => [w.severity, w.amountAtRisk, w.customer, w.currency, w.rule])).toEqual([
      ["high", 100.01, "B", "USD", "veto-late"],
      ["high", 100, "A", "USD", "veto-late"],
      ["high", 100, "B", "CNY", "veto-late"],
      ["high", 100, "B", "USD", "veto-late"],
      ["high", 100, "B", "USD", "core-overdue"],
      ["medium", 100, "B", "USD", "veto-late"],
      ["low", 1e9, "B", "USD", "veto-late"],
    ]);
  });

  it("compares customers by code units, not by locale (upper case before lower case)", () => {
    expect(compareWarnings({ ...base, customer: "beta" }, { ...base, customer: "Zeta" })).toBeGreaterThan(0);
  });
});
