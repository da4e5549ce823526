import { gradeVerdict } from "../../../../src/core/warnings/_lib/gradeVerdict";
import { monthsBefore } from "../../../../src/core/warnings/_lib/monthsBefore";
import { serial } from "../../ledger/ledgerTestKit";

describe("monthsBefore", () => {
  it.each([
    ["2026-10-31", 12, "2025-10-31"],
    ["2026-03-31", 1, "2026-02-28"],
    ["2024-03-31", 1, "2024-02-29"],
    ["2024-02-29", 12, "2023-02-28"],
    ["2026-01-15", 1, "2025-12-15"],
    ["2026-10-31", 36, "2023-10-31"],
  ])("%s less %i months is %s", (from, months, expected) => {
    expect(monthsBefore(serial(from), months)).toBe(serial(expected));
  });

  it("ignores the time of day, and is −Infinity before the first date Excel holds", () => {
    expect(monthsBefore(serial("2026-10-31") + 0.75, 12)).toBe(serial("2025-10-31"));
    expect(monthsBefore(serial("1900-06-30"), 12)).toBe(-Infinity);
    expect(monthsBefore(Number.NaN, 1)).toBe(-Infinity);
  });
});

describe("gradeVerdict", () => {
  it.each([
    ["D", true],
    [" d ", true],
    ["Ｄ", true],
    ["D级", true],
    ["D級", true],
    ["DD", false],
    ["C", false],
    ["AAA", false],
  ])("reads grade %j as D: %s", (grade, isD) => {
    expect(gradeVerdict(grade, 60)).toEqual({ isD, value: grade, threshold: "D", unit: "grade" });
  });

  it("reads numbers as scores below the threshold", () => {
    expect(gradeVerdict("59.5", 60)).toEqual({ isD: true, value: 59.5, threshold: 60, unit: "score" });
    expect(gradeVerdict("60", 60)).toEqual({ isD: false, value: 60, threshold: 60, unit: "score" });
  });
});
