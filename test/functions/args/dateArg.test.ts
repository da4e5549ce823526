/**
 * The coercion rule for dates (DESIGN §2): Excel serial numbers in the 1900 system (1 = 1900-01-01 to
 * 2,958,465 = 9999-12-31, a time-of-day fraction allowed); date text as people type it; ambiguous text such
 * as 1/2/2013 refused rather than guessed; blanks are "no value" (#N/A argBlank when required).
 */
import { readDate, requiredDate } from "../../../src/functions/args";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

/** Serial of a date after 1900-02-28 by DESIGN §2: ms / 86,400,000 + 25,569. */
const serialOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86400000 + 25569;

describe("readDate: serial numbers", () => {
  it("uses serials in Excel's range as they are", () => {
    // 2026-10-31: Date.UTC(2026, 9, 31) / 86,400,000 + 25,569 = 46326
    expect(serialOf(2026, 10, 31)).toBe(46326);
    expect(readDate(46326, "as_of")).toBe(46326);
    expect(readDate(46326.5, "as_of")).toBe(46326.5); // with a time of day
    expect(readDate(1, "as_of")).toBe(1); // 1900-01-01, the first date
    expect(readDate(60, "as_of")).toBe(60); // Excel's phantom 29-Feb-1900
    expect(readDate(2958465, "as_of")).toBe(2958465); // 9999-12-31, the last date
    expect(readDate([[46326]], "as_of")).toBe(46326); // a 1×1 range
  });

  it.each([0, 0.5, -1, 2958466, Number.NaN])("refuses the serial %p", (serial) => {
    expect(readDate(serial, "as_of")).toMatchObject(error("#VALUE!", "argNotDateSerial", { arg: "as_of" }));
  });
});

describe("readDate: text", () => {
  it.each([
    "2026-10-31",
    "2026/10/31",
    "2026.10.31",
    "20261031",
    "2026年10月31日",
    "２０２６年１０月３１日", // full-width digits
    "2026年10月31号",
    "31.10.2026", // dots with the year last are day first
    "31-Oct-2026",
    "Oct 31, 2026",
    " 2026-10-31 ",
    [["2026-10-31"]],
  ])("reads %p as 2026-10-31 = 46326", (text) => {
    expect(readDate(text, "as_of")).toBe(46326);
  });

  it("adds a time of day as the fraction", () => {
    // 18:00 = 18 / 24 = 0.75
    expect(readDate("2026-10-31 18:00", "as_of")).toBe(46326.75);
  });

  it("reads day and month when a number above 12 shows which is which", () => {
    // 2013-02-13: serial 41318
    expect(serialOf(2013, 2, 13)).toBe(41318);
    expect(readDate("13/2/2013", "due")).toBe(41318);
    expect(readDate("2/13/2013", "due")).toBe(41318);
    // 1/1/2013 reads the same either way: 41275
    expect(readDate("1/1/2013", "due")).toBe(serialOf(2013, 1, 1));
  });

  it("refuses ambiguous day/month text rather than guessing", () => {
    expect(readDate("1/2/2013", "as_of")).toMatchObject(
      error("#VALUE!", "dateAmbiguous", { arg: "as_of", text: "1/2/2013", first: 1, second: 2 }),
    );
  });

  it("counts Excel's phantom leap day around 1900-02-29", () => {
    // Excel: 1900-02-28 = 59, 1900-02-29 = 60 (does not exist, kept from Lotus 1-2-3), 1900-03-01 = 61
    expect(readDate("1900-02-28", "d")).toBe(59);
    expect(readDate("1900-03-01", "d")).toBe(61);
    expect(readDate("9999-12-31", "d")).toBe(2958465);
  });

  it("refuses impossible and unreadable dates, naming the argument", () => {
    expect(readDate("2013-02-30", "due")).toMatchObject(error("#VALUE!", "dateImpossible", { arg: "due" }));
    expect(readDate("2013-13-01", "due")).toMatchObject(
      error("#VALUE!", "dateMonthImpossible", { arg: "due" }),
    );
    expect(readDate("1899-12-31", "due")).toMatchObject(
      error("#VALUE!", "dateYearOutOfRange", { arg: "due" }),
    );
    expect(readDate("tomorrow", "due")).toMatchObject(
      error("#VALUE!", "dateUnreadable", { arg: "due", text: "tomorrow" }),
    );
  });
});

describe("readDate: blanks, booleans, ranges", () => {
  it.each([null, undefined, "", "   ", [[""]], [[null]]])("reads the blank %p as null", (blank) => {
    expect(readDate(blank, "as_of")).toBeNull();
  });

  it("refuses booleans and ranges of more than one cell", () => {
    expect(readDate(true, "as_of")).toMatchObject(
      error("#VALUE!", "argNotDate", { arg: "as_of", value: "TRUE" }),
    );
    expect(readDate([[46326, 46327]], "as_of")).toMatchObject(
      error("#VALUE!", "argNotSingle", { arg: "as_of", size: "1×2" }),
    );
    expect(
      readDate(
        [
          [46326, 46327],
          [1, 2],
        ],
        "as_of",
      ),
    ).toMatchObject(error("#VALUE!", "argNotSingle", { arg: "as_of", size: "2×2" }));
  });
});

describe("requiredDate", () => {
  it("returns the date", () => {
    expect(requiredDate("2026-10-31", "as_of")).toBe(46326);
    expect(requiredDate(46326, "as_of")).toBe(46326);
  });

  it.each([null, "", "   ", [[""]]])("refuses the blank %p with #N/A argBlank", (blank) => {
    expect(requiredDate(blank, "as_of")).toMatchObject(error("#N/A", "argBlank", { arg: "as_of" }));
  });

  it("passes errors through", () => {
    expect(requiredDate(0, "as_of")).toMatchObject(error("#VALUE!", "argNotDateSerial", { arg: "as_of" }));
    expect(requiredDate("1/2/2013", "as_of")).toMatchObject(
      error("#VALUE!", "dateAmbiguous", { arg: "as_of" }),
    );
  });
});
