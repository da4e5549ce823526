import { creditError } from "../../../src/core/errors";
import { datePartsToSerial } from "../../../src/core/dates";

describe("datePartsToSerial", () => {
  it.each([
    // ECMA-376 Part 1 §18.17.4.1 DATEVALUE examples.
    [1900, 1, 1, 1],
    [1910, 2, 3, 3687],
    [2006, 2, 1, 38749],
    [9999, 12, 31, 2958465],
    [1900, 2, 28, 59], // 31 + 28
    [1900, 2, 29, 60], // Excel's phantom leap day
    [1900, 3, 1, 61],
    // 2006-02-01 = 38749; + 20 years (7300 days) + 5 leap days (2008…2024) = 46054 for 2026-02-01;
    // + 242 days (Feb 28, Mar 31, Apr 30, May 31, Jun 30, Jul 31, Aug 31, Sep 30) = 46296 for 1 Oct; + 30.
    [2026, 10, 31, 46326],
    [2000, 2, 29, 36585], // see serialToDateParts.test.ts for the arithmetic
    [2100, 2, 28, 73109],
    [2100, 3, 1, 73110],
  ])("%p-%p-%p is serial %p", (year, month, day, serial) => {
    expect(datePartsToSerial(year, month, day)).toBe(serial);
  });

  it("rejects days that do not exist, naming the month length", () => {
    expect(datePartsToSerial(2013, 2, 30)).toEqual(
      creditError("#VALUE!", "dateImpossible", {
        text: "2013-02-30",
        year: "2013",
        month: "2",
        day: "30",
        lastDay: 28,
      }),
    );
    // 2100 is not a leap year (divisible by 100, not by 400).
    expect(datePartsToSerial(2100, 2, 29)).toEqual(
      creditError("#VALUE!", "dateImpossible", {
        text: "2100-02-29",
        year: "2100",
        month: "2",
        day: "29",
        lastDay: 28,
      }),
    );
    expect(datePartsToSerial(1900, 2, 30)).toEqual(
      creditError("#VALUE!", "dateImpossible", {
        text: "1900-02-30",
        year: "1900",
        month: "2",
        day: "30",
        lastDay: 29,
      }),
    );
    expect(datePartsToSerial(2026, 4, 31)).toMatchObject({ id: "dateImpossible", params: { lastDay: 30 } });
    expect(datePartsToSerial(2026, 1, 0)).toMatchObject({ id: "dateImpossible", params: { day: "0" } });
    expect(datePartsToSerial(2026, 1, 1.5)).toMatchObject({ id: "dateImpossible", params: { day: "1.5" } });
  });

  it("rejects months outside 1–12", () => {
    expect(datePartsToSerial(2013, 13, 1)).toEqual(
      creditError("#VALUE!", "dateMonthImpossible", { text: "2013-13-01", month: "13" }),
    );
    expect(datePartsToSerial(2013, 0, 1)).toMatchObject({
      id: "dateMonthImpossible",
      params: { month: "0" },
    });
  });

  it("rejects years outside 1900–9999", () => {
    expect(datePartsToSerial(1899, 12, 31)).toEqual(
      creditError("#VALUE!", "dateYearOutOfRange", {
        text: "1899-12-31",
        year: "1899",
        first: 1900,
        last: 9999,
      }),
    );
    expect(datePartsToSerial(10000, 1, 1)).toMatchObject({
      id: "dateYearOutOfRange",
      params: { year: "10000" },
    });
    expect(datePartsToSerial(Number.NaN, 1, 1)).toMatchObject({
      id: "dateYearOutOfRange",
      params: { year: "NaN" },
    });
  });
});
