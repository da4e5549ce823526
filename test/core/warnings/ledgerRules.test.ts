import { type RawCell } from "../../../src/core/ledger";
import { readLedger } from "../ledger/ledgerTestKit";
import { AS_OF, ledgerOf, ledgerRows, runRule } from "./_lib/warningsTestKit";

describe("veto-late: any item ≥ 10 days past due", () => {
  const ledger = ledgerOf([
    { customer: "Nine", daysPastDue: 9, amount: 100 },
    { customer: "Ten", daysPastDue: 10, amount: 200 },
    { customer: "Eleven", daysPastDue: 3, amount: 50 },
    { customer: "Eleven", daysPastDue: 11, amount: 300 },
    { customer: "Eleven", daysPastDue: 40, amount: 25 },
    { customer: "Credit note", daysPastDue: 50, amount: -80 },
    { customer: "Credit note", daysPastDue: 2, amount: 500 },
  ]);

  it("fires at 10 days and above, not at 9; credit notes are never late", () => {
    const report = runRule("veto-late", { ledger });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.amountAtRisk, r.rows]),
    ).toEqual([
      // Eleven: the items of 11 and 40 days (rows 5, 6), 300 + 25 at risk, oldest 40 days
      ["Eleven", "high", 40, 10, 325, [5, 6]],
      ["Ten", "high", 10, 10, 200, [3]],
    ]);
    expect(report.results[0]?.action).toBe("warnings:rules.veto-late.action");
  });

  it("uses an edited threshold", () => {
    const report = runRule("veto-late", { ledger }, { days: 9 });
    expect(report.results.map((r) => r.customer)).toEqual(["Eleven", "Ten", "Nine"]);
  });
});

describe("long-overdue: any item > 90 days past due", () => {
  const ledger = ledgerOf([
    { customer: "Ninety", daysPastDue: 90, amount: 1_000 },
    { customer: "Ninety-one", daysPastDue: 91, amount: 10 },
    { customer: "Ninety-one", daysPastDue: 89, amount: 20 },
    { customer: "Eighty-nine", daysPastDue: 89, amount: 5_000 },
  ]);

  it("fires just above 90 days and stays quiet at 90 and just below", () => {
    const report = runRule("long-overdue", { ledger });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.amountAtRisk, r.rows]),
    ).toEqual([["Ninety-one", "high", 91, 90, 10, [3]]]);
  });

  it("uses an edited threshold: over 89 days takes in the 90-day item, not the 89-day ones", () => {
    const report = runRule("long-overdue", { ledger }, { days: 89 });
    expect(report.results.map((r) => [r.customer, r.value, r.amountAtRisk])).toEqual([
      ["Ninety", 90, 1_000],
      ["Ninety-one", 91, 10],
    ]);
  });
});

describe("overdue-share: overdue > 30 % of the customer's balance", () => {
  const ledger = ledgerOf([
    // Exactly 300 of 1,000: 30 %, not more.
    { customer: "At", daysPastDue: 0, amount: 700 },
    { customer: "At", daysPastDue: 1, amount: 300 },
    // 300.01 of 1,000: 30.001 %.
    { customer: "Above", daysPastDue: -5, amount: 699.99 },
    { customer: "Above", daysPastDue: 20, amount: 300.01 },
    // 299.99 of 1,000.
    { customer: "Below", daysPastDue: -5, amount: 700.01 },
    { customer: "Below", daysPastDue: 20, amount: 299.99 },
    // A credit note past due counts where it falls, as in the aging buckets: (500 − 100) / 1,000 = 40 %.
    { customer: "Net", daysPastDue: 45, amount: 500 },
    { customer: "Net", daysPastDue: 5, amount: -100 },
    { customer: "Net", daysPastDue: -1, amount: 600 },
  ]);

  it("fires just above 30 %, stays quiet at it and just below", () => {
    const report = runRule("overdue-share", { ledger });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.amountAtRisk, r.rows]),
    ).toEqual([
      ["Net", "medium", 400 / 1_000, 0.3, 400, [8, 9]],
      ["Above", "medium", 300.01 / 1_000, 0.3, 300.01, [5]],
    ]);
  });

  it("does not judge a customer whose balance is not positive", () => {
    const report = runRule("overdue-share", {
      ledger: ledgerOf([
        { customer: "In credit", daysPastDue: 30, amount: 100 },
        { customer: "In credit", daysPastDue: 0, amount: -150 },
      ]),
    });
    expect(report.results).toEqual([]);
  });
});

describe("concentration: customer > 10 % of total receivables", () => {
  // Total 1,000.00: Above 10.001 %, eight customers at exactly 10 %, Below 9.999 %.
  const items = [
    { customer: "Above", daysPastDue: 0, amount: 100.01 },
    ...["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"].map((customer) => ({
      customer,
      daysPastDue: 0,
      amount: 100,
    })),
    { customer: "Below", daysPastDue: 0, amount: 99.99 },
  ];

  it("fires just above 10 %, stays quiet at it and just below", () => {
    const report = runRule("concentration", { ledger: ledgerOf(items) });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.amountAtRisk, r.rows]),
    ).toEqual([["Above", "medium", 100.01 / 1_000, 0.1, 100.01, [2]]]);
  });

  it("shares within each currency, never across them", () => {
    const report = runRule("concentration", {
      ledger: ledgerOf([...items, { customer: "C1", daysPastDue: 0, amount: 5, currency: "EUR" }]),
    });
    // C1's 5 EUR is all of the EUR receivables; its USD 100 stays exactly 10 % of USD 1,000.
    expect(report.results.map((r) => [r.customer, r.currency, r.value])).toEqual([
      ["Above", "USD", 100.01 / 1_000],
      ["C1", "EUR", 1],
    ]);
  });

  it("counts as not assessed the customers of a currency whose total is not positive", () => {
    const report = runRule("concentration", {
      ledger: ledgerOf([
        { customer: "Owes", daysPastDue: 0, amount: 100, currency: "EUR" },
        { customer: "Owed", daysPastDue: 0, amount: -150, currency: "EUR" },
      ]),
    });
    expect(report.results).toEqual([]);
    expect(report.notAssessed).toEqual([
      { rule: "concentration", reason: "warnings:notAssessed.totalNotPositive", count: 1, example: "EUR" },
    ]);
  });
});

describe("the rules of the ledger alone", () => {
  it("are not run when the ledger was grouped by salesperson: their input, customer lines, is missing", () => {
    const rows: RawCell[][] = [
      ["Customer", "Salesperson", "Due date", "Amount"],
      ["A", "Lee", AS_OF - 200, 100],
    ];
    const ledger = readLedger(rows, { asOf: AS_OF, groupBy: "salesperson" });
    for (const rule of ["veto-late", "long-overdue", "overdue-share", "concentration"] as const) {
      const report = runRule(rule, { ledger });
      expect(report.notRun).toEqual([{ rule, reason: "warnings:notRun.notByCustomer" }]);
      expect(report.results).toEqual([]);
    }
  });

  it("read the rows the test kit lays out (header on row 1)", () => {
    expect(ledgerRows([{ customer: "A", daysPastDue: 3, amount: 1 }])[1]).toEqual([
      "A",
      AS_OF - 33,
      AS_OF - 3,
      1,
      "USD",
    ]);
  });
});
