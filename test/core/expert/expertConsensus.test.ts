import { creditError } from "../../../src/core/errors";
import { expertConsensus } from "../../../src/core/expert";

describe("expertConsensus", () => {
  const panel = [[4], [2], [5], [4]]; // scores 2, 4, 4, 5

  it("is the median of the expert scores by default", () => {
    // sorted 2, 4, 4, 5 → (4 + 4) / 2 = 4
    expect(expertConsensus(panel)).toBe(4);
    // odd count: sorted 1, 3, 5 → 3
    expect(expertConsensus([[5], [1], [3]], "median")).toBe(3);
    // even count with different middles: sorted 2, 3, 4, 5 → (3 + 4) / 2 = 3.5
    expect(expertConsensus([[5], [2], [4], [3]])).toBe(3.5);
  });

  it("is the mean on request", () => {
    // (4 + 2 + 5 + 4) / 4 = 15 / 4 = 3.75
    expect(expertConsensus(panel, "mean")).toBe(3.75);
  });

  it("trims the single lowest and highest score with at least 3 experts", () => {
    // drop 2 and 5: (4 + 4) / 2 = 4
    expect(expertConsensus(panel, "trimmed")).toBe(4);
    // 3 experts 1, 2, 5: drop 1 and 5 → 2 (mean would be 8 / 3)
    expect(expertConsensus([[1], [2], [5]], "trimmed")).toBe(2);
    // ties: 1, 1, 5, 5 → drop one 1 and one 5 → (1 + 5) / 2 = 3
    expect(expertConsensus([[1], [1], [5], [5]], "trimmed")).toBe(3);
  });

  it("falls back to the plain mean when trimming 1 or 2 experts", () => {
    // (2 + 5) / 2 = 3.5
    expect(expertConsensus([[2], [5]], "trimmed")).toBe(3.5);
    expect(expertConsensus([[2]], "trimmed")).toBe(2);
  });

  it("works on expert totals from a full matrix", () => {
    // expert scores: (4 + 5 + 3) / 3 = 4; (2 + 2) / 2 = 2 (one criterion missing); (5 + 5 + 5) / 3 = 5
    const matrix = [
      [4, 5, 3],
      [2, null, 2],
      [5, 5, 5],
    ];
    expect(expertConsensus(matrix)).toBe(4); // median of 2, 4, 5
    expect(expertConsensus(matrix, "mean")).toBeCloseTo(11 / 3, 12); // (4 + 2 + 5) / 3
    expect(expertConsensus(matrix, "trimmed")).toBe(4); // only 4 left
  });

  it("passes rating errors through", () => {
    expect(expertConsensus([[6]])).toEqual(
      creditError("#VALUE!", "ratingOutOfRange", { row: 1, column: 1, value: 6 }),
    );
    expect(expertConsensus([[null]], "mean")).toEqual(creditError("#N/A", "noExpertScores"));
  });

  it("refuses an unknown method", () => {
    expect(expertConsensus(panel, "mode" as never)).toEqual(
      creditError("#VALUE!", "consensusMethodInvalid", { value: "mode" }),
    );
  });
});
