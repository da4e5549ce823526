import { AS_OF, customersOf, ledgerOf, masterOf, runRule } from "./_lib/warningsTestKit";

const MASTER_HEADER = ["Customer", "Credit limit", "Grade"];

describe("over-limit: exposure > credit limit", () => {
  // Limit 10,000 for every customer; balances around it (all not yet due).
  const ledger = ledgerOf([
    { customer: "Above", daysPastDue: -10, amount: 10_000.01 },
    { customer: "At", daysPastDue: -10, amount: 6_000 },
    { customer: "At", daysPastDue: -20, amount: 4_000 },
    { customer: "Below", daysPastDue: -10, amount: 9_999.99 },
  ]);
  const master = masterOf(MASTER_HEADER, ["Above", 10_000, "A"], ["At", 10_000, "A"], ["Below", 10_000, "A"]);

  it("fires just above the limit, stays quiet at it and just below", () => {
    const report = runRule("over-limit", { ledger, master });
    expect(report.results).toEqual([
      {
        rule: "over-limit",
        severity: "high",
        customer: "Above",
        currency: "USD",
        value: 10_000.01,
        threshold: 10_000,
        unit: "amount",
        amountAtRisk: 10_000.01,
        rows: [2],
        masterRow: 2,
        historyRows: [],
        action: "warnings:rules.over-limit.action",
      },
    ]);
    expect(report.notRun).toEqual([]);
  });

  it("counts open orders in the exposure, but only the receivables as the amount at risk", () => {
    const withOrders = masterOf(
      ["Customer", "Credit limit", "Open orders"],
      ["At", 10_000, 0.01], // 10,000 open + 0.01 ordered = 10,000.01 > 10,000
      ["Below", 10_000, 0.01], // 9,999.99 + 0.01 = 10,000: not above
    );
    const report = runRule("over-limit", { ledger, master: withOrders });
    expect(report.results.map((r) => [r.customer, r.value, r.threshold, r.amountAtRisk, r.rows])).toEqual([
      ["At", 10_000.01, 10_000, 10_000, [3, 4]],
    ]);
    // "Above" is not in this master: no limit on record, so over-limit cannot judge it.
    expect(report.notAssessed).toEqual([
      { rule: "over-limit", reason: "warnings:notAssessed.noLimit", count: 1, example: "Above" },
    ]);
  });

  it("applies a tolerance: 10 % over a 10,000 limit is 11,000", () => {
    const ledger2 = ledgerOf([
      { customer: "At", daysPastDue: 0, amount: 11_000 },
      { customer: "Above", daysPastDue: 0, amount: 11_000.01 },
    ]);
    const master2 = masterOf(MASTER_HEADER, ["At", 10_000, "A"], ["Above", 10_000, "A"]);
    const report = runRule("over-limit", { ledger: ledger2, master: master2 }, { tolerance: 0.1 });
    expect(report.results.map((r) => [r.customer, r.value, r.threshold])).toEqual([
      ["Above", 11_000.01, 11_000],
    ]);
  });

  it("treats a limit of 0 as no credit: any balance is over it", () => {
    const report = runRule("over-limit", {
      ledger: ledgerOf([{ customer: "Cash only", daysPastDue: 0, amount: 0.01 }]),
      master: masterOf(MASTER_HEADER, ["Cash only", 0, "D"]),
    });
    expect(report.results.map((r) => [r.customer, r.value, r.threshold])).toEqual([["Cash only", 0.01, 0]]);
  });

  it("is not run without a master, without a limit column, or without a customer column", () => {
    expect(runRule("over-limit", { ledger }).notRun).toEqual([
      { rule: "over-limit", reason: "warnings:notRun.noMaster" },
    ]);
    const noLimit = masterOf(["Customer", "Grade"], ["Above", "A"]);
    expect(runRule("over-limit", { ledger, master: noLimit }).notRun).toEqual([
      { rule: "over-limit", reason: "warnings:notRun.noLimitColumn" },
    ]);
    const noCustomer = masterOf(["Credit limit", "Grade"], [100, "A"]);
    expect(runRule("over-limit", { ledger, master: noCustomer }).notRun).toEqual([
      { rule: "over-limit", reason: "warnings:notRun.masterNoCustomer" },
    ]);
    expect(runRule("over-limit", { ledger }).results).toEqual([]);
  });
});

describe("near-limit: utilisation ≥ 80 % (low) / 90 % (medium)", () => {
  // Limit 10,000: utilisation is the balance / 10,000.
  const balances: Array<[string, number]> = [
    ["u79.9999", 7_999.99],
    ["u80", 8_000],
    ["u80.0001", 8_000.01],
    ["u89.9999", 8_999.99],
    ["u90", 9_000],
    ["u100", 10_000],
    ["u100.0001", 10_000.01],
  ];
  const ledger = ledgerOf(balances.map(([customer, amount]) => ({ customer, daysPastDue: 0, amount })));
  const master = masterOf(MASTER_HEADER, ...balances.map(([customer]) => [customer, 10_000, "A"]));

  it("fires low from 80 % (at it included), medium from 90 % up to the limit, and not past the limit", () => {
    const report = runRule("near-limit", { ledger, master });
    const found = report.results.map((r) => [r.customer, r.severity, r.value, r.threshold]);
    expect(found).toEqual([
      // medium first, then low; within a severity, larger balances first
      ["u100", "medium", 1, 0.9],
      ["u90", "medium", 0.9, 0.9],
      ["u89.9999", "low", 8_999.99 / 10_000, 0.8],
      ["u80.0001", "low", 8_000.01 / 10_000, 0.8],
      ["u80", "low", 0.8, 0.8],
    ]);
  });

  it("leaves to over-limit only what over-limit reports: with a 5 % tolerance, 10,500 is still near", () => {
    const ledger2 = ledgerOf([
      { customer: "At tolerance", daysPastDue: 0, amount: 10_500 },
      { customer: "Past tolerance", daysPastDue: 0, amount: 10_500.01 },
    ]);
    const master2 = masterOf(MASTER_HEADER, ["At tolerance", 10_000, "A"], ["Past tolerance", 10_000, "A"]);
    const report = runRule("near-limit", { ledger: ledger2, master: master2 }, {}, [
      ["over-limit", "tolerance", 0.05],
    ]);
    expect(report.results.map((r) => [r.customer, r.severity, r.value])).toEqual([
      ["At tolerance", "medium", 1.05],
    ]);
  });

  it("uses edited bands", () => {
    const report = runRule("near-limit", { ledger, master }, { low: 0.5, medium: 0.95 });
    expect(report.results.map((r) => [r.customer, r.severity])).toEqual([
      ["u100", "medium"],
      ["u90", "low"],
      ["u89.9999", "low"],
      ["u80.0001", "low"],
      ["u80", "low"],
      ["u79.9999", "low"],
    ]);
  });

  it("is not run without a limit column", () => {
    expect(runRule("near-limit", { ledger }).notRun).toEqual([
      { rule: "near-limit", reason: "warnings:notRun.noMaster" },
    ]);
    const report = runRule("near-limit", { ledger, master: masterOf(["Customer", "Terms"], ["u80", 30]) });
    expect(report.notRun).toEqual([{ rule: "near-limit", reason: "warnings:notRun.noLimitColumn" }]);
    expect(report.results).toEqual([]);
  });
});

describe("no-limit: balance but no credit limit on record", () => {
  const ledger = ledgerOf([
    { customer: "Not in master", daysPastDue: 5, amount: 1_200 },
    { customer: "Blank limit", daysPastDue: 0, amount: 300 },
    { customer: "Zero limit", daysPastDue: 0, amount: 50 },
    { customer: "Has limit", daysPastDue: 0, amount: 70 },
    { customer: "In credit", daysPastDue: 0, amount: -40 },
  ]);
  const master = masterOf(
    MASTER_HEADER,
    ["Blank limit", null, "B"],
    ["Zero limit", 0, "D"],
    ["Has limit", 1_000, "A"],
  );

  it("fires for customers outside the master or with a blank limit; a limit of 0 is on record", () => {
    const report = runRule("no-limit", { ledger, master });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.rows, r.masterRow]),
    ).toEqual([
      ["Not in master", "low", 1_200, null, [2], null],
      ["Blank limit", "low", 300, null, [3], 2],
    ]);
  });

  it("is not run without a limit column", () => {
    const report = runRule("no-limit", {
      ledger,
      master: masterOf(["Customer", "Grade"], ["Has limit", "A"]),
    });
    expect(report.notRun).toEqual([{ rule: "no-limit", reason: "warnings:notRun.noLimitColumn" }]);
    expect(report.results).toEqual([]);
  });
});

it("uses the as-of date of the ledger", () => {
  expect(runRule("no-limit", { ledger: ledgerOf([]), master: masterOf(MASTER_HEADER) }).asOf).toBe(AS_OF);
  expect(customersOf(runRule("no-limit", { ledger: ledgerOf([]), master: masterOf(MASTER_HEADER) }))).toEqual(
    [],
  );
});

describe("the customer master's open orders (added to the master reader for the exposure)", () => {
  it("are found by header in English and Chinese, read as amounts of 0 or more, and refused otherwise", () => {
    const english = masterOf(
      ["Customer", "Credit limit", "Open orders"],
      ["A", 100, 25.5],
      ["B", 100, "n/a"],
      ["C", 100, -1],
    );
    expect(english.mapping).toEqual({ customer: 0, limit: 1, orders: 2 });
    expect([...english.entries.values()].map((e) => [e.customer, e.orders])).toEqual([
      ["A", 25.5],
      ["B", null],
      ["C", null],
    ]);
    expect(english.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, "Open orders", "ledgerAmountUnreadable"],
      [4, "Open orders", "ledgerAmountUnreadable"],
    ]);
    expect(masterOf(["客户", "信用额度", "在手订单"]).mapping).toEqual({ customer: 0, limit: 1, orders: 2 });
    expect(masterOf(["客戶", "信用額度", "未交訂單"]).mapping).toEqual({ customer: 0, limit: 1, orders: 2 });
  });

  it("leave the entries of a master without them exactly as before (no orders key)", () => {
    const master = masterOf(["Customer", "Credit limit"], ["A", 100]);
    expect(Object.keys(master.entries.get("a") ?? {})).not.toContain("orders");
  });
});
