import { creditError } from "../../../src/core/errors";
import { bestPossibleDso, simpleDso } from "../../../src/core/kpi";

describe("simpleDso", () => {
  it("is receivables / credit sales × days", () => {
    // 250,000 / 1,825,000 × 365 = 250,000 / 5,000 (sales per day) = 50
    expect(simpleDso(250_000, 1_825_000)).toBe(50);
    // a quarter: 90,000 / 270,000 × 90 = 30
    expect(simpleDso(90_000, 270_000, 90)).toBe(30);
    // 1,000 / 3,000 × 30 = 10
    expect(simpleDso(1_000, 3_000, 30)).toBeCloseTo(10, 12);
  });

  it("is 0 without receivables", () => {
    expect(simpleDso(0, 1_000)).toBe(0);
  });

  it("refuses zero sales with #DIV/0! and negative sales with #VALUE!", () => {
    expect(simpleDso(100, 0)).toEqual(creditError("#DIV/0!", "denominatorZero", { arg: "creditSales" }));
    expect(simpleDso(100, -1)).toEqual(creditError("#VALUE!", "numberNegative", { arg: "creditSales" }));
  });

  it("refuses negative receivables, days ≤ 0 and values that are not numbers", () => {
    expect(simpleDso(-1, 100)).toEqual(creditError("#VALUE!", "numberNegative", { arg: "receivables" }));
    expect(simpleDso(1, 100, 0)).toEqual(creditError("#VALUE!", "numberNotPositive", { arg: "days" }));
    expect(simpleDso(Number.NaN, 100)).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "receivables" }),
    );
    expect(simpleDso(1, Number.POSITIVE_INFINITY)).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "creditSales" }),
    );
  });

  it("refuses a result too large to represent", () => {
    // 1e308 × 365 overflows a double
    expect(simpleDso(1e308, 1)).toEqual(creditError("#NUM!", "numberTooLarge"));
  });
});

describe("bestPossibleDso", () => {
  it("is current receivables / credit sales × days", () => {
    // 150,000 / 1,825,000 × 365 = 150,000 / 5,000 = 30
    expect(bestPossibleDso(150_000, 1_825_000)).toBe(30);
    // 20,000 / 180,000 × 90 = 10
    expect(bestPossibleDso(20_000, 180_000, 90)).toBe(10);
  });

  it("names its own argument in errors", () => {
    expect(bestPossibleDso(-5, 100)).toEqual(
      creditError("#VALUE!", "numberNegative", { arg: "currentReceivables" }),
    );
    expect(bestPossibleDso(5, 0)).toEqual(creditError("#DIV/0!", "denominatorZero", { arg: "creditSales" }));
  });
});
