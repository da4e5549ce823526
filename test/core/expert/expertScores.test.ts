import { creditError } from "../../../src/core/errors";
import { expertScores } from "../../../src/core/expert";

describe("expertScores", () => {
  it("averages each expert's non-missing ratings", () => {
    // expert 1: (4 + 5) / 2 = 4.5; expert 2: (3 + 4 + 2) / 3 = 3
    expect(
      expertScores([
        [4, 5, null],
        [3, 4, 2],
      ]),
    ).toEqual([4.5, 3]);
  });

  it("skips an expert with no ratings", () => {
    expect(
      expertScores([
        [4, 5, null],
        [null, null, null],
        [3, 4, 2],
      ]),
    ).toEqual([4.5, 3]);
  });

  it("reads a single row as one rating per expert", () => {
    expect(expertScores([[4, 3.5, null, 5]])).toEqual([4, 3.5, 5]);
  });

  it("reads a single column as one rating per expert", () => {
    expect(expertScores([[4], [3.5], [null], [5]])).toEqual([4, 3.5, 5]);
  });

  it("accepts ratings exactly at 1 and at 5", () => {
    expect(expertScores([[1], [5]])).toEqual([1, 5]);
  });

  it("refuses ratings outside 1–5, naming the 1-based row and column", () => {
    expect(
      expertScores([
        [4, 5],
        [3, 0.99],
      ]),
    ).toEqual(creditError("#VALUE!", "ratingOutOfRange", { row: 2, column: 2, value: 0.99 }));
    expect(
      expertScores([
        [5.01, 5],
        [3, 3],
      ]),
    ).toEqual(creditError("#VALUE!", "ratingOutOfRange", { row: 1, column: 1, value: 5.01 }));
    expect(expertScores([[3, 4, 0]])).toEqual(
      creditError("#VALUE!", "ratingOutOfRange", { row: 1, column: 3, value: 0 }),
    );
    expect(expertScores([[3], [NaN]])).toEqual(
      creditError("#VALUE!", "ratingOutOfRange", { row: 2, column: 1, value: NaN }),
    );
  });

  it("refuses with #N/A when no expert has a rating", () => {
    expect(expertScores([])).toEqual(creditError("#N/A", "noExpertScores"));
    expect(expertScores([[null, null]])).toEqual(creditError("#N/A", "noExpertScores"));
    expect(
      expertScores([
        [null, null],
        [null, null],
      ]),
    ).toEqual(creditError("#N/A", "noExpertScores"));
  });
});
