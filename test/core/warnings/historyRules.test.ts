import { type PaymentRecord } from "../../../src/core/warnings";
import { AS_OF, ledgerOf, masterOf, paymentOf, runRule, serial } from "./_lib/warningsTestKit";

describe("deteriorating: average days late of the last 90 days ≥ the previous 90 days + 10", () => {
  // paymentOf(customer, amount, due days ago, paid days ago, row): days late = due days ago − paid days ago.
  const history: PaymentRecord[] = [
    // At: previous 2 and 4 (average 3), last 12 and 14 (average 13 = 3 + 10).
    paymentOf("At", 100, 102, 100, 2),
    paymentOf("At", 100, 124, 120, 3),
    paymentOf("At", 100, 42, 30, 4),
    paymentOf("At", 100, 74, 60, 5),
    // Below: last 12 and 13 (12.5 < 13).
    paymentOf("Below", 100, 102, 100, 6),
    paymentOf("Below", 100, 124, 120, 7),
    paymentOf("Below", 100, 42, 30, 8),
    paymentOf("Below", 100, 73, 60, 9),
    // Above: last 13 and 14 (13.5).
    paymentOf("Above", 100, 102, 100, 10),
    paymentOf("Above", 100, 124, 120, 11),
    paymentOf("Above", 100, 43, 30, 12),
    paymentOf("Above", 100, 74, 60, 13),
    // Was early: paid 20 days early and on time before (counts 0 and 0), 5 and 5 days late now: 5 < 0 + 10.
    // Counting early payment as −20 would make the previous average −10 and fire the rule.
    paymentOf("Was early", 100, 80, 100, 14),
    paymentOf("Was early", 100, 150, 150, 15),
    paymentOf("Was early", 100, 35, 30, 16),
    paymentOf("Was early", 100, 65, 60, 17),
    // Only recent payments: no trend to see.
    paymentOf("One window", 100, 60, 10, 18),
    // Windows end on the as-of date: paid 90 days ago is the previous window, 89 days ago the last one.
    paymentOf("Boundary", 100, 90, 90, 19),
    paymentOf("Boundary", 100, 99, 89, 20),
    // Paid after the as-of date (not yet paid then) and unpaid invoices do not count.
    paymentOf("Boundary", 100, 10, -5, 21),
    paymentOf("Boundary", 100, 50, null, 22),
  ];
  const ledger = ledgerOf([
    { customer: "At", daysPastDue: 0, amount: 500 },
    { customer: "Above", daysPastDue: 0, amount: 70, currency: "EUR" },
    { customer: "Above", daysPastDue: 0, amount: 30 },
  ]);

  it("fires at and just above the threshold, quiet just below; early payment counts as on time", () => {
    const report = runRule("deteriorating", { ledger, history });
    expect(
      report.results.map((r) => [
        r.customer,
        r.currency,
        r.severity,
        r.value,
        r.threshold,
        r.amountAtRisk,
        r.historyRows,
      ]),
    ).toEqual([
      ["At", "USD", "medium", 13, 13, 500, [4, 5]],
      ["Above", "EUR", "medium", 13.5, 13, 70, [12, 13]],
      ["Above", "USD", "medium", 13.5, 13, 30, [12, 13]],
      // Boundary has no open items: one result without a currency, nothing at risk; 10 ≥ 0 + 10.
      ["Boundary", "", "medium", 10, 10, 0, [20]],
    ]);
  });

  it("counts customers who paid in only one of the two windows as not assessed", () => {
    const report = runRule("deteriorating", { ledger, history });
    expect(report.notAssessed).toEqual([
      { rule: "deteriorating", reason: "warnings:notAssessed.fewPayments", count: 1, example: "One window" },
    ]);
  });

  it("uses edited thresholds: a 101-day window takes the payment of 100 days ago into the last window", () => {
    const report = runRule("deteriorating", { ledger, history }, { days: 0.5, windowDays: 101 });
    // At: last window now 2, 12, 14 days late (paid 100, 30, 60 days ago) = 28 / 3; previous: 4 (paid 120 days ago).
    const at = report.results.find((r) => r.customer === "At");
    expect([at?.value, at?.threshold]).toEqual([28 / 3, 4 + 0.5]);
  });

  it("is not run without a payment history", () => {
    const report = runRule("deteriorating", { ledger });
    expect(report.notRun).toEqual([{ rule: "deteriorating", reason: "warnings:notRun.noHistory" }]);
    expect(report.results).toEqual([]);
  });
});

describe("dso-over-terms: customer DSO > terms + 15 days", () => {
  // Terms 30: the threshold is 45 days. Sales of 36,500 in the last 365 days make DSO = balance / 100.
  const sale = (customer: string, invoiceDaysAgo: number, row: number, extra: Partial<PaymentRecord> = {}) =>
    paymentOf(customer, 36_500, invoiceDaysAgo - 30, null, row, {
      invoiceDate: AS_OF - invoiceDaysAgo,
      ...extra,
    });
  const history: PaymentRecord[] = [
    sale("At", 100, 2),
    sale("Above", 100, 3),
    sale("Below", 100, 4),
    // Window: the invoice 365 days old is outside the period, the one 364 days old inside.
    sale("Window", 364, 5),
    sale("Window", 365, 6),
    sale("No terms", 10, 7),
    sale("Other currency", 10, 8, { currency: "EUR" }),
    sale("No currency", 10, 9, { currency: "" }),
  ];
  const customers = [
    "At",
    "Above",
    "Below",
    "Window",
    "No terms",
    "No sales",
    "Other currency",
    "No currency",
  ];
  const balances: Record<string, number> = { At: 4_500, Above: 4_500.01, Below: 4_499.99 };
  const ledger = ledgerOf(
    customers.map((customer) => ({ customer, daysPastDue: 0, amount: balances[customer] ?? 5_000 })),
  );
  const master = masterOf(
    ["Customer", "Terms"],
    ...customers.map((customer) => [customer, customer === "No terms" ? null : 30]),
  );

  it("fires just above terms + 15, quiet at it and just below; sales are those of the last 365 days", () => {
    const report = runRule("dso-over-terms", { ledger, master, history });
    expect(report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.amountAtRisk])).toEqual(
      [
        ["No currency", "medium", 50, 45, 5_000],
        ["Window", "medium", 50, 45, 5_000],
        ["Above", "medium", (4_500.01 / 36_500) * 365, 45, 4_500.01],
      ],
    );
  });

  it("counts customers without terms, or without sales in the period (in their currency), as not assessed", () => {
    const report = runRule("dso-over-terms", { ledger, master, history });
    expect(report.notAssessed).toEqual([
      {
        rule: "dso-over-terms",
        reason: "warnings:notAssessed.noSalesInPeriod",
        count: 2,
        example: "No sales",
      },
      { rule: "dso-over-terms", reason: "warnings:notAssessed.noTerms", count: 1, example: "No terms" },
    ]);
  });

  it("uses an edited margin: over terms + 19.99 days, a DSO of 50 fires and one of 45 does not", () => {
    const report = runRule("dso-over-terms", { ledger, master, history }, { days: 19.99 });
    expect(report.results.map((r) => [r.customer, r.value, r.threshold])).toEqual([
      ["No currency", 50, 30 + 19.99],
      ["Window", 50, 30 + 19.99],
    ]);
  });

  it("uses an edited period: over 364 days the invoice 364 days old falls out, and DSO counts 364 days", () => {
    const report = runRule("dso-over-terms", { ledger, master, history }, { periodDays: 364 });
    // No currency: 5,000 / 36,500 × 364 = 49.86 > 45; Above: 4,500.01 / 36,500 × 364 = 44.88, not over 45.
    expect(report.results.map((r) => [r.customer, r.value])).toEqual([
      ["No currency", (5_000 / 36_500) * 364],
    ]);
    expect(report.notAssessed[0]).toEqual({
      rule: "dso-over-terms",
      reason: "warnings:notAssessed.noSalesInPeriod",
      count: 3,
      example: "No sales",
    });
  });

  it("is not run without terms in the master or without a history", () => {
    expect(
      runRule("dso-over-terms", { ledger, history, master: masterOf(["Customer", "Grade"], ["At", "A"]) })
        .notRun,
    ).toEqual([{ rule: "dso-over-terms", reason: "warnings:notRun.noTermsColumn" }]);
    expect(runRule("dso-over-terms", { ledger, master }).notRun).toEqual([
      { rule: "dso-over-terms", reason: "warnings:notRun.noHistory" },
    ]);
    expect(runRule("dso-over-terms", { ledger, history }).notRun).toEqual([
      { rule: "dso-over-terms", reason: "warnings:notRun.noMaster" },
    ]);
  });
});

describe("core-overdue: core customer with items > 30 days past due", () => {
  // Sales of the last 3 years: Core 600, Second 300, Third 100 of 1,000. Ranked, Core has 0 % ahead of it and
  // Second 60 %: both core; Third has 90 % ahead: not core.
  const sales = (customer: string, amount: number, invoice: number, row: number) =>
    paymentOf(customer, amount, 0, null, row, { invoiceDate: invoice, due: invoice + 30 });
  const history: PaymentRecord[] = [
    sales("Core", 600, AS_OF - 400, 2),
    sales("Second", 300, AS_OF - 10, 3),
    sales("Third", 100, AS_OF - 20, 4),
    // Older than 3 years (before 2023-10-31 excluded, the day itself too): not sales of the period.
    sales("Third", 10_000, serial("2023-10-31"), 5),
  ];
  const ledger = ledgerOf([
    { customer: "Core", daysPastDue: 30, amount: 1_000 },
    { customer: "Second", daysPastDue: 31, amount: 200 },
    { customer: "Second", daysPastDue: 29, amount: 50 },
    { customer: "Third", daysPastDue: 200, amount: 900 },
    { customer: "Stranger", daysPastDue: 300, amount: 800 },
  ]);

  it("fires for a core customer just above 30 days, quiet at 30; never for customers that are not core", () => {
    const report = runRule("core-overdue", { ledger, history });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.amountAtRisk, r.rows]),
    ).toEqual([["Second", "high", 31, 30, 200, [3]]]);
  });

  it("makes the customer that crosses 70 % core, not the one after a customer landing exactly on it", () => {
    const exact = [sales("Core", 700, AS_OF - 400, 2), sales("Second", 300, AS_OF - 10, 3)];
    const exactLedger = ledgerOf([
      { customer: "Core", daysPastDue: 31, amount: 1 },
      { customer: "Second", daysPastDue: 31, amount: 1 },
    ]);
    expect(
      runRule("core-overdue", { ledger: exactLedger, history: exact }).results.map((r) => r.customer),
    ).toEqual(["Core"]);
  });

  it("counts sales from the day after the cut-off: an invoice of 2023-11-01 is in the last 3 years", () => {
    const withIn = [...history, sales("Third", 10_000, serial("2023-11-01"), 6)];
    const report = runRule("core-overdue", { ledger, history: withIn });
    // Third now leads with 10,100 of 11,000: it alone is core (Core has 91.8 % ahead of it).
    expect(report.results.map((r) => [r.customer, r.value])).toEqual([["Third", 200]]);
  });

  it("is not run without a history, or without sales in the period", () => {
    expect(runRule("core-overdue", { ledger }).notRun).toEqual([
      { rule: "core-overdue", reason: "warnings:notRun.noHistory" },
    ]);
    const old = [sales("Core", 600, AS_OF - 2_000, 2)];
    const report = runRule("core-overdue", { ledger, history: old });
    expect(report.notRun).toEqual([{ rule: "core-overdue", reason: "warnings:notRun.noSales" }]);
    expect(report.results).toEqual([]);
  });
});
