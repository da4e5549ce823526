import { creditError } from "../../../src/core/errors";
import { averageDaysDelinquent, bestPossibleDso, simpleDso } from "../../../src/core/kpi";

describe("averageDaysDelinquent", () => {
  it("is DSO − best possible DSO", () => {
    // DSO 250,000 / 1,825,000 × 365 = 50; best 150,000 / 1,825,000 × 365 = 30; 50 − 30 = 20
    const dso = simpleDso(250_000, 1_825_000) as number;
    const best = bestPossibleDso(150_000, 1_825_000) as number;
    expect(averageDaysDelinquent(dso, best)).toBe(20);
    expect(averageDaysDelinquent(45.5, 30)).toBe(15.5);
  });

  it("is 0 when everything is current, including after binary noise", () => {
    expect(averageDaysDelinquent(30, 30)).toBe(0);
    // 0.30000000000000004 vs 0.3: equal after rounding away noise → 0, not -5.55e-17
    expect(averageDaysDelinquent(0.3, 0.1 + 0.2)).toBe(0);
  });

  it("refuses a best possible DSO above the DSO (swapped arguments)", () => {
    expect(averageDaysDelinquent(30, 50)).toEqual(
      creditError("#VALUE!", "bestDsoExceedsDso", { dso: 30, bestDso: 50 }),
    );
    expect(averageDaysDelinquent(30, 30.001)).toEqual(
      creditError("#VALUE!", "bestDsoExceedsDso", { dso: 30, bestDso: 30.001 }),
    );
  });

  it("refuses negative or non-numeric DSOs", () => {
    expect(averageDaysDelinquent(-1, 0)).toEqual(creditError("#VALUE!", "numberNegative", { arg: "dso" }));
    expect(averageDaysDelinquent(10, Number.NaN)).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "bestDso" }),
    );
  });
});
