import { DEFAULT_BUCKET_EDGES, bucketEdgesFrom, bucketLabelText } from "../../../src/core/aging";
import { isCreditError } from "../../../src/core/errors";
import {
  ITEM_DUE_ASSUMED,
  ITEM_FUTURE_DATED,
  ageLedger,
  readCustomerMaster,
  type RawCell,
} from "../../../src/core/ledger";
import { ageRows, notice, ok, readLedger, serial } from "../ledger/ledgerTestKit";

const AS_OF = serial("2013-12-31"); // 41639
const HEADER: RawCell[] = ["Customer", "Due date", "Amount"];

describe("ageLedger: buckets on the due basis", () => {
  // As of 2013-12-31. Days past due = 2013-12-31 − due date:
  //   2014-01-10: −10 → Not due   100.10      2013-12-31:   0 → Not due  200.20
  //   2013-12-30:   1 → 1-30        0.10      2013-12-01:  30 → 1-30       0.20
  //   2013-11-30:  31 → 31-60      50.00      2013-11-01:  60 → 31-60     25.00
  //   2013-10-31:  61 → 61-90      10.00      2013-10-02:  90 → 61-90     20.00
  //   2013-10-01:  91 → 91-120     30.00      2013-09-02: 120 → 91-120    40.00
  //   2013-09-01: 121 → 121+       70.07      (Sep 1 → Dec 31 = 29 + 31 + 30 + 31 = 121)
  const dues = [
    ["2014-01-10", 100.1],
    ["2013-12-31", 200.2],
    ["2013-12-30", 0.1],
    ["2013-12-01", 0.2],
    ["2013-11-30", 50],
    ["2013-11-01", 25],
    ["2013-10-31", 10],
    ["2013-10-02", 20],
    ["2013-10-01", 30],
    ["2013-09-02", 40],
    ["2013-09-01", 70.07],
  ] as const;
  const rows: RawCell[][] = [
    HEADER,
    ...dues.map(([due, amount]): RawCell[] => ["ACME", serial(due), amount]),
  ];
  const result = ageRows(rows, { asOf: AS_OF });
  const acme = result.groups[0]!;

  it("puts every item in its bucket, exactly at, below and above each edge", () => {
    expect(result.buckets.map(bucketLabelText)).toEqual([
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "91-120",
      "121+",
    ]);
    // Not due 100.10 + 200.20 = 300.30; 1-30 0.10 + 0.20 = 0.30 (not 0.30000000000000004); 31-60 75; 61-90 30;
    // 91-120 70; 121+ 70.07
    expect(acme.buckets).toEqual([300.3, 0.3, 75, 30, 70, 70.07]);
    // 300.30 + 0.30 + 75 + 30 + 70 + 70.07 = 545.67
    expect(acme.open).toBe(545.67);
    expect(acme.items).toBe(11);
  });

  it("computes overdue, its share, the oldest and the amount-weighted days past due", () => {
    // overdue = 545.67 − 300.30 = 245.37
    expect(acme.overdue).toBe(245.37);
    expect(acme.overduePct).toBeCloseTo(245.37 / 545.67, 12);
    expect(acme.oldestDaysPastDue).toBe(121);
    // Σ amount × days / Σ amount over the past-due items:
    // (0.10·1 + 0.20·30 + 50·31 + 25·60 + 10·61 + 20·90 + 30·91 + 40·120 + 70.07·121) / 245.37 = 21,474.57 / 245.37
    expect(acme.weightedDaysPastDue).toBeCloseTo(21_474.57 / 245.37, 9);
  });

  it("gives portfolio totals with bucket shares", () => {
    const total = result.totals[0]!;
    expect(total).toMatchObject({
      currency: "",
      open: 545.67,
      notDue: 300.3,
      overdue: 245.37,
      items: 11,
      groups: 1,
    });
    expect(total.bucketPct[0]).toBeCloseTo(300.3 / 545.67, 12);
    expect(total.bucketPct[5]).toBeCloseTo(70.07 / 545.67, 12);
    expect(total.rejectedAmount).toBe(0);
  });

  it("uses other bucket edges: 10, 20 → Not due, 1-10, 11-20, 21+", () => {
    const edges = ok(bucketEdgesFrom([10, 20]));
    // as of 2013-12-31: due 12-21 → 10 days (1-10); 12-20 → 11 (11-20); 12-11 → 20 (11-20); 12-10 → 21 (21+)
    const custom: RawCell[][] = [
      HEADER,
      ["A", serial("2013-12-21"), 1],
      ["A", serial("2013-12-20"), 2],
      ["A", serial("2013-12-11"), 4],
      ["A", serial("2013-12-10"), 8],
    ];
    const aged = ok(ageLedger(readLedger(custom, { asOf: AS_OF }), { edges }));
    expect(aged.buckets.map(bucketLabelText)).toEqual(["Not due", "1-10", "11-20", "21+"]);
    expect(aged.groups[0]!.buckets).toEqual([0, 1, 6, 8]);
  });
});

describe("ageLedger: the invoice basis", () => {
  it("ages from the invoice date, future-dated items in the youngest bucket and flagged", () => {
    // as of 2013-12-31, edges 30,60,90,120 on the invoice basis: 0-30, 31-60, 61-90, 91-120, 121+
    //   invoice 2014-01-05 → age −5 (future) → 0-30     10
    //   invoice 2013-12-01 → 30 → 0-30                  20
    //   invoice 2013-11-30 → 31 → 31-60                 40
    //   invoice 2013-09-01 → 121 → 121+                 80
    // due dates (invoice + 30 terms) give the overdue figures: 2014-02-04, 12-31, 12-30 (1 day), 10-01 (91 days)
    const rows: RawCell[][] = [
      ["Customer", "Invoice date", "Terms", "Amount"],
      ["A", serial("2014-01-05"), 30, 10],
      ["A", serial("2013-12-01"), 30, 20],
      ["A", serial("2013-11-30"), 30, 40],
      ["A", serial("2013-09-01"), 30, 80],
    ];
    const items = readLedger(rows, { asOf: AS_OF, basis: "invoice" });
    expect(Array.from(items.flags)).toEqual([
      ITEM_DUE_ASSUMED | ITEM_FUTURE_DATED,
      ITEM_DUE_ASSUMED,
      ITEM_DUE_ASSUMED,
      ITEM_DUE_ASSUMED,
    ]);
    const result = ok(ageLedger(items));
    expect(result.buckets.map(bucketLabelText)).toEqual(["0-30", "31-60", "61-90", "91-120", "121+"]);
    expect(result.groups[0]!.buckets).toEqual([30, 40, 0, 0, 80]);
    // overdue: 40 (1 day past due) + 80 (91 days) = 120; oldest 91; weighted (40·1 + 80·91) / 120 = 7,320 / 120 = 61
    expect(result.groups[0]).toMatchObject({
      open: 150,
      overdue: 120,
      oldestDaysPastDue: 91,
      weightedDaysPastDue: 61,
    });
    expect(notice(result, "ledgerFutureDated")?.count).toBe(1);
  });

  it("refuses aging options that differ from those the items were read with", () => {
    const items = readLedger([HEADER, ["A", AS_OF, 1]], { asOf: AS_OF });
    expect(ageLedger(items, { basis: "invoice" })).toMatchObject({
      id: "agingOptionMismatch",
      params: { option: "basis" },
    });
    expect(ageLedger(items, { asOf: AS_OF + 1 })).toMatchObject({
      id: "agingOptionMismatch",
      params: { option: "asOf" },
    });
    expect(isCreditError(ageLedger(items, { asOf: AS_OF + 0.5 }))).toBe(false); // same day, other time
  });
});

describe("ageLedger: credit notes, zero items and assumed due dates", () => {
  it("keeps credit notes in the bucket of their date and counts them", () => {
    // A: invoice 500 due 2013-11-15 (46 days → 31-60), credit note −120 due 2013-12-20 (11 days → 1-30),
    //    unapplied cash −30 due 2014-01-15 (not due). Open = 500 − 120 − 30 = 350.
    // overdue = 350 − (−30) = 380 (net of the past-due credit note); oldest: 46 (credit notes are not "oldest")
    // weighted over positive past-due items only: 500·46 / 500 = 46
    const result = ageRows(
      [
        HEADER,
        ["A", serial("2013-11-15"), 500],
        ["A", serial("2013-12-20"), -120],
        ["A", serial("2014-01-15"), "(30.00)"],
      ],
      { asOf: AS_OF },
    );
    expect(result.groups[0]).toMatchObject({
      open: 350,
      buckets: [-30, -120, 500, 0, 0, 0],
      overdue: 380,
      oldestDaysPastDue: 46,
      weightedDaysPastDue: 46,
      items: 3,
    });
    expect(result.groups[0]!.overduePct).toBeCloseTo(380 / 350, 12);
    expect(notice(result, "ledgerNegativeItems")?.count).toBe(2);
  });

  it("gives no percentage when a customer's balance is not positive", () => {
    const result = ageRows([HEADER, ["A", serial("2013-12-01"), -50]], { asOf: AS_OF });
    expect(result.groups[0]).toMatchObject({
      open: -50,
      overduePct: null,
      weightedDaysPastDue: null,
      oldestDaysPastDue: 0,
    });
    expect(result.totals[0]!.bucketPct.every((p) => p === null)).toBe(true);
  });

  it("skips zero-open items and counts them: open column, amount − paid, or amount", () => {
    // open = open column when present: row 2 has amount 100 but open 0 → skipped; row 3 open 40.
    const withOpen = ageRows(
      [
        ["Customer", "Due date", "Amount", "Paid", "Open"],
        ["A", serial("2013-12-01"), 100, 100, 0],
        ["A", serial("2013-12-01"), 100, 60, 40],
      ],
      { asOf: AS_OF },
    );
    expect(withOpen.totals[0]).toMatchObject({ open: 40, items: 1 });
    expect(notice(withOpen, "ledgerZeroOpenSkipped")?.count).toBe(1);
    // no open column: amount − paid; 100 − 100 = 0 skipped, 100 − 60.01 = 39.99, 25 − blank paid = 25
    const withPaid = ageRows(
      [
        ["Customer", "Due date", "Amount", "Paid"],
        ["A", serial("2013-12-01"), 100, 100],
        ["A", serial("2013-12-01"), 100, 60.01],
        ["A", serial("2013-12-01"), 25, null],
      ],
      { asOf: AS_OF },
    );
    expect(withPaid.totals[0]).toMatchObject({ open: 64.99, items: 2 });
    expect(notice(withPaid, "ledgerZeroOpenSkipped")?.count).toBe(1);
  });

  it("assumes a missing due date: invoice date + terms, else the invoice date, and counts it", () => {
    // as of 2013-12-31:
    //   invoice 2013-11-01 + 30 days → due 2013-12-01 → 30 days → 1-30          100
    //   invoice 2013-11-01, terms "Net 45" → due 2013-12-16 → 15 days → 1-30      200
    //   invoice 2013-11-01, blank terms → due = invoice → 60 days → 31-60         400
    //   invoice 2013-11-01, due given 2014-01-31 → not due (not assumed)         800
    const result = ageRows(
      [
        ["Customer", "Invoice date", "Due date", "Terms", "Amount"],
        ["A", serial("2013-11-01"), null, 30, 100],
        ["A", serial("2013-11-01"), "", "Net 45", 200],
        ["A", serial("2013-11-01"), 0, null, 400],
        ["A", serial("2013-11-01"), serial("2014-01-31"), 30, 800],
      ],
      { asOf: AS_OF },
    );
    expect(result.groups[0]!.buckets).toEqual([800, 300, 400, 0, 0, 0]);
    expect(notice(result, "ledgerDueDateAssumed")).toMatchObject({
      count: 3,
      params: { count: 3, fromTerms: 2 },
    });
  });
});

describe("ageLedger: currencies", () => {
  it("never adds currencies together and counts each in its own minor unit", () => {
    // USD 100.10 + 0.20 = 100.30; CNY (人民币, RMB, cny) 1,000 + 0.05 + 9.95 = 1,010.00;
    // JPY has no decimals: 1,500.4 → 1,500 and 300.5 → 301 (half away from zero); KWD has 3: 1.0005 → 1.001
    const result = ageRows(
      [
        ["Customer", "Due date", "Amount", "Currency"],
        ["A", serial("2013-12-01"), 100.1, "USD"],
        ["A", serial("2013-12-01"), 0.2, "usd"],
        ["A", serial("2013-12-01"), 1000, "人民币"],
        ["B", serial("2013-12-01"), 0.05, "RMB"],
        ["B", serial("2013-12-01"), 9.95, " cny "],
        ["A", serial("2013-12-01"), 1500.4, "JPY"],
        ["A", serial("2013-12-01"), 300.5, "JPY"],
        ["A", serial("2013-12-01"), 1.0005, "KWD"],
      ],
      { asOf: AS_OF },
    );
    expect(result.totals.map((t) => [t.currency, t.decimals, t.open, t.groups])).toEqual([
      ["CNY", 2, 1010, 2],
      ["JPY", 0, 1801, 1],
      ["KWD", 3, 1.001, 1],
      ["USD", 2, 100.3, 1],
    ]);
    expect(result.groups.map((g) => `${g.currency}:${g.key}=${g.open}`)).toEqual([
      "CNY:A=1000",
      "CNY:B=10",
      "JPY:A=1801",
      "KWD:A=1.001",
      "USD:A=100.3",
    ]);
    expect(result.provision.map((p) => p.currency)).toEqual(["CNY", "JPY", "KWD", "USD"]);
  });

  it("uses the default currency for rows without one and says so", () => {
    const result = ageRows(
      [
        ["Customer", "Due date", "Amount", "Currency"],
        ["A", serial("2013-12-01"), 10, null],
        ["A", serial("2013-12-01"), 5, "HKD"],
      ],
      { asOf: AS_OF, defaultCurrency: "港币" },
    );
    expect(result.totals.map((t) => [t.currency, t.open])).toEqual([["HKD", 15]]);
    expect(notice(result, "ledgerCurrencyBlank")).toMatchObject({ count: 1, params: { currency: "HKD" } });
  });
});

describe("ageLedger: historical as-of from a full invoice history", () => {
  // Ledger with settled dates; as of 2013-06-30 (41455):
  //   A inv 2013-05-01 due 05-31, settled 2013-07-15 (after as-of) → open at as-of with its full amount 100
  //       (the paid column says 100 today, but that payment came after the as-of date) → 30 days → 1-30
  //   A inv 2013-06-10 due 07-10, settled 2013-06-20 (before) → not open at as-of
  //   A inv 2013-06-30 due 07-30, never settled, paid 20 of 50 → open 30, not due
  //   B inv 2013-07-01 (after as-of) → left out, counted
  //   B inv 2013-03-01 due 03-31, settled 2013-06-30 (on the as-of date) → settled by it, not open
  //   B inv 2013-02-01 due 03-03, settled 2013-09-01 → open 70, 119 days (Mar 3 → Jun 30: 28+30+31+30) → 91-120
  const rows: RawCell[][] = [
    ["Customer", "Invoice date", "Due date", "Amount", "Paid", "Settled date"],
    ["A", serial("2013-05-01"), serial("2013-05-31"), 100, 100, serial("2013-07-15")],
    ["A", serial("2013-06-10"), serial("2013-07-10"), 80, 80, serial("2013-06-20")],
    ["A", serial("2013-06-30"), serial("2013-07-30"), 50, 20, null],
    ["B", serial("2013-07-01"), serial("2013-07-31"), 60, 0, null],
    ["B", serial("2013-03-01"), serial("2013-03-31"), 90, 90, serial("2013-06-30")],
    ["B", serial("2013-02-01"), serial("2013-03-03"), 70, 70, serial("2013-09-01")],
  ];
  const result = ageRows(rows, { asOf: serial("2013-06-30") });

  it("ages the items open at the as-of date", () => {
    expect(result.historical).toBe(true);
    expect(result.groups.map((g) => [g.key, g.open, g.buckets])).toEqual([
      ["A", 130, [30, 100, 0, 0, 0, 0]],
      ["B", 70, [0, 0, 0, 0, 70, 0]],
    ]);
  });

  it("counts the items invoiced after the as-of date and those settled by it", () => {
    expect(notice(result, "ledgerInvoicedAfterAsOf")?.count).toBe(1);
    expect(notice(result, "ledgerSettledByAsOf")?.count).toBe(2);
    expect(notice(result, "ledgerFutureDated")).toBeUndefined();
  });

  it("ages a later month end from the same history", () => {
    // as of 2013-07-31: A row 1 settled 07-15 → gone; A row 3 open 30 (1 day past due); B row 4 open 60 (not due
    // on 07-31: 0 days); B row 6 open 70 (150 days → 121+)
    const later = ageRows(rows, { asOf: serial("2013-07-31") });
    expect(later.groups.map((g) => [g.key, g.buckets])).toEqual([
      ["A", [0, 30, 0, 0, 0, 0]],
      ["B", [60, 0, 0, 0, 0, 70]],
    ]);
  });
});

describe("ageLedger: grouping", () => {
  const rows: RawCell[][] = [
    ["Customer", "Due date", "Amount", "Salesperson", "Region"],
    ["A", serial("2013-12-01"), 10, "Wang", "East"],
    ["B", serial("2013-12-01"), 20, "Wang", "North"],
    ["C", serial("2013-12-01"), 40, null, "East"],
  ];

  it("groups by salesperson, blank salespeople in a blank group", () => {
    const result = ageRows(rows, { asOf: AS_OF, groupBy: "salesperson" });
    expect(result.groups.map((g) => [g.key, g.open, g.items])).toEqual([
      ["", 40, 1],
      ["Wang", 30, 2],
    ]);
    expect(notice(result, "ledgerGroupBlank")).toMatchObject({
      count: 1,
      params: { groupBy: "salesperson" },
    });
  });

  it("groups by region", () => {
    const result = ageRows(rows, { asOf: AS_OF, groupBy: "region" });
    expect(result.groups.map((g) => [g.key, g.open])).toEqual([
      ["East", 50],
      ["North", 20],
    ]);
  });
});

describe("ageLedger: customer master", () => {
  const master = readCustomerMaster([
    ["客户", "信用额度", "账期", "等级", "最近评审"],
    ["ACME", 1000, 30, "B", "2013-06-30"],
    ["Beta", null, null, "D", null],
  ]);
  const rows: RawCell[][] = [
    HEADER,
    ["acme", serial("2013-12-01"), 250],
    ["Beta", serial("2013-12-01"), 80],
    ["Gamma", serial("2013-12-01"), 5],
  ];

  it("adds limit, utilisation and grade, matching keys without regard to case", () => {
    const result = ok(ageLedger(readLedger(rows, { asOf: AS_OF }), { master }));
    // code-unit order puts upper case first: Beta, Gamma, acme
    const [beta, gamma, acme] = result.groups;
    // utilisation = 250 / 1,000 = 0.25
    expect(acme).toMatchObject({
      key: "acme",
      limit: 1000,
      utilisation: 0.25,
      grade: "B",
      terms: 30,
      inMaster: true,
    });
    expect(acme!.lastReview).toBe(serial("2013-06-30"));
    expect(beta).toMatchObject({ limit: null, utilisation: null, grade: "D", inMaster: true });
    expect(gamma).toMatchObject({ limit: null, grade: null, inMaster: false });
    expect(notice(result, "agingMasterUnmatched")).toMatchObject({ count: 1, params: { example: "Gamma" } });
  });

  it("leaves the master out when grouping by salesperson", () => {
    const result = ok(
      ageLedger(
        readLedger(
          [
            ["Customer", "Due date", "Amount", "Sales rep"],
            ["ACME", serial("2013-12-01"), 250, "Li"],
          ],
          { asOf: AS_OF, groupBy: "salesperson" },
        ),
        { master },
      ),
    );
    expect(result.groups[0]).not.toHaveProperty("limit");
  });
});

describe("ageLedger: top overdue, KPIs and the provision matrix", () => {
  it("lists the 10 groups with the most overdue per currency, largest first", () => {
    // customers C01…C12 each with (n × 10) overdue and a not-due item of 1,000 that must not count
    const rows: RawCell[][] = [HEADER];
    for (let n = 1; n <= 12; n++) {
      const key = `C${String(n).padStart(2, "0")}`;
      rows.push([key, serial("2013-11-15"), n * 10], [key, serial("2014-01-15"), 1000]);
    }
    rows.push(["Z", serial("2014-01-15"), 5000]); // nothing overdue: never in the list
    const result = ageRows(rows, { asOf: AS_OF });
    expect(result.topOverdue.map((g) => [g.key, g.overdue])).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((n) => [`C${String(n).padStart(2, "0")}`, n * 10]),
    );
  });

  it("computes DSO, best possible DSO and average days delinquent when sales are given", () => {
    // receivables 250,000, of which 150,000 not yet due; credit sales 1,825,000 over 365 days:
    // DSO = 250,000 / 1,825,000 × 365 = 50; best = 150,000 / 1,825,000 × 365 = 30; ADD = 50 − 30 = 20
    const items = readLedger(
      [HEADER, ["A", serial("2014-01-15"), 150_000], ["B", serial("2013-11-15"), 100_000]],
      { asOf: AS_OF },
    );
    const result = ok(ageLedger(items, { sales: { creditSales: 1_825_000, days: 365 } }));
    expect(result.kpis).toMatchObject({ currency: "", receivables: 250_000, currentReceivables: 150_000 });
    const kpis = result.kpis as { dso: number; bestPossibleDso: number; averageDaysDelinquent: number };
    expect(kpis.dso).toBeCloseTo(50, 10);
    expect(kpis.bestPossibleDso).toBeCloseTo(30, 10);
    expect(kpis.averageDaysDelinquent).toBeCloseTo(20, 10);
    expect(ok(ageLedger(items)).kpis).toBeNull();
    expect(ok(ageLedger(items, { sales: { creditSales: 0 } })).kpis).toMatchObject({ kind: "creditError" });
  });

  it("asks which currency the sales are in when the ledger has several", () => {
    const items = readLedger(
      [
        ["Customer", "Due date", "Amount", "Currency"],
        ["A", serial("2013-12-01"), 10, "USD"],
        ["A", serial("2013-12-01"), 20, "EUR"],
      ],
      { asOf: AS_OF },
    );
    expect(ok(ageLedger(items, { sales: { creditSales: 365 } })).kpis).toMatchObject({
      id: "agingSalesCurrencyNeeded",
      params: { currencies: "EUR, USD" },
    });
    // EUR receivables 20 / sales 365 × 365 days = 20 days
    const kpis = ok(ageLedger(items, { sales: { creditSales: 365, currency: "eur" } })).kpis as {
      dso: number;
    };
    expect(kpis.dso).toBeCloseTo(20, 10);
  });

  it("applies the placeholder loss rates per bucket and rounds each provision to the cent", () => {
    // Not due 1,000 × 0.5 % = 5.00; 1-30 500 × 2 % = 10.00; 121+ 200.50 × 50 % = 100.25; 91-120 12.34 × 25 % = 3.085
    // → 3.09 (half away from zero); total 5 + 10 + 3.09 + 100.25 = 118.34
    const result = ageRows(
      [
        HEADER,
        ["A", serial("2014-01-15"), 1000],
        ["A", serial("2013-12-15"), 500],
        ["A", serial("2013-09-15"), 12.34],
        ["A", serial("2013-08-01"), 200.5],
      ],
      { asOf: AS_OF },
    );
    expect(result.lossRates).toEqual([0.005, 0.02, 0.05, 0.1, 0.25, 0.5]);
    const matrix = result.provision[0]!;
    expect(matrix.rows.map((r) => [r.balance, r.lossRate, r.provision])).toEqual([
      [1000, 0.005, 5],
      [500, 0.02, 10],
      [0, 0.05, 0],
      [0, 0.1, 0],
      [12.34, 0.25, 3.09],
      [200.5, 0.5, 100.25],
    ]);
    expect(matrix.total).toBe(118.34);
  });

  it("takes edited loss rates and refuses unusable ones", () => {
    const items = readLedger([HEADER, ["A", serial("2013-12-15"), 1000]], { asOf: AS_OF });
    // 1-30: 1,000 × 3 % = 30
    const result = ok(ageLedger(items, { lossRates: [0, 0.03, 0.1, 0.2, 0.5, 1] }));
    expect(result.provision[0]!.total).toBe(30);
    expect(ageLedger(items, { lossRates: [0, 0.03] })).toMatchObject({ id: "listLengthMismatch" });
    expect(ageLedger(items, { lossRates: [0, 0.03, 0.1, 0.2, 0.5, 1.5] })).toMatchObject({
      id: "rateOutOfRange",
      params: { position: 6 },
    });
  });

  it("shows rejected amounts beside the totals of their currency", () => {
    // row 3: due date 2013-02-30 is impossible → rejected with its 75.50; row 4 amount unreadable → no amount
    const result = ageRows(
      [
        ["Customer", "Due date", "Amount", "Currency"],
        ["A", serial("2013-12-01"), 100, "USD"],
        ["A", "2013-02-30", 75.5, "USD"],
        ["A", serial("2013-12-01"), "lots", "USD"],
      ],
      { asOf: AS_OF },
    );
    expect(result.totals[0]).toMatchObject({
      currency: "USD",
      open: 100,
      rejectedAmount: 75.5,
      rejectedRows: 1,
    });
    expect(result.rejected).toEqual([
      {
        row: 3,
        column: "Due date",
        value: "2013-02-30",
        reason: "ledgerDateImpossible",
        amount: 75.5,
        currency: "USD",
      },
      { row: 4, column: "Amount", value: "lots", reason: "ledgerAmountUnreadable" },
    ]);
  });
});

describe("ageLedger: Chinese ledgers", () => {
  it("reads a Simplified Chinese ledger with a title, text dates and amounts", () => {
    // as of 2013-12-31: 华东贸易 due 2013-12-20 (11 days → 1-30) ¥1,234.50 and due 2014-01-20 (not due) 500;
    // 华北公司: invoice 2013年10月1日 + 账期 30 → due 2013-10-31 → 61 days → 61-90, 2,000.00
    const result = ageRows(
      [
        ["2013年12月 应收账款明细表"],
        [null, null, null, null, null],
        ["客户名称", "发票号", "开票日期", "到期日", "账期(天)", "发票金额", "币种"],
        ["华东贸易", "F001", "2013-11-20", "2013-12-20", 30, "¥1,234.50", "人民币"],
        ["华东贸易", "F002", "2013-12-21", "2014-01-20", 30, 500, "人民币"],
        ["华北公司", "F003", "2013年10月1日", null, "30天", "２，０００．００", "人民币"],
      ],
      { asOf: AS_OF },
    );
    expect(result.groups.map((g) => [g.key, g.currency, g.buckets])).toEqual([
      ["华东贸易", "CNY", [500, 1234.5, 0, 0, 0, 0]],
      ["华北公司", "CNY", [0, 0, 0, 2000, 0, 0]],
    ]);
  });

  it("reads a Traditional Chinese ledger with an open-balance column", () => {
    // 台北商行 餘額 300 (發票金額 1,000): the open column wins; due 2013-12-01 → 30 days → 1-30
    const result = ageRows(
      [
        ["客戶名稱", "發票號碼", "到期日", "發票金額", "餘額", "幣別"],
        ["台北商行", "T1", "2013/12/01", 1000, 300, "新臺幣"],
      ],
      { asOf: AS_OF },
    );
    expect(result.groups[0]).toMatchObject({
      key: "台北商行",
      currency: "TWD",
      open: 300,
      buckets: [0, 300, 0, 0, 0, 0],
    });
  });
});

describe("ageLedger: defaults", () => {
  it("uses the default edges", () => {
    const result = ageRows([HEADER, ["A", AS_OF, 1]], { asOf: AS_OF });
    expect(result.buckets).toHaveLength(DEFAULT_BUCKET_EDGES.length + 2);
  });
});
