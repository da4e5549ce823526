import { isCreditError } from "../../../src/core/errors";
import {
  type ColumnMapping,
  type LedgerReaderOptions,
  type RawCell,
  ageLedger,
  createLedgerReader,
  detectLedgerColumns,
} from "../../../src/core/ledger";
import { cents, ok, serial } from "./ledgerTestKit";

/**
 * Malformed ledgers as users really hand them over. Each must give a clear problem (column detection) or
 * listed rejections (row, reason), and lose nothing: for every currency, the report's open total plus the
 * rejected amounts equals the sum of every readable open amount, worked out by hand in `readable`.
 */
interface CorpusEntry {
  readonly name: string;
  readonly rows: RawCell[][];
  readonly options?: Partial<LedgerReaderOptions>;
  /** Problem ids detection must report. */
  readonly problems?: readonly string[];
  /** The user's fix for a blocking problem: the columns they map by hand. */
  readonly fix?: { readonly mapping: ColumnMapping; readonly headerRow?: number };
  /** [sheet row, reason] of every rejection. */
  readonly rejected?: readonly (readonly [number, string])[];
  /** Hand sum of the readable open amounts per currency ("" = no currency). */
  readonly readable: Readonly<Record<string, number>>;
  /** Notice ids the read must give. */
  readonly notices?: readonly string[];
}

const AS_OF = serial("2013-12-31");
const DUE = serial("2013-12-01"); // 30 days past due
const H: RawCell[] = ["Customer", "Due date", "Amount"];

const corpus: CorpusEntry[] = [
  {
    name: "text in an amount",
    rows: [H, ["A", DUE, "abc"], ["A", DUE, 10]],
    rejected: [[2, "ledgerAmountUnreadable"]],
    readable: { "": 10 }, // "abc" is not readable; 10
  },
  {
    name: "an amount with a unit word",
    rows: [H, ["A", DUE, "100 dollars"], ["A", DUE, "1,000.25"]],
    rejected: [[2, "ledgerAmountUnreadable"]],
    readable: { "": 1000.25 },
  },
  {
    name: "impossible date 2013-02-30",
    rows: [H, ["A", "2013-02-30", 25], ["A", DUE, 5]],
    rejected: [[2, "ledgerDateImpossible"]],
    readable: { "": 30 }, // 25 rejected (amount readable) + 5 aged
  },
  {
    name: "month 13",
    rows: [H, ["A", "2013-13-01", 5]],
    rejected: [[2, "ledgerDateImpossible"]],
    readable: { "": 5 },
  },
  {
    name: "31 April, day first",
    rows: [H, ["A", "31/4/2013", 6], ["A", "30/4/2013", 4]],
    rejected: [[2, "ledgerDateImpossible"]],
    readable: { "": 10 },
  },
  {
    name: "date text that is no date",
    rows: [H, ["A", "next week", 7]],
    rejected: [[2, "ledgerDateUnreadable"]],
    readable: { "": 7 },
  },
  {
    name: "a year before 1900",
    rows: [H, ["A", "1899-12-31", 8]],
    rejected: [[2, "ledgerDateOutOfRange"]],
    readable: { "": 8 },
  },
  {
    name: "a serial beyond 9999-12-31 and a negative serial",
    rows: [H, ["A", 3_000_000, 9], ["A", -1, 1]],
    rejected: [
      [2, "ledgerDateOutOfRange"],
      [3, "ledgerDateOutOfRange"],
    ],
    readable: { "": 10 },
  },
  {
    name: "empty customer",
    rows: [H, ["", DUE, 7], [null, DUE, 8], ["  ", DUE, 1], ["B", DUE, 2]],
    rejected: [
      [2, "ledgerCustomerBlank"],
      [3, "ledgerCustomerBlank"],
      [4, "ledgerCustomerBlank"],
    ],
    readable: { "": 18 },
  },
  {
    name: "a TRUE in the customer column",
    rows: [H, [true, DUE, 9]],
    rejected: [[2, "ledgerCustomerUnreadable"]],
    readable: { "": 9 },
  },
  {
    name: "#N/A in an amount",
    rows: [H, ["A", DUE, { error: "#N/A" }], ["A", DUE, 3]],
    rejected: [[2, "ledgerCellError"]],
    readable: { "": 3 },
  },
  {
    name: "#N/A in a due date",
    rows: [H, ["A", { error: "#N/A" }, 4]],
    rejected: [[2, "ledgerCellError"]],
    readable: { "": 4 },
  },
  {
    name: "#REF! in a customer",
    rows: [H, [{ error: "#REF!" }, DUE, 6]],
    rejected: [[2, "ledgerCellError"]],
    readable: { "": 6 },
  },
  {
    name: "#VALUE! in a currency",
    rows: [
      ["Customer", "Due date", "Amount", "Currency"],
      ["A", DUE, 6, { error: "#VALUE!" }],
      ["A", DUE, 1, "USD"],
    ],
    rejected: [[2, "ledgerCellError"]],
    readable: { "": 6, USD: 1 }, // the rejected row's currency is unknown: it is listed under ""
  },
  {
    name: "TRUE as an amount",
    rows: [H, ["A", DUE, true]],
    rejected: [[2, "ledgerAmountUnreadable"]],
    readable: {},
  },
  {
    name: "NaN and Infinity as amounts",
    rows: [H, ["A", DUE, Number.NaN], ["A", DUE, Number.POSITIVE_INFINITY], ["A", DUE, 2]],
    rejected: [
      [2, "ledgerAmountUnreadable"],
      [3, "ledgerAmountUnreadable"],
    ],
    readable: { "": 2 },
  },
  {
    name: "an amount too large to count to the cent",
    rows: [H, ["A", DUE, 1e300]],
    rejected: [[2, "ledgerAmountTooLarge"]],
    readable: {},
  },
  {
    name: "a total line",
    rows: [H, ["A", DUE, 40], ["B", DUE, 60], ["Total", null, 100]],
    rejected: [[4, "ledgerSummaryRow"]],
    readable: { "": 200 }, // 40 + 60 aged, the total line's 100 listed as rejected
  },
  {
    name: "a 合计 line",
    rows: [
      ["客户", "到期日", "金额"],
      ["甲", DUE, 40],
      ["合计：", null, 40],
    ],
    rejected: [[3, "ledgerSummaryRow"]],
    readable: { "": 80 },
  },
  {
    name: "a row without any date",
    rows: [
      ["Customer", "Invoice date", "Due date", "Amount"],
      ["A", null, null, 5],
      ["A", DUE, null, 1],
    ],
    rejected: [[2, "ledgerNoDate"]],
    readable: { "": 6 },
  },
  {
    name: "unreadable terms when the due date must be derived",
    rows: [
      ["Customer", "Invoice date", "Due date", "Terms", "Amount"],
      ["A", DUE, null, "COD", 5],
      ["A", DUE, DUE, "COD", 2],
    ],
    rejected: [[2, "ledgerTermsUnreadable"]], // row 3 has its due date: its terms are not needed
    readable: { "": 7 },
  },
  {
    name: "only ambiguous text dates",
    rows: [H, ["A", "1/2/2013", 1], ["A", "3/4/2013", 2], ["A", "2013-12-01", 4]],
    rejected: [
      [2, "ledgerDateAmbiguous"],
      [3, "ledgerDateAmbiguous"],
    ],
    readable: { "": 7 },
    notices: ["ledgerDayOrderUnknown"],
  },
  {
    name: "day-first and month-first texts in one column",
    rows: [H, ["A", "25/1/2013", 1], ["A", "1/25/2013", 2], ["A", "1/2/2013", 4]],
    rejected: [[4, "ledgerDateAmbiguous"]],
    readable: { "": 7 },
    notices: ["ledgerDayOrderConflicting"],
  },
  {
    name: "an unreadable paid amount",
    rows: [
      ["Customer", "Due date", "Amount", "Paid"],
      ["A", DUE, 50, "n/a"],
      ["A", DUE, 50, 20],
    ],
    rejected: [[2, "ledgerAmountUnreadable"]],
    readable: { "": 30 }, // row 2's open amount cannot be known; row 3: 50 − 20
  },
  {
    name: "an unreadable settled date",
    rows: [
      ["Customer", "Invoice date", "Due date", "Amount", "Settled date"],
      ["A", serial("2013-11-01"), DUE, 40, "someday"],
      ["A", serial("2013-11-01"), DUE, 60, serial("2014-01-05")],
    ],
    rejected: [[2, "ledgerDateUnreadable"]],
    readable: { "": 100 },
  },
  {
    name: "invoice basis without an invoice date",
    rows: [
      ["Customer", "Invoice date", "Due date", "Amount"],
      ["A", null, DUE, 5],
      ["A", DUE, null, 3],
    ],
    options: { basis: "invoice" },
    rejected: [[2, "ledgerInvoiceDateMissing"]],
    readable: { "": 8 },
  },
  {
    name: "a merged-looking header above the real one",
    rows: [
      ["Receivables 2013"],
      ["", "Dates", "", "Money"],
      ["Customer", "Invoice date", "Due date", "Amount"],
      ["A", DUE, DUE, 12],
    ],
    readable: { "": 12 },
  },
  {
    name: "duplicate headers",
    rows: [
      ["Customer", "Due date", "Amount", "Amount"],
      ["A", DUE, 3, 1000],
    ],
    problems: ["duplicateHeader", "fieldAmbiguous"],
    readable: { "": 3 }, // the first "Amount" is read; the user is warned about the second
  },
  {
    name: "a 1904-system workbook",
    // 1904 serials: 2013-12-01 is 41609 − 1462 = 40147; 0 is a blank cell, so row 3 has no date
    rows: [H, ["A", 40147, 11], ["A", 0, 4]],
    options: { date1904: true },
    rejected: [[3, "ledgerNoDate"]],
    readable: { "": 15 },
  },
  {
    name: "an empty sheet",
    rows: [],
    problems: ["sourceEmpty"],
    readable: {},
  },
  {
    name: "a sheet of blank cells",
    rows: [
      [null, ""],
      ["   ", null],
    ],
    problems: ["sourceEmpty"],
    readable: {},
  },
  {
    name: "a header and no data",
    rows: [H],
    problems: ["noDataRows"],
    readable: {},
  },
  {
    name: "no recognisable header",
    rows: [
      ["Wer", "Wann", "Wieviel"],
      ["A", DUE, 5],
    ],
    problems: ["headerRowNotFound"],
    fix: { mapping: { customer: 0, dueDate: 1, amount: 2 }, headerRow: 0 },
    readable: { "": 5 },
  },
  {
    name: "no customer column",
    rows: [
      ["Who", "Due date", "Amount"],
      ["A", DUE, 5],
    ],
    problems: ["ledgerNoCustomerColumn"],
    fix: { mapping: { customer: 0, dueDate: 1, amount: 2 } },
    readable: { "": 5 },
  },
  {
    name: "no amount column",
    rows: [
      ["Customer", "Due date", "Owed"],
      ["A", DUE, 5],
    ],
    problems: ["ledgerNoAmountColumn"],
    fix: { mapping: { customer: 0, dueDate: 1, amount: 2 } },
    readable: { "": 5 },
  },
  {
    name: "no date column",
    rows: [
      ["Customer", "When", "Amount"],
      ["A", DUE, 5],
    ],
    problems: ["ledgerNoDateColumn"],
    fix: { mapping: { customer: 0, dueDate: 1, amount: 2 } },
    readable: { "": 5 },
  },
  {
    name: "ragged rows",
    rows: [H, ["A", DUE], ["A"], ["A", DUE, 5, "extra"]],
    rejected: [], // row 2 has no amount (zero, skipped); row 3 too
    readable: { "": 5 },
    notices: ["ledgerZeroOpenSkipped"],
  },
  {
    name: "blank rows between items",
    rows: [H, ["A", DUE, 1], [], [null, null, null], ["A", DUE, 2]],
    readable: { "": 3 },
    notices: ["ledgerBlankRows"],
  },
  {
    name: "full-width and bracketed amounts",
    rows: [H, ["A", DUE, "１，２３４．５０"], ["A", DUE, "(100.00)"], ["A", DUE, "¥-0.50"]],
    readable: { "": 1134 }, // 1,234.50 − 100 − 0.50
    notices: ["ledgerNegativeItems"],
  },
  {
    name: "errors in a column nobody mapped",
    rows: [
      ["Customer", "Due date", "Amount", "Notes"],
      ["A", DUE, 5, { error: "#DIV/0!" }],
    ],
    readable: { "": 5 },
  },
  {
    name: "paid more than the amount",
    rows: [
      ["Customer", "Due date", "Amount", "Paid"],
      ["A", DUE, 50, 80],
    ],
    readable: { "": -30 },
    notices: ["ledgerNegativeItems"],
  },
  {
    name: "mixed currencies with bad rows in each",
    rows: [
      ["Customer", "Due date", "Amount", "Currency"],
      ["A", DUE, 10, "USD"],
      ["A", "2013-02-29", 20, "USD"],
      ["A", DUE, 1000, "JPY"],
      ["", DUE, 500.4, "JPY"],
    ],
    rejected: [
      [3, "ledgerDateImpossible"],
      [5, "ledgerCustomerBlank"],
    ],
    readable: { USD: 30, JPY: 1500 }, // JPY has no decimals: 500.4 → 500
  },
];

describe("bad-input corpus", () => {
  it("has at least 30 malformed ledgers", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
    const detection = detectLedgerColumns(entry.rows);
    const problemIds = detection.problems.map((p) => p.id);
    for (const id of entry.problems ?? []) expect(problemIds).toContain(id);
    const blocking = detection.problems.filter((p) => p.severity === "blocking");
    if (entry.fix === undefined && blocking.length > 0) {
      // Nothing can be read: then there must be nothing readable either.
      expect(entry.readable).toEqual({});
      expect(entry.problems).toEqual(expect.arrayContaining(blocking.map((p) => p.id)));
      return;
    }
    if (entry.fix === undefined) expect(blocking).toEqual([]);
    const reader = ok(
      createLedgerReader({
        mapping: entry.fix?.mapping ?? detection.mapping,
        headerRow: entry.fix?.headerRow ?? detection.headerRow,
        asOf: AS_OF,
        basis: "due",
        groupBy: "customer",
        ...entry.options,
      }),
    );
    reader.addRows(entry.rows, 1);
    const items = reader.finish();
    const result = ok(ageLedger(items));
    expect(isCreditError(result)).toBe(false);

    expect(result.rejected.map((r) => [r.row, r.reason])).toEqual(entry.rejected ?? []);
    for (const r of result.rejected) {
      expect(r.column).not.toBe("");
      expect(typeof r.value).toBe("string");
    }
    for (const id of entry.notices ?? []) expect(result.notices.map((n) => n.id)).toContain(id);

    // Nothing lost: open + rejected = readable, currency by currency.
    const accounted: Record<string, number> = {};
    for (const total of result.totals) {
      accounted[total.currency] = cents(total.open) + cents(total.rejectedAmount);
    }
    const expected = Object.fromEntries(
      Object.entries(entry.readable).map(([c, amount]) => [c, cents(amount)]),
    );
    expect(accounted).toEqual(expected);
  });
});
