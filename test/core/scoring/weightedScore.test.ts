import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { weightedScore } from "../../../src/core/scoring";

describe("weightedScore", () => {
  it("computes Σ score·weight / (max · Σ weight) × 100", () => {
    // 4·50 + 3·30 + 5·20 = 200 + 90 + 100 = 390; 390 / (5 · 100) × 100 = 78
    expect(weightedScore([4, 3, 5], [50, 30, 20])).toBeCloseTo(78, 12);
  });

  it("scores the default template of DESIGN §3.2 (18 factors at 5 %, payment history at 10 %)", () => {
    // weights: 13 factors before payment history at 5, payment history 10, 5 after at 5 → Σ = 18·5 + 10 = 100
    const weights = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 10, 5, 5, 5, 5, 5];
    // every factor 4 except payment history 2 and litigation record 5:
    // 17 factors · 4 · 5 = 340; payment history 2 · 10 = 20; litigation 5 · 5 = 25 → Σ = 385
    // 385 / (5 · 100) × 100 = 77
    const scores = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 5, 4, 4, 4, 4];
    expect(weights.reduce((sum, w) => sum + w, 0)).toBe(100);
    expect(weightedScore(scores, weights)).toBeCloseTo(77, 12);
  });

  it("uses maxPoints for other scales", () => {
    // 0–10 scale: (7·1 + 10·1) / (10 · 2) × 100 = 17 / 20 × 100 = 85
    expect(weightedScore([7, 10], [1, 1], 10)).toBeCloseTo(85, 12);
  });

  it("accepts weights as fractions", () => {
    // (4·0.5 + 3·0.3 + 5·0.2) / (5 · 1) × 100 = (2 + 0.9 + 1) / 5 × 100 = 78
    expect(weightedScore([4, 3, 5], [0.5, 0.3, 0.2])).toBeCloseTo(78, 12);
  });

  it("reads 85 for a scorecard that is 85 on paper, not 84.99999999999999", () => {
    // (4.1·0.1 + 4.3·0.3) / (5 · 0.4) × 100 = (0.41 + 1.29) / 2 × 100 = 85;
    // the same arithmetic in plain binary floating point lands just below 85
    expect(((4.1 * 0.1 + 4.3 * 0.3) / (5 * 0.4)) * 100).toBeLessThan(85);
    expect(weightedScore([4.1, 4.3], [0.1, 0.3])).toBe(85);
  });

  it("accepts scores exactly at 0 and at maxPoints", () => {
    expect(weightedScore([0, 0], [1, 3])).toBe(0);
    expect(weightedScore([5, 5], [1, 3])).toBe(100);
  });

  describe("missing scores", () => {
    it("reallocates by default: drops the factor and renormalises the remaining weights", () => {
      // (4·50 + 5·20) / (5 · (50 + 20)) × 100 = 300 / 350 × 100 = 85.714285…
      expect(weightedScore([4, null, 5], [50, 30, 20])).toBeCloseTo(85.71428571428571, 10);
    });

    it("counts a missing score as 0 under zero (its weight stays in the denominator)", () => {
      // 300 / (5 · 100) × 100 = 60
      expect(weightedScore([4, null, 5], [50, 30, 20], 5, "zero")).toBeCloseTo(60, 12);
      expect(weightedScore([null, null], [1, 1], 5, "zero")).toBe(0);
    });

    it("refuses under error, naming the first missing factor (1-based)", () => {
      expect(weightedScore([4, null, null], [50, 30, 20], 5, "error")).toEqual(
        creditError("#N/A", "scoreMissing", { index: 2 }),
      );
    });

    it("accepts a missing score for a factor of weight 0 under every policy", () => {
      // (4·50 + 5·50) / (5 · 100) × 100 = 450 / 500 × 100 = 90
      expect(weightedScore([4, null, 5], [50, 0, 50], 5, "error")).toBeCloseTo(90, 12);
      expect(weightedScore([4, null, 5], [50, 0, 50], 5, "zero")).toBeCloseTo(90, 12);
      expect(weightedScore([4, null, 5], [50, 0, 50], 5, "reallocate")).toBeCloseTo(90, 12);
    });

    it("skips a zero-weight missing factor when naming the first missing one", () => {
      expect(weightedScore([null, 3, null], [0, 1, 1], 5, "error")).toEqual(
        creditError("#N/A", "scoreMissing", { index: 3 }),
      );
    });

    it("refuses with #N/A when every factor that carries weight is missing (reallocate)", () => {
      expect(weightedScore([null, null], [1, 2])).toEqual(creditError("#N/A", "allScoresMissing"));
      // the only scored factor has weight 0: nothing is left to renormalise on
      expect(weightedScore([3, null], [0, 1])).toEqual(creditError("#N/A", "allScoresMissing"));
    });

    it("reports an invalid value before a missing one", () => {
      expect(weightedScore([null, 9], [1, 1], 5, "error")).toEqual(
        creditError("#VALUE!", "scoreOutOfRange", { index: 2, value: 9, max: 5 }),
      );
    });
  });

  describe("validation", () => {
    it("refuses lists of different lengths", () => {
      expect(weightedScore([1, 2, 3], [1, 1])).toEqual(
        creditError("#VALUE!", "lengthMismatch", {
          first: "scores",
          firstLength: 3,
          second: "weights",
          secondLength: 2,
        }),
      );
    });

    it("refuses negative and non-numeric weights, naming the factor", () => {
      expect(weightedScore([1, 2], [1, -0.5])).toEqual(
        creditError("#VALUE!", "weightInvalid", { index: 2, value: -0.5 }),
      );
      expect(weightedScore([1, 2], [NaN, 1])).toEqual(
        creditError("#VALUE!", "weightInvalid", { index: 1, value: NaN }),
      );
      expect(weightedScore([1, 2], [Infinity, 1])).toEqual(
        creditError("#VALUE!", "weightInvalid", { index: 1, value: Infinity }),
      );
    });

    it("refuses weights that add up to 0, including empty lists", () => {
      expect(weightedScore([1, 2], [0, 0])).toEqual(creditError("#VALUE!", "weightsSumZero"));
      expect(weightedScore([], [])).toEqual(creditError("#VALUE!", "weightsSumZero"));
    });

    it("refuses scores outside [0, maxPoints], naming factor, value and max", () => {
      expect(weightedScore([1, 5.0001], [1, 1])).toEqual(
        creditError("#VALUE!", "scoreOutOfRange", { index: 2, value: 5.0001, max: 5 }),
      );
      expect(weightedScore([-0.0001, 1], [1, 1])).toEqual(
        creditError("#VALUE!", "scoreOutOfRange", { index: 1, value: -0.0001, max: 5 }),
      );
      expect(weightedScore([6], [1], 10)).toBeCloseTo(60, 12);
      expect(weightedScore([NaN], [1])).toEqual(
        creditError("#VALUE!", "scoreOutOfRange", { index: 1, value: NaN, max: 5 }),
      );
    });

    it("refuses maxPoints that is not above 0", () => {
      expect(weightedScore([0], [1], 0)).toEqual(
        creditError("#VALUE!", "notPositive", { arg: "maxPoints", value: 0 }),
      );
      expect(weightedScore([0], [1], -5)).toEqual(
        creditError("#VALUE!", "notPositive", { arg: "maxPoints", value: -5 }),
      );
    });

    it("refuses an unknown missing policy", () => {
      expect(weightedScore([1], [1], 5, "drop" as never)).toEqual(
        creditError("#VALUE!", "missingPolicyInvalid", { value: "drop" }),
      );
    });

    it("refuses weights that overflow", () => {
      expect(weightedScore([1, 1], [1e308, 1e308])).toEqual(creditError("#NUM!", "numberTooLarge"));
    });
  });

  describe("properties", () => {
    const factor = fc.record({
      score: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null, freq: 4 }),
      weight: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    const factors = fc.array(factor, { minLength: 1, maxLength: 25 });
    const policy = fc.constantFrom("reallocate" as const, "zero" as const, "error" as const);

    it("is a number in [0, 100] or an error, never NaN", () => {
      fc.assert(
        fc.property(factors, policy, (list, missing) => {
          const result = weightedScore(
            list.map((f) => f.score),
            list.map((f) => f.weight),
            5,
            missing,
          );
          if (typeof result === "number") {
            expect(result).toBeGreaterThanOrEqual(0);
            expect(result).toBeLessThanOrEqual(100);
          } else {
            expect(["#N/A", "#VALUE!"]).toContain(result.code);
          }
        }),
      );
    });

    it("is exactly 100 when every factor scores the maximum", () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 30 }),
          (weights) => {
            expect(
              weightedScore(
                weights.map(() => 5),
                weights,
              ),
            ).toBe(100);
          },
        ),
      );
    });

    it("equals score / max × 100 when every factor has the same score", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 5 }),
          fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 30 }),
          (score, weights) => {
            expect(
              weightedScore(
                weights.map(() => score),
                weights,
              ),
            ).toBeCloseTo((score / 5) * 100, 9);
          },
        ),
      );
    });

    it("does not change when all weights are scaled by the same factor", () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 20 })), {
            minLength: 1,
            maxLength: 20,
          }),
          fc.integer({ min: 2, max: 1000 }),
          (list, k) => {
            const scores = list.map(([s]) => s);
            const weights = list.map(([, w]) => w);
            const scaled = weights.map((w) => (w * k) / 100);
            expect(weightedScore(scores, scaled) as number).toBeCloseTo(
              weightedScore(scores, weights) as number,
              9,
            );
          },
        ),
      );
    });

    it("reallocate equals the score of the list without the missing factors", () => {
      fc.assert(
        fc.property(factors, (list) => {
          const present = list.filter((f) => f.score !== null);
          const full = weightedScore(
            list.map((f) => f.score),
            list.map((f) => f.weight),
          );
          const reduced = weightedScore(
            present.map((f) => f.score),
            present.map((f) => f.weight),
          );
          if (typeof full === "number" && typeof reduced === "number") expect(full).toBeCloseTo(reduced, 9);
        }),
      );
    });
  });
});
