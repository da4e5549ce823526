import { daysInMonth, isLeapYear } from "../../../../src/core/dates";

describe("Gregorian calendar", () => {
  it.each([
    [2000, true], // divisible by 400
    [1900, false], // century not divisible by 400 (Excel pretends otherwise; see serial 60)
    [2100, false],
    [2024, true],
    [2026, false],
  ])("isLeapYear(%p) is %p", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 1, 31],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("daysInMonth(%p, %p) is %p", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});
