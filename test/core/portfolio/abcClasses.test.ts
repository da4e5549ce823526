import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { abcClasses, coreCustomers } from "../../../src/core/portfolio";

describe("abcClasses", () => {
  it("classes A to 70 %, B to 90 %, C the rest", () => {
    // total 100; ranked 50 (0 % before: A), 20 (50 %: A), 15 (70 %: B), 10 (85 %: B), 5 (95 %: C)
    expect(abcClasses([10, 50, 5, 20, 15])).toEqual(["B", "A", "C", "A", "B"]);
  });

  it("puts a customer exactly on a boundary in the next class, without binary drift", () => {
    // ranked 0.7, 0.1, 0.1, 0.1 (total 1.00): before 0 (A), 0.70 (B), 0.80 (B), exactly 0.90 (C)
    expect(abcClasses([0.7, 0.1, 0.1, 0.1])).toEqual(["A", "B", "B", "C"]);
  });

  it("uses custom thresholds", () => {
    // a = 50 %, b = 80 %: ranked 50 (0 %: A), 30 (50 %: B), 20 (80 %: C)
    expect(abcClasses([50, 30, 20], 0.5, 0.8)).toEqual(["A", "B", "C"]);
    // b = 100 %: 60 (0 %: A), 30 (60 %: B), 10 (90 %: B)
    expect(abcClasses([60, 30, 10], 0.5, 1)).toEqual(["A", "B", "B"]);
  });

  it("refuses thresholds that are not 0 < a < b ≤ 1", () => {
    expect(abcClasses([1], 0.9, 0.9)).toEqual(
      creditError("#VALUE!", "abcThresholdsOrder", { a: 0.9, b: 0.9 }),
    );
    expect(abcClasses([1], 0.9, 0.7)).toEqual(
      creditError("#VALUE!", "abcThresholdsOrder", { a: 0.9, b: 0.7 }),
    );
    expect(abcClasses([1], 0, 0.9)).toEqual(creditError("#VALUE!", "shareThresholdOutOfRange", { arg: "a" }));
    expect(abcClasses([1], 0.7, 1.5)).toEqual(
      creditError("#VALUE!", "shareThresholdOutOfRange", { arg: "b" }),
    );
  });

  it("refuses negative sales and a zero total", () => {
    expect(abcClasses([-5, 10])).toEqual(
      creditError("#VALUE!", "itemNegative", { arg: "sales", position: 1 }),
    );
    expect(abcClasses([0])).toEqual(creditError("#DIV/0!", "totalZero", { arg: "sales" }));
  });

  it("class A is exactly the core customers at threshold a (property)", () => {
    const sales = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(sales, fc.integer({ min: 1, max: 99 }), (cents, pct) => {
        fc.pre(cents.some((x) => x > 0));
        const values = cents.map((c) => c / 100);
        const classes = abcClasses(values, pct / 100, 1) as string[];
        const core = coreCustomers(values, pct / 100) as boolean[];
        expect(classes.map((c) => c === "A")).toEqual(core);
      }),
    );
  });
});
