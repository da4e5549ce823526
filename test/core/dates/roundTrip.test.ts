import fc from "fast-check";
import {
  LAST_SERIAL,
  datePartsToSerial,
  formatIsoDate,
  parseDateText,
  serialToDateParts,
} from "../../../src/core/dates";

// An oracle written independently of the code under test: month lengths by the Gregorian rule,
// with February 1900 given Excel's 29 days.
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 || y === 1900;
const monthLength = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 system

const validDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= monthLength(year, month));

describe("serial ↔ calendar date", () => {
  it("steps one calendar day per serial over the whole range 1 … 2,958,465, and round-trips each", () => {
    let expected = { year: 1900, month: 1, day: 1 };
    let failures = 0;
    for (let serial = 1; serial <= LAST_SERIAL; serial += 1) {
      const parts = serialToDateParts(serial);
      const same =
        "year" in parts &&
        parts.year === expected.year &&
        parts.month === expected.month &&
        parts.day === expected.day;
      if (!same || datePartsToSerial(expected.year, expected.month, expected.day) !== serial) failures += 1;
      const { year, month, day } = expected;
      expected =
        day < monthLength(year, month)
          ? { year, month, day: day + 1 }
          : month < 12
            ? { year, month: month + 1, day: 1 }
            : { year: year + 1, month: 1, day: 1 };
    }
    expect(failures).toBe(0);
    expect(expected).toEqual({ year: 10000, month: 1, day: 1 }); // walked exactly to 9999-12-31
  });

  it("round-trips serial → parts → serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST_SERIAL }), (serial) => {
        const parts = serialToDateParts(serial);
        if (!("year" in parts)) throw new Error(`no date for ${serial}`);
        expect(datePartsToSerial(parts.year, parts.month, parts.day)).toBe(serial);
      }),
    );
  });

  it("round-trips parts → serial → parts for every valid date", () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        const serial = datePartsToSerial(year, month, day);
        expect(typeof serial).toBe("number");
        expect(serialToDateParts(serial as number)).toEqual({ year, month, day });
      }),
    );
  });

  it("parses the ISO text of every serial back to the serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST_SERIAL }), (serial) => {
        expect(parseDateText(formatIsoDate(serial) as string)).toBe(serial);
      }),
    );
  });

  it("agrees with Date.UTC from 1900-03-01 on (serial = ms / 86,400,000 + 25,569)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: LAST_SERIAL }), (serial) => {
        const utc = new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
        expect(serialToDateParts(serial)).toEqual({
          year: utc.getUTCFullYear(),
          month: utc.getUTCMonth() + 1,
          day: utc.getUTCDate(),
        });
      }),
    );
    fc.assert(
      fc.property(
        validDate.filter(({ year, month }) => year > 1900 || month >= 3),
        ({ year, month, day }) => {
          expect(datePartsToSerial(year, month, day)).toBe(
            Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL,
          );
        },
      ),
    );
  });

  it("is one below Date.UTC's count before the phantom day (serials 1 … 59)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 59 }), (serial) => {
        const utc = new Date((serial - UNIX_EPOCH_SERIAL + 1) * MS_PER_DAY);
        expect(serialToDateParts(serial)).toEqual({
          year: 1900,
          month: utc.getUTCMonth() + 1,
          day: utc.getUTCDate(),
        });
      }),
    );
  });
});
