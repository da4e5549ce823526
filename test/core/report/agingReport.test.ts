import {
  type AgingResult,
  type CustomerMaster,
  type RawCell,
  ageLedger,
  readCustomerMaster,
} from "../../../src/core/ledger";
import {
  type AgingReportLabels,
  type SheetSpec,
  agingReportSpec,
  agingSheetName,
  amountFormat,
  cellAddress,
  rangeAddress,
  sheetNameProblem,
} from "../../../src/core/report";
import { report } from "../../../src/i18n/locales/en/report";
import { ok, readLedger, serial } from "../ledger/ledgerTestKit";
import { SheetGrid, blockRect, chartRect, overlaps, rectOf } from "./_lib/sheetGrid";

// As of 2026-10-31, due basis, buckets Not due / 1-30 / 31-60 / 61-90 / 91-120 / 121+. Days past due:
//   2026-11-15 → −15 (not due)      2026-12-01 → −31 (not due)     2026-10-21 → 10 (1-30)
//   2026-10-16 → 15 (1-30)          2026-10-01 → 30 (1-30)         2026-09-15 → 15 + 31 = 46 (31-60)
//   2026-08-31 → 30 + 31 = 61 (61-90)   2026-08-01 → 30 + 30 + 31 = 91 (91-120)
//   2026-06-30 → 31 + 31 + 30 + 31 = 123 (121+)
const AS_OF = serial("2026-10-31");
const LEDGER: RawCell[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Currency"],
  ["Acme", "A1", serial("2026-11-15"), 1201, "CNY"],
  ["Acme", "A2", serial("2026-10-16"), 800.25, "CNY"],
  ["Acme", "A3", serial("2026-08-01"), 300, "CNY"],
  ["Beta", "B1", serial("2026-09-15"), 5000, "CNY"],
  ["Beta", "B2", serial("2026-10-21"), -450.1, "CNY"], // credit note
  ["Beta", "B3", "2026-02-30", 777, "CNY"], // sheet row 7: no 30 February → rejected, 777 CNY
  ["Cathay", "C1", serial("2026-06-30"), 2000, "CNY"],
  ["Acme", "A4", serial("2026-10-01"), 150000, "JPY"],
  ["Acme", "A5", serial("2026-12-01"), 98765, "JPY"],
  ["Dragon", "D1", serial("2026-08-31"), 250000, "JPY"],
  ["Dragon", "D2", "2026-13-01", 4321, "JPY"], // sheet row 12: no 13th month → rejected, 4,321 JPY
];
const SALES = { creditSales: 1_000_000, days: 365, currency: "JPY" };

// The English labels with a message function that shows what it was asked, so the wiring can be checked
// without depending on the translations of the errors namespace.
const LABELS: AgingReportLabels = {
  ...report.aging,
  message: (id, params) => `${id} ${JSON.stringify(params)}`,
};

const CNY = "#,##0.00;-#,##0.00";
const JPY = "#,##0;-#,##0";

function build(
  rows: RawCell[][] = LEDGER,
  master: CustomerMaster | null = null,
): { result: AgingResult; spec: SheetSpec; grid: SheetGrid } {
  const result = ok(ageLedger(readLedger(rows, { asOf: AS_OF }), { sales: SALES, master }));
  const spec = agingReportSpec(result, {
    sheetName: "Aging 2026-10-31",
    sourceName: "Ledger",
    labels: LABELS,
  });
  return { result, spec, grid: new SheetGrid(spec) };
}

const { result, spec, grid } = build();
const closeTo = (value: number) => expect.closeTo(value, 12);

// Hand figures per customer: [key, open, ...buckets, overdue, overdue %, oldest, weighted days, items].
// CNY Acme: 1,201 + 800.25 + 300 = 2,301.25; overdue 800.25 + 300 = 1,100.25;
//   weighted (800.25 · 15 + 300 · 91) / 1,100.25 = (12,003.75 + 27,300) / 1,100.25
// CNY Beta: 5,000 − 450.10 = 4,549.90, all past due (the credit note is 10 days past due); weighted over the
//   positive item only: 46
// JPY Acme: 150,000 + 98,765 = 248,765; overdue 150,000
const CNY_ROWS = [
  [
    "Acme",
    2301.25,
    1201,
    800.25,
    0,
    0,
    300,
    0,
    1100.25,
    closeTo(1100.25 / 2301.25),
    91,
    closeTo(39303.75 / 1100.25),
    3,
  ],
  ["Beta", 4549.9, 0, -450.1, 5000, 0, 0, 0, 4549.9, closeTo(1), 46, closeTo(46), 2],
  ["Cathay", 2000, 0, 0, 0, 0, 0, 2000, 2000, closeTo(1), 123, closeTo(123), 1],
];
const JPY_ROWS = [
  ["Acme", 248765, 98765, 150000, 0, 0, 0, 0, 150000, closeTo(150000 / 248765), 30, closeTo(30), 2],
  ["Dragon", 250000, 0, 0, 0, 250000, 0, 0, 250000, closeTo(1), 61, closeTo(61), 1],
];
const GROUP_HEADER = [
  "Customer",
  "Open",
  "Not due",
  "1-30",
  "31-60",
  "61-90",
  "91-120",
  "121+",
  "Overdue",
  "Overdue %",
  "Oldest days past due",
  "Avg days past due (weighted)",
  "Items",
];
const BUCKETS = ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"];

describe("agingSheetName", () => {
  it("names the sheet after the as-of date within Excel's rules", () => {
    const name = agingSheetName(AS_OF);
    expect(name).toBe("Aging 2026-10-31");
    expect(sheetNameProblem(name)).toBeNull();
  });

  it("drops the characters Excel forbids from a prefix and keeps to 31 characters", () => {
    expect(agingSheetName(AS_OF, "AR/AP [aging]: *all*?")).toBe("ARAP aging all 2026-10-31");
    const long = agingSheetName(AS_OF, "Receivables aging report of the group");
    expect(long).toBe("Receivables aging report of the"); // the first 31 characters, the trailing space trimmed
    expect(long.length).toBeLessThanOrEqual(31);
    expect(sheetNameProblem(long)).toBeNull();
    expect(sheetNameProblem(agingSheetName(AS_OF, "账龄"))).toBeNull();
    // Cut at 31 the name would end with an apostrophe, which Excel refuses.
    expect(sheetNameProblem(agingSheetName(AS_OF, "Receivables aging of the group'"))).toBeNull();
  });

  it("writes the name it is given on the spec", () => {
    expect(spec.name).toBe("Aging 2026-10-31");
  });
});

describe("amountFormat", () => {
  it("shows an amount in its currency's minor unit, negatives with a minus sign", () => {
    expect(amountFormat(0)).toBe("#,##0;-#,##0");
    expect(amountFormat(2)).toBe("#,##0.00;-#,##0.00");
    expect(amountFormat(3)).toBe("#,##0.000;-#,##0.000");
  });
});

describe("agingReportSpec: title, options and frozen rows", () => {
  it("states the as-of date, basis, buckets, source and grouping", () => {
    expect(grid.at("A1")).toBe("Receivables aging as of 2026-10-31");
    expect(grid.at("A2")).toBe(
      "Basis: days past due date · Buckets: 30,60,90,120 · Source: Ledger · by customer",
    );
  });

  it("freezes the title rows and the key column, with nothing else written in the frozen rows", () => {
    expect(spec.freeze).toEqual({ rows: 3, columns: 1 });
    const inFrozenRows = spec.blocks.filter((b) => rectOf(b.topLeft).top <= 3);
    expect(inFrozenRows.map((b) => b.topLeft)).toEqual(["A1"]);
    expect(
      grid
        .values("A3:Z3")
        .flat()
        .every((cell) => cell === undefined),
    ).toBe(true);
  });
});

describe("agingReportSpec: portfolio summary and chart", () => {
  const top = grid.find("Portfolio");
  const header = top.row + 1;
  // CNY: buckets 1,201 | 800.25 − 450.10 = 350.15 | 5,000 | 0 | 300 | 2,000; open 8,851.15;
  //   overdue 8,851.15 − 1,201 = 7,650.15; 6 items; rejected row 7 with 777
  // JPY: 98,765 | 150,000 | 0 | 250,000 | 0 | 0; open 498,765; overdue 400,000; 3 items; rejected row 12: 4,321
  const expected = [
    ["Currency", ...BUCKETS, "Open", "Overdue %", "Items", "Rejected rows", "Rejected amount"],
    ["CNY", 1201, 350.15, 5000, 0, 300, 2000, 8851.15, closeTo(7650.15 / 8851.15), 6, 1, 777],
    ["JPY", 98765, 150000, 0, 250000, 0, 0, 498765, closeTo(400000 / 498765), 3, 1, 4321],
  ];

  it("lists each currency's buckets and totals, never adding currencies", () => {
    expect(top.column).toBe(1);
    expect(grid.values(rangeAddress(header, 1, 3, 12))).toEqual(expected);
    expect(grid.at(cellAddress(header + 3, 1))).toBeUndefined(); // no grand total across currencies
  });

  it("formats each currency's amounts in its minor unit and the overdue share as a percentage", () => {
    for (const [row, format] of [
      [header + 1, CNY],
      [header + 2, JPY],
    ] as const) {
      for (const column of [2, 3, 4, 5, 6, 7, 8, 12])
        expect(grid.formatAt(cellAddress(row, column))).toBe(format);
      expect(grid.formatAt(cellAddress(row, 9))).toBe("0.0%");
    }
  });

  it("charts the bucket amounts of each currency as stacked bars from exactly those cells", () => {
    expect(spec.charts).toHaveLength(1);
    const chart = spec.charts![0]!;
    expect(chart.kind).toBe("barStacked");
    expect(chart.seriesBy).toBe("columns");
    expect(chart.title).toBe("Open receivables by age");
    // header row (series names) + one row per currency (categories), currency column + the 6 buckets
    expect(grid.values(chart.sourceRange)).toEqual(expected.map((row) => row.slice(0, 7)));
  });
});

describe("agingReportSpec: one customer table per currency", () => {
  const tables = [
    { currency: "CNY", rows: CNY_ROWS, format: CNY },
    { currency: "JPY", rows: JPY_ROWS, format: JPY },
  ] as const;
  const OPEN = GROUP_HEADER.indexOf("Open") + 1;
  const OVERDUE = GROUP_HEADER.indexOf("Overdue") + 1;
  const PCT = GROUP_HEADER.indexOf("Overdue %") + 1;
  const ITEMS = GROUP_HEADER.indexOf("Items") + 1;

  it("has one Excel table per currency with a unique, valid name", () => {
    const names = spec.tables!.map((t) => t.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) {
      // Excel: starts with a letter or _, then letters, digits, _ and .; not a cell reference
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
    }
  });

  it("gives reports of different as-of dates different table names (names are workbook-wide)", () => {
    const other = agingReportSpec(result, {
      sheetName: "Aging 2026-09-30",
      sourceName: "Ledger",
      labels: LABELS,
    });
    const mine = new Set(spec.tables!.map((t) => t.name));
    expect(other.tables!.some((t) => mine.has(t.name))).toBe(false);
  });

  for (const [index, { currency, rows, format }] of tables.entries()) {
    describe(currency, () => {
      const title = grid.find(`Customers — ${currency}`);
      const header = title.row + 1;
      const first = header + 1;
      const totals = first + rows.length;
      const table = spec.tables![index]!;

      it("covers the header and the customer rows exactly, holding the hand figures", () => {
        expect(table.name).toContain(currency);
        expect(table.range).toBe(rangeAddress(header, 1, rows.length + 1, GROUP_HEADER.length));
        expect(grid.values(table.range)).toEqual([GROUP_HEADER, ...rows]);
        expect(table.style).toBe("TableStyleMedium2");
      });

      it("adds a totals row of live formulas under the table that sum to the hand totals", () => {
        const line = grid.values(rangeAddress(totals, 1, 1, GROUP_HEADER.length))[0]!;
        expect(line[0]).toBe("Total");
        // open, the six buckets and overdue are adjacent: columns OPEN … OPEN + 7
        expect(OVERDUE).toBe(OPEN + 7);
        const sums = Array.from({ length: 8 }, (_, i) =>
          rows.reduce((sum, row) => sum + (row[OPEN - 1 + i] as number), 0),
        );
        sums.forEach((sum, i) => {
          const column = OPEN + i;
          expect(grid.at(cellAddress(totals, column))).toEqual({
            formula: `=SUBTOTAL(109,${rangeAddress(first, column, rows.length, 1)})`,
          });
          expect(grid.evaluate(cellAddress(totals, column))).toBeCloseTo(sum, 9);
        });
        const items = rows.reduce((sum, row) => sum + (row[ITEMS - 1] as number), 0);
        expect(grid.evaluate(cellAddress(totals, ITEMS))).toBe(items);
        // the overdue share of the totals row is overdue / open of the totals, not a sum of shares
        expect(grid.evaluate(cellAddress(totals, PCT))).toBeCloseTo(sums[7]! / sums[0]!, 12);
        // days are not additive: left blank
        expect(line[PCT]).toBeNull();
        expect(line[PCT + 1]).toBeNull();
      });

      it("formats amounts in the currency's minor unit, shares as %, days and items as whole numbers", () => {
        for (let row = first; row <= totals; row++) {
          for (let column = OPEN; column <= OVERDUE; column++)
            expect([row, column, grid.formatAt(cellAddress(row, column))]).toEqual([row, column, format]);
          expect(grid.formatAt(cellAddress(row, PCT))).toBe("0.0%");
          expect(grid.formatAt(cellAddress(row, ITEMS))).toBe("0");
        }
        for (let row = first; row < totals; row++) {
          expect(grid.formatAt(cellAddress(row, PCT + 1))).toBe("0");
          expect(grid.formatAt(cellAddress(row, PCT + 2))).toBe("0");
        }
      });

      it("puts the colour scale on the customers' overdue % and data bars on their open amounts", () => {
        const inTable = (spec.conditionalFormats ?? []).filter((c) =>
          overlaps(rectOf(c.range), rectOf(table.range)),
        );
        const scale = inTable.find((c) => c.kind === "colorScale")!;
        const bars = inTable.find((c) => c.kind === "dataBar")!;
        expect(inTable).toHaveLength(2);
        // customer rows only: neither the header nor the totals row (which would flatten every bar)
        expect(scale.range).toBe(rangeAddress(first, PCT, rows.length, 1));
        expect(grid.values(scale.range)).toEqual(rows.map((row) => [row[PCT - 1]]));
        expect(bars.range).toBe(rangeAddress(first, OPEN, rows.length, 1));
        expect(grid.values(bars.range)).toEqual(rows.map((row) => [row[OPEN - 1]]));
      });
    });
  }
});

describe("agingReportSpec: most overdue", () => {
  // Overdue per customer (see the hand figures above): CNY Beta 4,549.90 (oldest 46 days), Cathay 2,000 (123),
  // Acme 1,100.25 of 2,301.25 (91); JPY Dragon 250,000 of 250,000 (61), Acme 150,000 of 248,765 (30).
  // Largest first within each currency; currencies one after another, never ranked together.
  const titleIndex = spec.blocks.findIndex((b) => b.rows[0]?.[0] === LABELS.topOverdueTitle);
  const table = spec.blocks[titleIndex + 1];

  it("lists who owes the most overdue, per currency, largest first", () => {
    expect(titleIndex).toBeGreaterThan(0);
    expect(table?.rows).toEqual([
      [LABELS.customer, LABELS.currency, LABELS.overdue, LABELS.overduePct, LABELS.oldestDays],
      ["Beta", "CNY", 4549.9, 1, 46],
      ["Cathay", "CNY", 2000, 1, 123],
      ["Acme", "CNY", 1100.25, closeTo(1100.25 / 2301.25), 91],
      ["Dragon", "JPY", 250000, 1, 61],
      ["Acme", "JPY", 150000, closeTo(150000 / 248765), 30],
    ]);
  });

  it("formats each overdue amount in its own currency's minor unit", () => {
    const first = table === undefined ? "" : table.topLeft;
    const row = Number(/\d+/.exec(first)?.[0]);
    const formatOf = (r: number) =>
      (spec.numberFormats ?? []).filter((f) => f.range === cellAddress(r, 3)).map((f) => f.format);
    expect([1, 2, 3, 4, 5].map((i) => formatOf(row + i))).toEqual([[CNY], [CNY], [CNY], [JPY], [JPY]]);
  });
});

describe("agingReportSpec: IFRS 9 provision matrix", () => {
  // Default loss rates by bucket: 0.5 %, 2 %, 5 %, 10 %, 25 %, 50 %. Provision = ROUND(balance × rate) to the
  // minor unit, half away from zero (DESIGN §3.7, ECL = Σ balance × rate):
  //   CNY 1,201 × 0.005 = 6.005 → 6.01; 350.15 × 0.02 = 7.003 → 7.00; 5,000 × 0.05 = 250; 0 × 0.1 = 0;
  //       300 × 0.25 = 75; 2,000 × 0.5 = 1,000; total 1,338.01
  //   JPY 98,765 × 0.005 = 493.825 → 494; 150,000 × 0.02 = 3,000; 0; 250,000 × 0.1 = 25,000; 0; 0; total 28,494
  const RATES = [0.005, 0.02, 0.05, 0.1, 0.25, 0.5];
  const matrices = [
    {
      currency: "CNY",
      balances: [1201, 350.15, 5000, 0, 300, 2000],
      provisions: [6.01, 7, 250, 0, 75, 1000],
      total: 1338.01,
      digits: 2,
      format: CNY,
    },
    {
      currency: "JPY",
      balances: [98765, 150000, 0, 250000, 0, 0],
      provisions: [494, 3000, 0, 25000, 0, 0],
      total: 28494,
      digits: 0,
      format: JPY,
    },
  ] as const;

  it("explains that the rates are placeholders to edit", () => {
    const title = grid.find("IFRS 9 provision matrix");
    expect(grid.at(cellAddress(title.row + 1, 1))).toBe(report.aging.provisionNote);
  });

  for (const m of matrices) {
    describe(m.currency, () => {
      const header = grid.find(`Bucket (${m.currency})`);
      const first = header.row + 1;
      const rows = grid.values(rangeAddress(first, 1, 6, 3));

      it("lists each bucket's balance and editable loss rate", () => {
        expect(grid.values(rangeAddress(header.row, 1, 1, 4))).toEqual([
          [`Bucket (${m.currency})`, "Balance", "Loss rate", "Provision"],
        ]);
        expect(rows).toEqual(BUCKETS.map((bucket, i) => [bucket, m.balances[i], RATES[i]]));
      });

      it("computes each provision with a formula over its own row's balance and rate, rounded to the minor unit", () => {
        for (let i = 0; i < 6; i++) {
          const row = first + i;
          expect(grid.at(cellAddress(row, 4))).toEqual({
            formula: `=ROUND(${cellAddress(row, 2)}*${cellAddress(row, 3)},${m.digits})`,
          });
          expect(grid.evaluate(cellAddress(row, 4))).toBe(m.provisions[i]);
        }
        // the engine's own provisions agree with the sheet's formulas
        const engine = result.provision.find((p) => p.currency === m.currency)!;
        expect(engine.rows.map((r) => r.provision)).toEqual(m.provisions);
        expect(engine.total).toBe(m.total);
      });

      it("totals balances and provisions with formulas", () => {
        const total = first + 6;
        expect(grid.at(cellAddress(total, 1))).toBe("Total");
        expect(grid.at(cellAddress(total, 2))).toEqual({ formula: `=SUM(${rangeAddress(first, 2, 6, 1)})` });
        expect(grid.at(cellAddress(total, 4))).toEqual({ formula: `=SUM(${rangeAddress(first, 4, 6, 1)})` });
        expect(grid.evaluate(cellAddress(total, 2))).toBeCloseTo(
          m.balances.reduce<number>((a, b) => a + b, 0),
          9,
        );
        expect(grid.evaluate(cellAddress(total, 4))).toBeCloseTo(m.total, 9);
      });

      it("recalculates when a loss rate is edited", () => {
        // the 121+ rate edited to 40 %: CNY 2,000 × 0.4 = 800, total 1,338.01 − 1,000 + 800 = 1,138.01;
        // the 61-90 rate edited to 12.5 %: JPY 250,000 × 0.125 = 31,250, total 28,494 − 25,000 + 31,250 = 34,744
        const edit =
          m.currency === "CNY"
            ? new Map([[cellAddress(first + 5, 3), 0.4]])
            : new Map([[cellAddress(first + 3, 3), 0.125]]);
        expect(grid.evaluate(cellAddress(first + 6, 4), edit)).toBeCloseTo(
          m.currency === "CNY" ? 1138.01 : 34744,
          9,
        );
      });

      it("formats balances and provisions in the minor unit and rates as %", () => {
        for (let row = first; row <= first + 6; row++) {
          expect(grid.formatAt(cellAddress(row, 2))).toBe(m.format);
          expect(grid.formatAt(cellAddress(row, 4))).toBe(m.format);
        }
        for (let row = first; row < first + 6; row++) expect(grid.formatAt(cellAddress(row, 3))).toBe("0.0%");
      });
    });
  }
});

describe("agingReportSpec: KPIs", () => {
  it("shows the DSO figures of the sales' currency, credit sales in its minor unit", () => {
    // JPY receivables 498,765 and not-due 98,765 against credit sales of 1,000,000 over 365 days:
    // DSO = 498,765 / 1,000,000 × 365 = 182.049225; best possible = 98,765 / 1,000,000 × 365 = 36.049225;
    // average days delinquent = 182.049225 − 36.049225 = 146
    const title = grid.find("Collection KPIs (JPY)");
    const rows = grid.values(rangeAddress(title.row + 1, 1, 4, 2));
    expect(rows).toEqual([
      ["Credit sales", 1_000_000],
      ["DSO (days)", closeTo(182.049225)],
      ["Best possible DSO (days)", closeTo(36.049225)],
      ["Average days delinquent", closeTo(146)],
    ]);
    expect(grid.formatAt(cellAddress(title.row + 1, 2))).toBe(JPY);
    for (let row = title.row + 2; row <= title.row + 4; row++)
      expect(grid.formatAt(cellAddress(row, 2))).toBe("0.0");
  });
});

describe("agingReportSpec: rows not read and notices", () => {
  it("lists every rejected row with its column, value, reason and amount in its currency's minor unit", () => {
    const title = grid.find("Rows not read (2)");
    const header = title.row + 1;
    const reasons = result.rejected.map((r) => r.reason);
    expect(grid.values(rangeAddress(header, 1, 3, 6))).toEqual([
      ["Row", "Column", "Value", "Reason", "Amount", "Currency"],
      [
        7,
        "Due date",
        "2026-02-30",
        LABELS.message(reasons[0]!, { column: "Due date", value: "2026-02-30", row: 7 }),
        777,
        "CNY",
      ],
      [
        12,
        "Due date",
        "2026-13-01",
        LABELS.message(reasons[1]!, { column: "Due date", value: "2026-13-01", row: 12 }),
        4321,
        "JPY",
      ],
    ]);
    expect(reasons[0]).toBe("ledgerDateImpossible");
    expect(grid.formatAt(cellAddress(header + 1, 5))).toBe(CNY);
    expect(grid.formatAt(cellAddress(header + 2, 5))).toBe(JPY);
  });

  it("says so when every row was read", () => {
    const clean = build(LEDGER.filter((_, i) => i !== 6 && i !== 11)).grid;
    const title = clean.find("Rows not read (0)");
    expect(clean.at(cellAddress(title.row + 2, 1))).toBe("None");
  });

  it("lists every notice with its count", () => {
    const title = grid.find("Notices");
    const shown = grid.values(rangeAddress(title.row + 1, 1, result.notices.length, 1)).flat();
    expect(shown).toEqual(result.notices.map((n) => LABELS.message(n.id, { ...n.params, count: n.count })));
    // two rows rejected, one credit note
    expect(shown).toContain(LABELS.message("ledgerRowsRejected", { count: 2 }));
    expect(shown).toContain(LABELS.message("ledgerNegativeItems", { count: 1 }));
  });
});

/** Layout rules every aging report keeps, checked on the report with and without a customer master. */
function checkLayout(sheet: SheetSpec): void {
  const rects = sheet.blocks.map(blockRect);
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++)
      expect([sheet.blocks[i]!.topLeft, sheet.blocks[j]!.topLeft, overlaps(rects[i]!, rects[j]!)]).toEqual([
        sheet.blocks[i]!.topLeft,
        sheet.blocks[j]!.topLeft,
        false,
      ]);
  // Every column written, formatted or charted has a width, and widths are sensible (keys wider than numbers).
  const widths = new Map((sheet.columnWidths ?? []).map((w) => [w.column, w.width]));
  const ranges = [
    ...rects,
    ...(sheet.numberFormats ?? []).map((f) => rectOf(f.range)),
    ...(sheet.styles ?? []).map((s) => rectOf(s.range)),
    ...(sheet.tables ?? []).map((t) => rectOf(t.range)),
    ...(sheet.conditionalFormats ?? []).map((c) => rectOf(c.range)),
  ];
  const charts = (sheet.charts ?? []).map((chart) => chartRect(sheet, chart, 14.25));
  const rightmost = Math.max(...ranges.map((r) => r.right), ...charts.map((r) => r.right));
  for (let column = 1; column <= rightmost; column++)
    expect([column, widths.has(column)]).toEqual([column, true]);
  expect(widths.get(1)).toBeGreaterThanOrEqual(20);
  for (const width of widths.values()) expect(width).toBeGreaterThanOrEqual(10);
  // A chart covers no cell the report writes, at Calibri's 15 pt rows nor at DengXian's 14.25 pt (Chinese Excel).
  for (const rowPoints of [15, 14.25]) {
    for (const chart of sheet.charts ?? []) {
      const area = chartRect(sheet, chart, rowPoints);
      for (const [i, rect] of rects.entries())
        expect([rowPoints, sheet.blocks[i]!.topLeft, overlaps(area, rect)]).toEqual([
          rowPoints,
          sheet.blocks[i]!.topLeft,
          false,
        ]);
      // right of the frozen key column, so scrolling sideways does not cut it
      expect(area.left).toBeGreaterThan(sheet.freeze?.columns ?? 0);
    }
  }
  const tables = (sheet.tables ?? []).map((t) => rectOf(t.range));
  for (let i = 0; i < tables.length; i++)
    for (let j = i + 1; j < tables.length; j++) expect(overlaps(tables[i]!, tables[j]!)).toBe(false);
  // Excel wants a table's headers as distinct, non-empty text.
  const cells = new SheetGrid(sheet);
  for (const table of sheet.tables ?? []) {
    const r = rectOf(table.range);
    const headers = cells.values(rangeAddress(r.top, r.left, 1, r.right - r.left + 1))[0]!;
    expect(headers.every((h) => typeof h === "string" && h.trim() !== "")).toBe(true);
    expect(new Set(headers).size).toBe(headers.length);
  }
}

describe("agingReportSpec: layout", () => {
  it("writes no cell twice, nothing past the columns given widths, and no chart over cells", () => {
    checkLayout(spec);
  });

  it("keeps the same rules with a customer master's limit, utilisation and grade columns", () => {
    const master = readCustomerMaster([
      ["Customer", "Credit limit", "Grade"],
      ["Acme", 5000, "B"],
      ["Beta", 4000, "C"],
    ]);
    const withMaster = build(LEDGER, master);
    checkLayout(withMaster.spec);
    // CNY table: limit, utilisation (open / limit) and grade after the items; Cathay is not in the master.
    // Acme 2,301.25 / 5,000 = 0.46025; Beta 4,549.90 / 4,000 = 1.137475
    const title = withMaster.grid.find("Customers — CNY");
    const header = title.row + 1;
    const table = withMaster.spec.tables![0]!;
    expect(table.range).toBe(rangeAddress(header, 1, 4, GROUP_HEADER.length + 3));
    expect(withMaster.grid.values(rangeAddress(header, GROUP_HEADER.length + 1, 4, 3))).toEqual([
      ["Credit limit", "Utilisation", "Grade"],
      [5000, closeTo(0.46025), "B"],
      [4000, closeTo(1.137475), "C"],
      [null, null, null],
    ]);
    for (let row = header + 1; row <= header + 3; row++) {
      expect(withMaster.grid.formatAt(cellAddress(row, GROUP_HEADER.length + 1))).toBe(CNY);
      expect(withMaster.grid.formatAt(cellAddress(row, GROUP_HEADER.length + 2))).toBe("0.0%");
    }
  });
});
