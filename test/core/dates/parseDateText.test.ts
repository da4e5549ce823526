import fc from "fast-check";
import { type DayOrder, isValidSerialDate, parseDateText } from "../../../src/core/dates";
import { creditError, isCreditError } from "../../../src/core/errors";

// Serials worked out by hand in datePartsToSerial.test.ts and here:
const OCT_31_2026 = 46326; // 2006-02-01 (ECMA-376: 38749) + 7305 + 242 + 30
const JAN_1_2013 = 41275; // 2006-02-01 + 2557 days (7 years, leap days 2008 and 2012) = 2013-02-01 = 41306; − 31
const JAN_2_2013 = JAN_1_2013 + 1; // 41276
const JAN_31_2013 = JAN_1_2013 + 30; // 41305
const FEB_1_2013 = JAN_1_2013 + 31; // 41306

describe("parseDateText: layouts", () => {
  it.each([
    "2026-10-31",
    "2026/10/31",
    "2026.10.31",
    "2026-10-31 ", // trailing space
    " 2026 / 10 / 31",
    "2026年10月31日",
    "2026 年 10 月 31 日",
    "2026年10月31号",
    "２０２６年１０月３１日", // full-width digits from a Chinese IME
    "２０２６－１０－３１",
    "２０２６年\u30001０月３１日", // ideographic space
    "26年10月31日", // two-digit year → 2026
    "20261031",
    "31.10.2026", // dots with the year last: day first
    "31. 10. 2026",
    "31.10.26",
    "31-Oct-2026",
    "31-oct-26",
    "31 Oct 2026",
    "31 October 2026",
    "31st October 2026",
    "Oct 31, 2026",
    "October 31 2026",
    "OCT-31-2026",
    "Oct. 31, 2026",
    "2026-Oct-31",
    "10/31/2026", // second number > 12: month first, no order needed
    "31/10/2026", // first number > 12: day first
    "31-10-2026",
  ])("%p is 2026-10-31", (text) => {
    expect(parseDateText(text)).toBe(OCT_31_2026);
  });

  it("reads the ECMA-376 DATEVALUE examples (Part 1 §18.17.4.1)", () => {
    expect(parseDateText("01-Jan-1900")).toBe(1);
    expect(parseDateText("03-Feb-1910")).toBe(3687);
    expect(parseDateText("01-Feb-2006")).toBe(38749);
    expect(parseDateText("31-Dec-9999")).toBe(2958465);
  });

  it("reads every English month name and abbreviation", () => {
    const names = [
      ["Jan", "January"],
      ["Feb", "February"],
      ["Mar", "March"],
      ["Apr", "April"],
      ["May", "May"],
      ["Jun", "June"],
      ["Jul", "July"],
      ["Aug", "August"],
      ["Sep", "September"],
      ["Oct", "October"],
      ["Nov", "November"],
      ["Dec", "December"],
    ] as const;
    names.forEach(([short, long], index) => {
      const expected = parseDateText(`2013-${index + 1}-1`);
      expect(parseDateText(`1-${short}-2013`)).toBe(expected);
      expect(parseDateText(`1 ${long} 2013`)).toBe(expected);
    });
    expect(parseDateText("1 Sept 2013")).toBe(parseDateText("2013-09-01"));
  });

  it("handles the phantom leap day and real leap years", () => {
    expect(parseDateText("1900-02-28")).toBe(59);
    expect(parseDateText("1900-02-29")).toBe(60);
    expect(parseDateText("1900-03-01")).toBe(61);
    expect(parseDateText("2000-02-29")).toBe(36585);
    // 2012-01-01 = 41275 − 366 = 40909; 29 Feb = 40909 + 31 + 28 = 40968.
    expect(parseDateText("2012-02-29")).toBe(40968);
    expect(parseDateText("2100-02-29")).toEqual(
      creditError("#VALUE!", "dateImpossible", {
        text: "2100-02-29",
        year: "2100",
        month: "2",
        day: "29",
        lastDay: 28,
      }),
    );
  });
});

describe("parseDateText: two-digit years follow Excel (00–29 → 20xx, 30–99 → 19xx)", () => {
  it.each([
    // 2029-01-01 = 2026-01-01 (46326 − 303 = 46023) + 365 + 365 + 366 = 47119.
    ["1/2/29", 47120],
    // 1930-01-01 = 1 + 30·365 + 7 real leap days (1904…1928) + 1 phantom day = 10959.
    ["1/2/30", 10960],
    // 1999-10-31 = 2000-01-01 (36526) − 1 − 30 (Nov) − 31 (Dec) = 36464.
    ["31-Oct-99", 36464],
    ["10/31/26", OCT_31_2026],
    ["1/2/00", 36527], // 2000-01-02
  ])("%p → %p (mdy)", (text, serial) => {
    expect(parseDateText(text, "mdy")).toBe(serial);
  });
});

describe("parseDateText: day order", () => {
  it("follows an explicit order for ambiguous dates", () => {
    expect(parseDateText("1/2/2013", "mdy")).toBe(JAN_2_2013);
    expect(parseDateText("1/2/2013", "dmy")).toBe(FEB_1_2013);
    expect(parseDateText("1-2-2013", "dmy")).toBe(FEB_1_2013);
    expect(parseDateText("13/01/02", "ymd")).toBe(JAN_2_2013);
    expect(parseDateText("26/10/31", "ymd")).toBe(OCT_31_2026);
  });

  it("refuses ambiguous dates without an order", () => {
    expect(parseDateText("1/2/2013")).toEqual(
      creditError("#VALUE!", "dateAmbiguous", { text: "1/2/2013", first: 1, second: 2 }),
    );
    expect(parseDateText("12/11/2013", null)).toMatchObject({ id: "dateAmbiguous" });
    // "ymd" says nothing about a text whose four-digit year is last.
    expect(parseDateText("1/2/2013", "ymd")).toMatchObject({ id: "dateAmbiguous" });
  });

  it("infers the order when it cannot be otherwise", () => {
    expect(parseDateText("1/1/2013")).toBe(JAN_1_2013); // same either way
    expect(parseDateText("12/12/2013")).toBe(JAN_1_2013 + 334 + 11); // 1 Dec = +334 days, then +11
    expect(parseDateText("13/1/2013")).toBe(JAN_1_2013 + 12); // 13 just above 12: day first
    expect(parseDateText("1/13/2013")).toBe(JAN_1_2013 + 12); // month first
    expect(parseDateText("31/1/2013")).toBe(JAN_31_2013);
    expect(parseDateText("1/31/2013")).toBe(JAN_31_2013);
    expect(parseDateText("31/1/2013", "ymd")).toBe(JAN_31_2013); // inferred, as without an order
  });

  it("is honest when the explicit order makes the text impossible", () => {
    expect(parseDateText("31/1/2013", "mdy")).toEqual(
      creditError("#VALUE!", "dateMonthImpossible", { text: "31/1/2013", month: "31" }),
    );
    expect(parseDateText("1/31/2013", "dmy")).toEqual(
      creditError("#VALUE!", "dateMonthImpossible", { text: "1/31/2013", month: "31" }),
    );
  });

  it("names the impossibility when no reading works", () => {
    // 30 cannot be a month, so the date is read day first: February has no 30th.
    expect(parseDateText("30/2/2013")).toEqual(
      creditError("#VALUE!", "dateImpossible", {
        text: "30/2/2013",
        year: "2013",
        month: "2",
        day: "30",
        lastDay: 28,
      }),
    );
    expect(parseDateText("32/33/2013")).toMatchObject({ id: "dateMonthImpossible", params: { month: "33" } });
    expect(parseDateText("13/13/2013")).toMatchObject({ id: "dateMonthImpossible", params: { month: "13" } });
    expect(parseDateText("0/5/2013")).toMatchObject({ id: "dateMonthImpossible", params: { month: "0" } });
    expect(parseDateText("5/0/2013")).toMatchObject({
      id: "dateImpossible",
      params: { day: "0", lastDay: 31 },
    });
  });

  it("reads dotted year-last dates day first whatever the order says", () => {
    expect(parseDateText("1.2.2013", "mdy")).toBe(FEB_1_2013);
    expect(parseDateText("10.31.2026")).toMatchObject({ id: "dateMonthImpossible", params: { month: "31" } });
  });

  it("lets a four-digit year first override the order", () => {
    expect(parseDateText("2013/1/2", "dmy")).toBe(JAN_2_2013);
    expect(parseDateText("2013/1/2", "mdy")).toBe(JAN_2_2013);
  });
});

describe("parseDateText: time of day", () => {
  it.each([
    ["2026-10-31 18:00", 18 / 24],
    ["2026-10-31 14:30", 14.5 / 24],
    ["2026-10-31 14:30:00", 14.5 / 24],
    ["2026-10-31T14:30", 14.5 / 24],
    ["2026年10月31日18:00", 18 / 24],
    ["2026年10月31日 18:00", 18 / 24],
    ["10/31/2026 2:30 PM", 14.5 / 24],
    ["31-Oct-2026 2:30 pm", 14.5 / 24],
    ["2026-10-31 12:00 AM", 0], // midnight
    ["2026-10-31 12:00 PM", 0.5], // noon
    ["2026-10-31 0:00", 0],
    ["2026-10-31 23:59:59", 86399 / 86400], // one second before midnight
    ["2026-10-31 00:00:00.5", 0.5 / 86400],
  ])("%p adds %p of a day", (text, fraction) => {
    expect(parseDateText(text)).toBeCloseTo(OCT_31_2026 + fraction, 9);
  });

  it("reads the ISO/IEC 29500-1 L.2.16.9.3 example 1910-02-03T10:05:54 as 3687.4207639", () => {
    expect(parseDateText("1910-02-03 10:05:54")).toBeCloseTo(3687.4207639, 7);
    expect(parseDateText("9999-12-31 23:59:59")).toBeCloseTo(2958465.9999884, 7);
  });

  it.each([
    "2026-10-31 24:00",
    "2026-10-31 12:60",
    "2026-10-31 12:00:60",
    "2026-10-31 0:30 AM",
    "2026-10-31 13:00 PM",
  ])("refuses the impossible time in %p", (text) => {
    expect(parseDateText(text)).toEqual(creditError("#VALUE!", "timeImpossible", { text }));
  });
});

describe("parseDateText: refusals", () => {
  it.each([
    "next Tuesday",
    "2026-10",
    "31/10",
    "Okt 31, 2026", // German month name
    "2026/10-31", // mixed separators
    "2026-10-3114:30", // time glued to the date
    "10000-01-01",
    "2026-10-31 14",
    "45000", // a serial number is not date text
  ])("%p is unreadable", (text) => {
    expect(parseDateText(text)).toEqual(creditError("#VALUE!", "dateUnreadable", { text }));
  });

  it("says so when the text is blank", () => {
    expect(parseDateText("")).toEqual(creditError("#VALUE!", "dateTextBlank"));
    expect(parseDateText(" \u3000 ")).toEqual(creditError("#VALUE!", "dateTextBlank"));
  });

  it.each([
    [
      "2013-02-30",
      creditError("#VALUE!", "dateImpossible", {
        text: "2013-02-30",
        year: "2013",
        month: "2",
        day: "30",
        lastDay: 28,
      }),
    ],
    ["2013-13-01", creditError("#VALUE!", "dateMonthImpossible", { text: "2013-13-01", month: "13" })],
    ["20131301", creditError("#VALUE!", "dateMonthImpossible", { text: "20131301", month: "13" })],
    [
      "2013年2月29日",
      creditError("#VALUE!", "dateImpossible", {
        text: "2013年2月29日",
        year: "2013",
        month: "2",
        day: "29",
        lastDay: 28,
      }),
    ],
    [
      "31-Apr-2026",
      creditError("#VALUE!", "dateImpossible", {
        text: "31-Apr-2026",
        year: "2026",
        month: "4",
        day: "31",
        lastDay: 30,
      }),
    ],
    [
      "1899-12-31",
      creditError("#VALUE!", "dateYearOutOfRange", {
        text: "1899-12-31",
        year: "1899",
        first: 1900,
        last: 9999,
      }),
    ],
    ["2013-00-10", creditError("#VALUE!", "dateMonthImpossible", { text: "2013-00-10", month: "0" })],
  ])("%p is impossible", (text, error) => {
    expect(parseDateText(text)).toEqual(error);
  });
});

describe("parseDateText: any text", () => {
  it("returns a valid serial or an error, never throws, never NaN", () => {
    const dateish = fc.stringMatching(/^[0-9０-９\-/.年月日 :TAPMamp,OctJanMay]{0,24}$/);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), dateish),
        fc.constantFrom<DayOrder | null>(null, "mdy", "dmy", "ymd"),
        (text, order) => {
          const result = parseDateText(text, order);
          if (typeof result === "number") expect(isValidSerialDate(result)).toBe(true);
          else expect(isCreditError(result)).toBe(true);
        },
      ),
    );
  });
});
