import { creditError } from "../../../src/core/errors";
import { daysBeyondTerms } from "../../../src/core/kpi";

const DUE = 46053; // 2026-01-31

describe("daysBeyondTerms", () => {
  it("weights days late by amount over paid invoices", () => {
    // 1,000 paid 10 days late, 3,000 paid 2 days early (counts 0), 500 still open (skipped)
    // (1,000 × 10 + 3,000 × 0) / (1,000 + 3,000) = 10,000 / 4,000 = 2.5
    expect(daysBeyondTerms([1000, 3000, 500], [DUE + 10, DUE - 2, null], [DUE, DUE, DUE])).toBe(2.5);
    // (200 × 4 + 600 × 12) / 800 = (800 + 7,200) / 800 = 10
    expect(daysBeyondTerms([200, 600], [DUE + 4, DUE + 12], [DUE, DUE])).toBe(10);
  });

  it("counts paying on the due date as 0 and the next day as 1", () => {
    expect(daysBeyondTerms([100], [DUE], [DUE])).toBe(0);
    expect(daysBeyondTerms([100], [DUE + 1], [DUE])).toBe(1);
    expect(daysBeyondTerms([100], [DUE - 1], [DUE])).toBe(0);
  });

  it("ignores the time of day", () => {
    // paid at 01:00 the day after a due date stamped 23:00: 1 day late
    expect(daysBeyondTerms([100], [DUE + 1 + 1 / 24], [DUE + 23 / 24])).toBe(1);
  });

  it("does not check the amounts of open rows", () => {
    // the −50 credit note is open (no paid date) and skipped
    expect(daysBeyondTerms([100, -50], [DUE + 3, null], [DUE, DUE])).toBe(3);
  });

  it("refuses a list with no paid invoice (#DIV/0!)", () => {
    expect(daysBeyondTerms([100, 200], [null, null], [DUE, DUE])).toEqual(
      creditError("#DIV/0!", "noPaidInvoices"),
    );
    expect(daysBeyondTerms([], [], [])).toEqual(creditError("#DIV/0!", "noPaidInvoices"));
  });

  it("refuses paid rows it cannot use, naming the position", () => {
    expect(daysBeyondTerms([100, 0], [DUE, DUE], [DUE, DUE])).toEqual(
      creditError("#VALUE!", "itemNotPositive", { arg: "amounts", position: 2 }),
    );
    expect(daysBeyondTerms([-100], [DUE], [DUE])).toEqual(
      creditError("#VALUE!", "itemNotPositive", { arg: "amounts", position: 1 }),
    );
    expect(daysBeyondTerms([Number.NaN], [DUE], [DUE])).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "amounts", position: 1 }),
    );
    expect(daysBeyondTerms([100], [0], [DUE])).toEqual(
      creditError("#VALUE!", "dateItemNotValid", { arg: "paidDates", position: 1 }),
    );
    expect(daysBeyondTerms([100], [DUE], [Number.NaN])).toEqual(
      creditError("#VALUE!", "dateItemNotValid", { arg: "dueDates", position: 1 }),
    );
  });

  it("refuses lists of different lengths", () => {
    expect(daysBeyondTerms([100, 200], [DUE], [DUE, DUE])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "paidDates",
        other: "amounts",
        actual: 1,
        expected: 2,
      }),
    );
    expect(daysBeyondTerms([100], [DUE], [DUE, DUE])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "dueDates",
        other: "amounts",
        actual: 2,
        expected: 1,
      }),
    );
  });
});
