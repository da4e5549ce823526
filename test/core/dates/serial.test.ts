import {
  FIRST_SERIAL,
  LAST_SERIAL,
  PHANTOM_LEAP_DAY_SERIAL,
  isValidSerialDate,
} from "../../../src/core/dates";

// Range published in ECMA-376 Part 1, §18.17.4.1 "Date Representation" (1900 date base system):
// lower limit 1900-01-01 = serial 1, upper limit 9999-12-31 = serial 2,958,465.
describe("isValidSerialDate", () => {
  it("uses the ECMA-376 limits", () => {
    expect(FIRST_SERIAL).toBe(1);
    expect(LAST_SERIAL).toBe(2958465);
    expect(PHANTOM_LEAP_DAY_SERIAL).toBe(60);
  });

  it.each([
    [1, true], // first date
    [0.999, false], // just below: whole part 0
    [0, false], // serial 0 is not a date
    [-1, false],
    [2958465, true], // last date
    [2958465.9999884, true], // 9999-12-31 23:59:59
    [2958466, false], // just above
    [46326.5, true], // 2026-10-31 12:00
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])("%p → %p", (serial, expected) => {
    expect(isValidSerialDate(serial)).toBe(expected);
  });
});
