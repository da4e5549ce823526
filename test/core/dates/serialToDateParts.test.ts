import { creditError } from "../../../src/core/errors";
import { serialToDateParts } from "../../../src/core/dates";

const outOfRange = (serial: string) =>
  creditError("#VALUE!", "dateSerialOutOfRange", { serial, first: 1, last: 2958465 });

describe("serialToDateParts", () => {
  it.each([
    // ECMA-376 Part 1 §18.17.4.1 examples: DATEVALUE("01-Jan-1900") = 1, ("03-Feb-1910") = 3687,
    // ("01-Feb-2006") = 38749, ("31-Dec-9999") = 2958465.
    [1, 1900, 1, 1],
    [3687, 1910, 2, 3],
    [38749, 2006, 2, 1],
    [2958465, 9999, 12, 31],
    // January has 31 days: serial 31 = 31 Jan, 32 = 1 Feb, 31 + 28 = 59 = 28 Feb.
    [31, 1900, 1, 31],
    [32, 1900, 2, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29], // Excel's phantom leap day
    [61, 1900, 3, 1],
    // 2000 is a leap year: 2000-01-01 = 38749 − (6·365 + 2 leap days + 31 days of Jan 2006) = 36526;
    // 29 Feb = 36526 + 31 + 28 = 36585, 1 Mar = 36586.
    [36585, 2000, 2, 29],
    [36586, 2000, 3, 1],
    // 2100 is not: 2100-01-01 = 36526 + 100·365 + 25 leap days (2000…2096) = 73051;
    // 28 Feb = 73051 + 31 + 27 = 73109, the next day is 1 March.
    [73109, 2100, 2, 28],
    [73110, 2100, 3, 1],
  ])("serial %p is %p-%p-%p", (serial, year, month, day) => {
    expect(serialToDateParts(serial)).toEqual({ year, month, day });
  });

  it("ignores the time of day", () => {
    // 3687.4207639 is 1910-02-03T10:05:54 (ISO/IEC 29500-1 L.2.16.9.3).
    expect(serialToDateParts(3687.4207639)).toEqual({ year: 1910, month: 2, day: 3 });
    expect(serialToDateParts(60.99)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToDateParts(2958465.9999884)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it.each([
    [0, "0"],
    [0.5, "0.5"],
    [-1, "-1"],
    [2958466, "2958466"],
    [Number.NaN, "NaN"],
  ])("refuses %p", (serial, text) => {
    expect(serialToDateParts(serial)).toEqual(outOfRange(text));
  });
});
