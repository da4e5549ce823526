/**
 * CREDIT.DSO / DSOCOUNTBACK / BESTDSO / CEI / DAYSBEYONDTERMS / TURNOVER through the catalog wrappers,
 * with Excel-style arguments. Definitions: DESIGN §3.6.
 */
import {
  bestDsoFn,
  ceiFn,
  daysBeyondTermsFn,
  dsoCountbackFn,
  dsoFn,
  turnoverFn,
} from "../../../src/functions/catalog/kpi";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("CREDIT.DSO(receivables, credit_sales, [days])", () => {
  it("is receivables / credit sales × days, 365 by default", () => {
    // 150,000 / 1,200,000 × 365 = 0.125 × 365 = 45.625
    expect(dsoFn(150000, 1200000, null)).toBeCloseTo(45.625, 9);
    expect(dsoFn(150000, 1200000, "")).toBeCloseTo(45.625, 9);
    // 0.125 × 360 = 45
    expect(dsoFn(150000, 1200000, 360)).toBeCloseTo(45, 9);
    // a quarter: 0.125 × 90 = 11.25
    expect(dsoFn("150,000", "1,200,000", "90")).toBeCloseTo(11.25, 9);
  });

  it("refuses zero sales (#DIV/0!), zero days and blanks", () => {
    expect(dsoFn(150000, 0, null)).toMatchObject(error("#DIV/0!", "denominatorZero", { arg: "creditSales" }));
    expect(dsoFn(150000, 1200000, 0)).toMatchObject(error("#VALUE!", "numberNotPositive", { arg: "days" }));
    expect(dsoFn(null, 1200000, null)).toMatchObject(error("#N/A", "argBlank", { arg: "receivables" }));
    expect(dsoFn(150000, "n/a", null)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "credit_sales" }),
    );
  });
});

describe("CREDIT.DSOCOUNTBACK(receivables, monthly_sales, [month_days])", () => {
  it("walks back month by month, the last month counting its share", () => {
    // 250 − 100 (31 days) = 150; 150 − 120 (30 days) = 30; 30 / 90 of a 31-day month → 31 + 30 + 10.333… = 71.333…
    expect(dsoCountbackFn(250, [[100], [120], [90]], [[31], [30], [31]])).toBeCloseTo(
      31 + 30 + (30 / 90) * 31,
      9,
    );
    // month_days omitted → 30 each: 30 + 30 + 30 / 90 × 30 = 70
    expect(dsoCountbackFn(250, [[100], [120], [90]], null)).toBeCloseTo(70, 9);
    expect(dsoCountbackFn(250, [[100, 120, 90]], "")).toBeCloseTo(70, 9);
  });

  it("counts a month that is used up exactly as a whole month", () => {
    // 220 − 100 = 120 = the second month's sales → 31 + 30 = 61
    expect(dsoCountbackFn(220, [[100], [120], [90]], [[31], [30], [31]])).toBeCloseTo(61, 9);
    expect(dsoCountbackFn(0, [[100]], null)).toBe(0);
  });

  it("refuses receivables larger than all the sales given (#N/A) and mismatched month days", () => {
    // 100 + 120 + 90 = 310 < 400
    expect(dsoCountbackFn(400, [[100], [120], [90]], null)).toMatchObject(
      error("#N/A", "receivablesExceedSales", { months: 3 }),
    );
    expect(dsoCountbackFn(250, [[100], [120], [90]], [[31], [30]])).toMatchObject(
      error("#VALUE!", "listLengthMismatch", { arg: "monthDays" }),
    );
    expect(dsoCountbackFn(250, [[100], ["May"]], null)).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "monthly_sales", index: 2, row: 2, column: 1 }),
    );
  });
});

describe("CREDIT.BESTDSO(current_receivables, credit_sales, [days])", () => {
  it("is current receivables / credit sales × days", () => {
    // 100,000 / 1,200,000 × 365 = 365 / 12 = 30.41666…
    expect(bestDsoFn(100000, 1200000, null)).toBeCloseTo(365 / 12, 9);
    // × 360 → 30
    expect(bestDsoFn(100000, 1200000, 360)).toBeCloseTo(30, 9);
  });

  it("refuses zero sales and a blank", () => {
    expect(bestDsoFn(100000, 0, null)).toMatchObject(error("#DIV/0!", "denominatorZero"));
    expect(bestDsoFn("", 1, null)).toMatchObject(error("#N/A", "argBlank", { arg: "current_receivables" }));
  });
});

describe("CREDIT.CEI(opening_ar, credit_sales, closing_ar, closing_current_ar)", () => {
  it("is (opening + sales − closing) / (opening + sales − closing current)", () => {
    // (100 + 500 − 120) / (100 + 500 − 80) = 480 / 520 = 0.923076…
    expect(ceiFn(100, 500, 120, 80)).toBeCloseTo(480 / 520, 9);
    // everything collectable collected: (100 + 500 − 80) / (100 + 500 − 80) = 1
    expect(ceiFn(100, 500, 80, 80)).toBeCloseTo(1, 9);
    expect(ceiFn("100", "500", "120", "80")).toBeCloseTo(480 / 520, 9);
  });

  it("refuses current receivables above closing receivables and nothing collectable", () => {
    expect(ceiFn(100, 500, 80, 120)).toMatchObject(error("#VALUE!", "currentExceedsClosing"));
    expect(ceiFn(0, 0, 0, 0)).toMatchObject(error("#DIV/0!", "ceiNothingCollectable"));
    expect(ceiFn(100, 500, 120, null)).toMatchObject(
      error("#N/A", "argBlank", { arg: "closing_current_ar" }),
    );
  });
});

describe("CREDIT.DAYSBEYONDTERMS(amounts, paid_dates, due_dates)", () => {
  const due = 45000;

  it("is Σ amount × days late / Σ amount over paid invoices; early payment counts 0", () => {
    // (100 × 10 + 300 × 0) / (100 + 300) = 1,000 / 400 = 2.5
    expect(daysBeyondTermsFn([[100], [300]], [[due + 10], [due]], [[due], [due]])).toBeCloseTo(2.5, 9);
    // paid 10 days early counts 0, not −10: (100 × 10 + 300 × 0) / 400 = 2.5
    expect(daysBeyondTermsFn([[100], [300]], [[due + 10], [due - 10]], [[due], [due]])).toBeCloseTo(2.5, 9);
  });

  it("skips unpaid invoices (blank paid date) and rows with no amount", () => {
    // third invoice unpaid: still 1,000 / 400 = 2.5
    expect(
      daysBeyondTermsFn([[100], [300], [50]], [[due + 10], [due], [""]], [[due], [due], [due]]),
    ).toBeCloseTo(2.5, 9);
    // second row has no amount: 100 × 10 / 100 = 10
    expect(daysBeyondTermsFn([[100], [""]], [[due + 10], [due + 20]], [[due], [due]])).toBeCloseTo(10, 9);
  });

  it("reads date text", () => {
    // paid 2026-11-10, due 2026-10-31: 10 days × 100 / 100 = 10
    expect(daysBeyondTermsFn([[100]], [["2026-11-10"]], [["2026-10-31"]])).toBeCloseTo(10, 9);
  });

  it("refuses no paid invoice (#DIV/0!), an amount without a due date and mismatched ranges", () => {
    expect(daysBeyondTermsFn([[100]], [[""]], [[due]])).toMatchObject(error("#DIV/0!", "noPaidInvoices"));
    expect(daysBeyondTermsFn([[100]], [[due]], [[""]])).toMatchObject(
      error("#N/A", "amountWithoutDate", { arg: "due_dates", index: 1 }),
    );
    expect(daysBeyondTermsFn([[100], [200]], [[due]], [[due], [due]])).toMatchObject(
      error("#VALUE!", "lengthMismatch", { second: "paid_dates", secondLength: 1, firstLength: 2 }),
    );
    expect(daysBeyondTermsFn([[100]], [[due]], [[0]])).toMatchObject(
      error("#VALUE!", "itemNotDate", { arg: "due_dates", index: 1, row: 1, column: 1 }),
    );
  });
});

describe("CREDIT.TURNOVER(credit_sales, average_ar)", () => {
  it("is credit sales / average receivables", () => {
    // 1,200,000 / 150,000 = 8
    expect(turnoverFn(1200000, 150000)).toBeCloseTo(8, 9);
    expect(turnoverFn("1,200,000", "150,000")).toBeCloseTo(8, 9);
  });

  it("refuses zero receivables (#DIV/0!) and a blank", () => {
    expect(turnoverFn(1200000, 0)).toMatchObject(error("#DIV/0!", "denominatorZero", { arg: "averageAr" }));
    expect(turnoverFn(1200000, "")).toMatchObject(error("#N/A", "argBlank", { arg: "average_ar" }));
  });
});

/**
 * A refused cell after skipped blanks is named by its place in the range the user sees, not by its
 * position among the non-blank cells.
 */
const positionOf = (result: unknown): unknown => {
  const params = (result as { params?: Record<string, unknown> }).params ?? {};
  return params.index ?? params.position ?? params.row;
};

describe("positions count blank cells", () => {
  it("DAYSBEYONDTERMS names the cell of a negative amount, counting blank rows", () => {
    const result = daysBeyondTermsFn([[""], [-5]], [[45000], [45000]], [[45000], [45000]]);
    expect(result).toMatchObject(error("#VALUE!", "itemNotPositive", { arg: "amounts" }));
    expect(positionOf(result)).toBe(2);
  });

  it("DSOCOUNTBACK names the cell of negative sales, counting blank cells", () => {
    const result = dsoCountbackFn(100, [[100], [""], [-5]], null);
    expect(result).toMatchObject(error("#VALUE!", "itemNegative"));
    expect(positionOf(result)).toBe(3);
  });
});
