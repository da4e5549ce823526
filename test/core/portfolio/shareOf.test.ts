import { creditError } from "../../../src/core/errors";
import { shareOf, topShare } from "../../../src/core/portfolio";

describe("shareOf", () => {
  it("is value / Σ values", () => {
    // 12,000 / (12,000 + 50,000 + 38,000) = 12,000 / 100,000 = 0.12
    expect(shareOf(12_000, [12_000, 50_000, 38_000])).toBe(0.12);
    // 0.1 / (0.1 + 0.2): 10 / 30 cents = 1/3 (not 0.1 / 0.30000000000000004)
    expect(shareOf(0.1, [0.1, 0.2])).toBe(1 / 3);
  });

  it("shares out the net total, credit balances included", () => {
    // 50 / (50 + 60 − 10) = 50 / 100 = 0.5
    expect(shareOf(50, [50, 60, -10])).toBe(0.5);
    expect(shareOf(-10, [50, 60, -10])).toBe(-0.1);
  });

  it("refuses a total of 0 (#DIV/0!) or below (#VALUE!)", () => {
    expect(shareOf(10, [10, -10])).toEqual(creditError("#DIV/0!", "totalZero", { arg: "values" }));
    expect(shareOf(10, [10, -20])).toEqual(creditError("#VALUE!", "totalNegative", { arg: "values" }));
    expect(shareOf(10, [])).toEqual(creditError("#VALUE!", "listEmpty", { arg: "values" }));
    expect(shareOf(Number.NaN, [10])).toEqual(creditError("#VALUE!", "numberNotFinite", { arg: "value" }));
    // 1e14 = 1e16 cents, beyond 2^53
    expect(shareOf(1e14, [10])).toEqual(creditError("#NUM!", "valueTooLarge", { arg: "value" }));
    expect(shareOf(1, [1, 1e14])).toEqual(
      creditError("#NUM!", "itemTooLarge", { arg: "values", position: 2 }),
    );
    expect(shareOf(1, [1, Number.NaN])).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "values", position: 2 }),
    );
  });
});

describe("topShare", () => {
  it("is the share of the n largest values", () => {
    // (50 + 30) / (50 + 30 + 10 + 10) = 80 / 100 = 0.8
    expect(topShare([10, 50, 10, 30], 2)).toBe(0.8);
    // n = 1: 50 / 100
    expect(topShare([10, 50, 10, 30], 1)).toBe(0.5);
  });

  it("takes the top 10 by default", () => {
    // 12 customers: 100, then eleven of 10 → top 10 = 100 + 9 × 10 = 190 of 100 + 11 × 10 = 210
    expect(topShare([10, 10, 10, 10, 10, 100, 10, 10, 10, 10, 10, 10])).toBe(190 / 210);
  });

  it("is 1 when there are n or fewer values", () => {
    expect(topShare([3, 4], 2)).toBe(1);
    expect(topShare([3, 4, 5])).toBe(1);
  });

  it("refuses an n that is not a whole number ≥ 1", () => {
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(topShare([1, 2], n)).toEqual(creditError("#VALUE!", "topCountNotWhole", { arg: "n" }));
    }
  });

  it("refuses a total of 0", () => {
    expect(topShare([0, 0], 1)).toEqual(creditError("#DIV/0!", "totalZero", { arg: "values" }));
  });
});
