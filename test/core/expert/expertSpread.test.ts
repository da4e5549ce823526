import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { expertSpread } from "../../../src/core/expert";

describe("expertSpread", () => {
  it("is Q3 − Q1 with QUARTILE.INC quartiles", () => {
    // scores 2, 3, 4, 5: Q1 at position 3 · 0.25 = 0.75 → 2 + 0.75 = 2.75;
    // Q3 at position 2.25 → 4 + 0.25 = 4.25; spread 4.25 − 2.75 = 1.5
    expect(expertSpread([[2], [3], [4], [5]])).toBeCloseTo(1.5, 12);
  });

  it("uses expert means from a matrix", () => {
    // expert scores: (3 + 5) / 2 = 4; 2; (4 + 5 + 3) / 3 = 4; 3; 5 → sorted 2, 3, 4, 4, 5
    // Q1 at position 4 · 0.25 = 1 → 3; Q3 at position 3 → 4; spread 1
    const matrix = [
      [3, 5, null],
      [2, 2, 2],
      [4, 5, 3],
      [3, 3, 3],
      [5, 5, 5],
    ];
    expect(expertSpread(matrix)).toBe(1);
  });

  it("reads a single row as one score per expert", () => {
    // 1, 3, 5: Q1 at position 0.5 → 2; Q3 at position 1.5 → 4; spread 2
    expect(expertSpread([[1, 3, 5]])).toBe(2);
  });

  it("is 0 for one expert or a unanimous panel", () => {
    expect(expertSpread([[3]])).toBe(0);
    expect(expertSpread([[4], [4], [4]])).toBe(0);
  });

  it("passes rating errors through", () => {
    expect(expertSpread([])).toEqual(creditError("#N/A", "noExpertScores"));
    expect(expertSpread([[1], [5.5]])).toEqual(
      creditError("#VALUE!", "ratingOutOfRange", { row: 2, column: 1, value: 5.5 }),
    );
  });

  it("lies between 0 and the range of the scores and ignores the order of the experts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 15 }), (ratings) => {
        const spread = expertSpread(ratings.map((r) => [r])) as number;
        expect(spread).toBeGreaterThanOrEqual(0);
        expect(spread).toBeLessThanOrEqual(Math.max(...ratings) - Math.min(...ratings));
        expect(expertSpread([...ratings].reverse().map((r) => [r]))).toBeCloseTo(spread, 12);
      }),
    );
  });
});
