import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { type GradeScale, gradeFromScore, userGradeScale } from "../../../src/core/scoring";

describe("gradeFromScore", () => {
  describe("ABCD (default): A ≥ 85, B ≥ 70, C ≥ 60, D < 60", () => {
    it.each([
      [100, "A"],
      [85.01, "A"],
      [85, "A"],
      [84.99, "B"],
      [70.01, "B"],
      [70, "B"],
      [69.99, "C"],
      [60.01, "C"],
      [60, "C"],
      [59.99, "D"],
      [0, "D"],
    ])("grades %p as %p", (score, grade) => {
      expect(gradeFromScore(score)).toBe(grade);
      expect(gradeFromScore(score, "ABCD")).toBe(grade);
    });

    it("grades a score within binary noise of a bound like the bound", () => {
      expect(gradeFromScore(84.99999999999999)).toBe("A");
      expect(gradeFromScore(69.99999999999999)).toBe("B");
      expect(gradeFromScore(100.00000000000001)).toBe("A");
      expect(gradeFromScore(-1e-15)).toBe("D");
    });

    it("grades a weighted score that is 85 on paper but 84.99999999999999 in binary as A", () => {
      // (4.1·0.1 + 4.3·0.3) / (5 · 0.4) × 100 = (0.41 + 1.29) / 2 × 100 = 0.85 × 100 = 85
      const score = ((4.1 * 0.1 + 4.3 * 0.3) / (5 * 0.4)) * 100;
      expect(score).toBeLessThan(85);
      expect(gradeFromScore(score)).toBe("A");
    });

    it("refuses scores outside [0, 100]", () => {
      expect(gradeFromScore(100.01)).toEqual(
        creditError("#VALUE!", "outOfRange", { arg: "score", value: 100.01, min: 0, max: 100 }),
      );
      expect(gradeFromScore(-0.01)).toEqual(
        creditError("#VALUE!", "outOfRange", { arg: "score", value: -0.01, min: 0, max: 100 }),
      );
    });

    it("refuses a score that is not finite", () => {
      expect(gradeFromScore(NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "score" }));
      expect(gradeFromScore(Infinity, "AAA")).toEqual(creditError("#VALUE!", "notANumber", { arg: "score" }));
    });
  });

  describe("AAA (nine levels)", () => {
    it.each([
      [100, "AAA"],
      [90, "AAA"],
      [89.99, "AA"],
      [80, "AA"],
      [79.99, "A"],
      [70, "A"],
      [69.99, "BBB"],
      [60, "BBB"],
      [59.99, "BB"],
      [50, "BB"],
      [49.99, "B"],
      [40, "B"],
      [39.99, "CCC"],
      [30, "CCC"],
      [29.99, "CC"],
      [20, "CC"],
      [19.99, "C"],
      [0, "C"],
    ])("grades %p as %p", (score, grade) => {
      expect(gradeFromScore(score, "AAA")).toBe(grade);
    });

    it("refuses scores outside [0, 100]", () => {
      expect(gradeFromScore(101, "AAA")).toEqual(
        creditError("#VALUE!", "outOfRange", { arg: "score", value: 101, min: 0, max: 100 }),
      );
    });
  });

  describe("user scales", () => {
    const scale = userGradeScale([
      [60, "Watch"],
      [80, "Good"],
      [40, "Poor"],
    ]) as GradeScale;

    it.each([
      [95, "Good"],
      [80, "Good"],
      [79.99, "Watch"],
      [60, "Watch"],
      [59.99, "Poor"],
      [40, "Poor"],
    ])("grades %p as %p", (score, grade) => {
      expect(gradeFromScore(score, scale)).toBe(grade);
    });

    it("refuses a score below the lowest bound with #N/A naming the bound", () => {
      expect(gradeFromScore(39.99, scale)).toEqual(
        creditError("#N/A", "scoreBelowLowestBound", { score: 39.99, bound: 40 }),
      );
    });

    it("grades scores outside 0–100 (a user scale need not be a percentage)", () => {
      const points = userGradeScale([
        [650, "prime"],
        [550, "near prime"],
        [-1e9, "subprime"],
      ]) as GradeScale;
      expect(gradeFromScore(700, points)).toBe("prime");
      expect(gradeFromScore(649.99, points)).toBe("near prime");
      expect(gradeFromScore(-20, points)).toBe("subprime");
      expect(gradeFromScore(101, scale)).toBe("Good");
    });
  });

  it("refuses an unknown scale name", () => {
    expect(gradeFromScore(50, "XYZ" as never)).toEqual(
      creditError("#VALUE!", "gradeScaleUnknown", { value: "XYZ" }),
    );
  });

  it("agrees with a plain threshold comparison on whole-hundredth scores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const score = hundredths / 100;
        // independent statement of the ABCD table, compared in integer hundredths
        const expected = hundredths >= 8500 ? "A" : hundredths >= 7000 ? "B" : hundredths >= 6000 ? "C" : "D";
        expect(gradeFromScore(score)).toBe(expected);
      }),
    );
  });
});
