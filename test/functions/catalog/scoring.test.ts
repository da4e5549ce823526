/**
 * CREDIT.SCORE / GRADE / POINTS / EXPERTSCORE / EXPERTSPREAD / BLEND through the catalog wrappers, with
 * Excel-style arguments. Rules: DESIGN §3.2 (weighted scorecard, grade scales) and §3.3 (expert panel).
 */
import {
  blendFn,
  expertScoreFn,
  expertSpreadFn,
  gradeFn,
  gradeScaleArg,
  pointsFn,
  scoreFn,
} from "../../../src/functions/catalog/scoring";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("CREDIT.SCORE(scores, weights, [max_points], [missing])", () => {
  it("is Σ score·weight / (max · Σ weight) × 100 for a column, a row or a block", () => {
    // (5×0.5 + 4×0.3 + 3×0.2) / (5 × 1) × 100 = (2.5 + 1.2 + 0.6) / 5 × 100 = 86
    expect(scoreFn([[5], [4], [3]], [[0.5], [0.3], [0.2]], null, null)).toBeCloseTo(86, 9);
    expect(scoreFn([[5, 4, 3]], [[0.5, 0.3, 0.2]], null, null)).toBeCloseTo(86, 9);
    // weights in points: (5×50 + 4×30 + 3×20) / (5 × 100) × 100 = 430 / 500 × 100 = 86
    expect(scoreFn([[5], [4], [3]], [[50], [30], [20]], null, null)).toBeCloseTo(86, 9);
    // a 2×2 block read row by row: scores 5, 4 / 3, 2 with weights 1, 1 / 1, 1 → 14 / 20 × 100 = 70
    expect(
      scoreFn(
        [
          [5, 4],
          [3, 2],
        ],
        [
          [1, 1],
          [1, 1],
        ],
        null,
        null,
      ),
    ).toBeCloseTo(70, 9);
  });

  it("scores the default template of DESIGN §3.2 (18 factors at 5, payment history at 10)", () => {
    const weights = [
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [5],
      [10],
      [5],
      [5],
      [5],
      [5],
      [5],
    ];
    // every factor 4 except payment history 5: 18 × 4 × 5 = 360, 5 × 10 = 50 → 410 / (5 × 100) × 100 = 82
    const scores = weights.map((_, i) => [i === 13 ? 5 : 4]);
    expect(scoreFn(scores, weights, null, null)).toBeCloseTo(82, 9);
  });

  it("reads weights and scores stored as text", () => {
    // weights "50%", "50%" → 0.5, 0.5: (4×0.5 + 4×0.5) / (5 × 1) × 100 = 80
    expect(scoreFn([["4", "4"]], [["50%", "50%"]], null, null)).toBeCloseTo(80, 9);
  });

  it("uses max_points for other scales; blank max_points is 5", () => {
    // 0–10 scale: (7 + 10) / (10 × 2) × 100 = 85
    expect(scoreFn([[7, 10]], [[1, 1]], 10, null)).toBeCloseTo(85, 9);
    expect(scoreFn([[7, 10]], [[1, 1]], "10", null)).toBeCloseTo(85, 9);
    // max 5: (4 + 5) / (5 × 2) × 100 = 90
    expect(scoreFn([[4, 5]], [[1, 1]], "", null)).toBeCloseTo(90, 9);
    expect(scoreFn([[4, 5]], [[1, 1]], "   ", null)).toBeCloseTo(90, 9);
  });

  it("reads 85 for a scorecard that is 85 on paper", () => {
    // (4.1×0.1 + 4.3×0.3) / (5 × 0.4) × 100 = (0.41 + 1.29) / 2 × 100 = 85
    expect(((4.1 * 0.1 + 4.3 * 0.3) / (5 * 0.4)) * 100).toBeLessThan(85);
    expect(scoreFn([[4.1], [4.3]], [[0.1], [0.3]], null, null)).toBe(85);
  });

  describe("missing policy", () => {
    const scores = [[5], [""], [3]];
    const weights = [[0.5], [0.3], [0.2]];

    it("reallocate (default, also for a blank or omitted missing) drops the factor and renormalises", () => {
      // (5×0.5 + 3×0.2) / (5 × (0.5 + 0.2)) × 100 = 3.1 / 3.5 × 100 = 88.571428571…
      for (const policy of [null, "", "reallocate", " Reallocate "]) {
        expect(scoreFn(scores, weights, null, policy)).toBeCloseTo(88.57142857142857, 9);
      }
      // null cells are blanks too
      expect(scoreFn([[5], [null], [3]], weights, null, null)).toBeCloseTo(88.57142857142857, 9);
    });

    it("zero counts the factor as 0 and keeps its weight", () => {
      // (5×0.5 + 0×0.3 + 3×0.2) / (5 × 1) × 100 = 3.1 / 5 × 100 = 62
      expect(scoreFn(scores, weights, null, "zero")).toBeCloseTo(62, 9);
      expect(scoreFn(scores, weights, null, "ZERO")).toBeCloseTo(62, 9);
    });

    it("error refuses with #N/A naming the first missing factor (1-based)", () => {
      expect(scoreFn(scores, weights, null, "error")).toMatchObject(
        error("#N/A", "scoreMissing", { index: 2 }),
      );
    });

    it("all factors missing: #N/A under reallocate, 0 under zero", () => {
      expect(scoreFn([["", ""]], [[1, 1]], null, null)).toMatchObject(error("#N/A", "allScoresMissing"));
      // (0 + 0) / (5 × 2) × 100 = 0
      expect(scoreFn([["", ""]], [[1, 1]], null, "zero")).toBe(0);
    });

    it("refuses an unknown policy", () => {
      expect(scoreFn(scores, weights, null, "ignore")).toMatchObject(
        error("#VALUE!", "argNotChoice", { arg: "missing", value: "ignore" }),
      );
    });
  });

  it("refuses blank weights, mismatched lengths, scores above max and zero total weight", () => {
    expect(scoreFn([[5], [4], [3]], [[0.5], [0.3], [""]], null, null)).toMatchObject(
      error("#VALUE!", "weightBlank", { arg: "weights", index: 3 }),
    );
    expect(scoreFn([[5], [4]], [[1]], null, null)).toMatchObject(
      error("#VALUE!", "lengthMismatch", { firstLength: 2, secondLength: 1 }),
    );
    expect(scoreFn([[6]], [[1]], null, null)).toMatchObject(
      error("#VALUE!", "scoreOutOfRange", { index: 1, max: 5 }),
    );
    expect(scoreFn([[5, 4]], [[0, 0]], null, null)).toMatchObject(error("#VALUE!", "weightsSumZero"));
  });

  it("refuses text and booleans inside the ranges, naming the cell", () => {
    expect(
      scoreFn(
        [
          [5, 4],
          [3, "good"],
        ],
        [
          [1, 1],
          [1, 1],
        ],
        null,
        null,
      ),
    ).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "scores", index: 4, row: 2, column: 2, value: "good" }),
    );
    expect(scoreFn([[5], [4]], [[1], [true]], null, null)).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "weights", index: 2, row: 2, column: 1, value: "TRUE" }),
    );
  });
});

describe("CREDIT.GRADE(score, [scale])", () => {
  describe("ABCD (default): A ≥ 85, B ≥ 70, C ≥ 60, D below", () => {
    it.each([
      [100, "A"],
      [85, "A"], // exactly at A
      [84.99, "B"], // just below A
      [70, "B"],
      [69.99, "C"],
      [60, "C"],
      [59.99, "D"],
      [0, "D"],
    ])("score %p → %p", (score, grade) => {
      expect(gradeFn(score, null)).toBe(grade);
    });

    it("is the scale for an omitted, blank or named ABCD scale", () => {
      for (const scale of [null, "", "   ", [[""]], [[null]], "ABCD", "abcd", [["ABCD"]]]) {
        expect(gradeFn(85, scale)).toBe("A");
        expect(gradeFn(84.99, scale)).toBe("B");
      }
    });

    it("refuses scores outside 0–100", () => {
      expect(gradeFn(100.01, null)).toMatchObject(
        error("#VALUE!", "outOfRange", { arg: "score", min: 0, max: 100 }),
      );
      expect(gradeFn(-0.01, null)).toMatchObject(error("#VALUE!", "outOfRange", { arg: "score" }));
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
    ])("score %p → %p", (score, grade) => {
      expect(gradeFn(score, "AAA")).toBe(grade);
    });

    it("accepts the name in any case, trimmed, or in a 1×1 range", () => {
      expect(gradeFn(72, " aaa ")).toBe("A");
      expect(gradeFn(72, [["AAA"]])).toBe("A");
    });
  });

  describe("a user scale: two columns (lower bound, grade) in any order", () => {
    const unordered = [
      [0, "Standard"],
      [90, "Gold"],
      [70, "Silver"],
    ];

    it.each([
      [90, "Gold"],
      [89.99, "Silver"],
      [70, "Silver"],
      [69.99, "Standard"],
      [0, "Standard"],
      [150, "Gold"], // a user scale is not limited to 0–100
    ])("score %p → %p", (score, grade) => {
      expect(gradeFn(score, unordered)).toBe(grade);
      expect(gradeFn(score, [...unordered].reverse())).toBe(grade);
    });

    it("reads a two-row range laid out sideways, bounds as text, and skips blank rows", () => {
      const sideways = [
        [90, 70, 0],
        ["Gold", "Silver", "Standard"],
      ];
      expect(gradeFn(75, sideways)).toBe("Silver");
      expect(
        gradeFn(75, [
          ["90", "Gold"],
          ["", ""],
          ["70", " Silver "],
          [0, "Standard"],
        ]),
      ).toBe("Silver");
    });

    it("refuses a score below the lowest bound with #N/A", () => {
      expect(gradeFn(49, [[50, "Pass"]])).toMatchObject(
        error("#N/A", "scoreBelowLowestBound", { bound: 50 }),
      );
    });

    it("refuses malformed scales", () => {
      expect(gradeFn(72, [[90, "Gold", "x"]])).toMatchObject(
        error("#VALUE!", "argNotTwoColumns", { arg: "scale" }),
      );
      expect(
        gradeFn(72, [
          ["high", "Gold"],
          [0, "Std"],
        ]),
      ).toMatchObject(error("#VALUE!", "gradeScaleBound", { arg: "scale", row: 1 }));
      expect(
        gradeFn(72, [
          [90, ""],
          [0, "Std"],
        ]),
      ).toMatchObject(error("#VALUE!", "gradeScaleEmptyLabel", { row: 1 }));
      expect(
        gradeFn(72, [
          [90, "Gold"],
          [90, "Silver"],
        ]),
      ).toMatchObject(error("#VALUE!", "gradeScaleDuplicateBound"));
    });
  });

  it("refuses unknown scale names and non-text scalars", () => {
    expect(gradeFn(72, "BBB")).toMatchObject(
      error("#VALUE!", "gradeScaleUnknown", { arg: "scale", value: "BBB" }),
    );
    expect(gradeFn(72, 5)).toMatchObject(error("#VALUE!", "gradeScaleUnknown", { arg: "scale", value: "5" }));
    expect(gradeFn(72, true)).toMatchObject(
      error("#VALUE!", "gradeScaleUnknown", { arg: "scale", value: "TRUE" }),
    );
  });

  it("reads the score by the coercion rule", () => {
    expect(gradeFn("85", null)).toBe("A");
    expect(gradeFn([[84.99]], null)).toBe("B");
    expect(gradeFn(null, null)).toMatchObject(error("#N/A", "argBlank", { arg: "score" }));
    expect(gradeFn("   ", "AAA")).toMatchObject(error("#N/A", "argBlank", { arg: "score" }));
    expect(gradeFn("good", null)).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "score" }));
    expect(gradeFn([[85, 70]], null)).toMatchObject(error("#VALUE!", "argNotSingle", { arg: "score" }));
  });

  it("grades a CREDIT.SCORE result that is a boundary on paper at the boundary", () => {
    // (3×0.3 + 4×0.3) / (5 × 0.6) × 100 = 2.1 / 3 × 100 = 70 on paper; plain binary arithmetic gives
    // 69.99999999999999, which would grade C
    expect(((3 * 0.3 + 4 * 0.3) / (5 * 0.6)) * 100).toBeLessThan(70);
    expect(gradeFn(scoreFn([[3, 4]], [[0.3, 0.3]], null, null), null)).toBe("B");
    // 85 on paper (see CREDIT.SCORE above) → A
    expect(gradeFn(scoreFn([[4.1], [4.3]], [[0.1], [0.3]], null, null), null)).toBe("A");
  });
});

describe("gradeScaleArg", () => {
  it("returns the built-in names and builds a user scale", () => {
    expect(gradeScaleArg(null)).toBe("ABCD");
    expect(gradeScaleArg([["aaa"]])).toBe("AAA");
    expect(
      gradeScaleArg([
        [90, "Gold"],
        [0, "Std"],
      ]),
    ).toMatchObject({ bounds: [90, 0], grades: ["Gold", "Std"] });
  });
});

describe("CREDIT.POINTS(value, breakpoints, points)", () => {
  const breakpoints = [[0, 1, 1.5, 2]];
  const points = [[1, 3, 4, 5]];

  it.each([
    [0, 1], // at the first breakpoint
    [0.99, 1],
    [1, 3], // lower bound inclusive
    [1.49, 3],
    [1.5, 4],
    [1.6, 4],
    [2, 5],
    [99, 5], // the last band is open
  ])("value %p → %p points", (value, expected) => {
    expect(pointsFn(value, breakpoints, points)).toBe(expected);
  });

  it("gives the extra first point value to a value below the first breakpoint", () => {
    // five points for four breakpoints: the first is for values below 0
    expect(pointsFn(-1, breakpoints, [[0, 1, 3, 4, 5]])).toBe(0);
    expect(pointsFn(0, breakpoints, [[0, 1, 3, 4, 5]])).toBe(1);
  });

  it("refuses a value below the first band without a point value for it", () => {
    expect(pointsFn(-1, breakpoints, points)).toMatchObject(
      error("#N/A", "valueBelowFirstBand", { first: 0 }),
    );
  });

  it("refuses unsorted breakpoints and mismatched lists", () => {
    expect(pointsFn(3, [[0, 2, 1]], [[1, 3, 4]])).toMatchObject(
      error("#VALUE!", "breakpointsNotAscending", { index: 3 }),
    );
    expect(pointsFn(3, [[0, 1]], points)).toMatchObject(
      error("#VALUE!", "pointsShapeInvalid", { breakpoints: 2, points: 4 }),
    );
  });
});

describe("CREDIT.EXPERTSCORE(ratings, [method]) and CREDIT.EXPERTSPREAD(ratings)", () => {
  // rows = experts, columns = criteria; expert scores are row means
  const panel = [
    [4, 5], // 4.5
    [3, 3], // 3
    [5, 5], // 5
  ];

  it("takes the median of expert scores by default", () => {
    // median of 3, 4.5, 5 = 4.5
    expect(expertScoreFn(panel, null)).toBeCloseTo(4.5, 9);
    expect(expertScoreFn(panel, "")).toBeCloseTo(4.5, 9);
    // even count: median of 1, 3, 4.5, 5 = (3 + 4.5) / 2 = 3.75
    expect(expertScoreFn([...panel, [1, 1]], "median")).toBeCloseTo(3.75, 9);
  });

  it("takes the mean or the trimmed mean on request", () => {
    // (4.5 + 3 + 5) / 3 = 12.5 / 3 = 4.1666…
    expect(expertScoreFn(panel, "mean")).toBeCloseTo(12.5 / 3, 9);
    // trimmed: drop 1 and 5 of 1, 3, 4.5, 5 → (3 + 4.5) / 2 = 3.75
    expect(expertScoreFn([...panel, [1, 1]], "Trimmed")).toBeCloseTo(3.75, 9);
  });

  it("averages an expert's non-blank ratings only", () => {
    // expert 1: 4 (blank skipped), expert 2: 3 → median 3.5
    expect(
      expertScoreFn(
        [
          [4, ""],
          [3, 3],
        ],
        null,
      ),
    ).toBeCloseTo(3.5, 9);
  });

  it("refuses ratings outside 1–5, an empty panel and unknown methods", () => {
    expect(expertScoreFn([[4, 6]], null)).toMatchObject(
      error("#VALUE!", "ratingOutOfRange", { row: 1, column: 2, value: 6 }),
    );
    expect(expertScoreFn([[""]], null)).toMatchObject(error("#N/A", "noExpertScores"));
    expect(expertScoreFn(panel, "avg")).toMatchObject(
      error("#VALUE!", "argNotChoice", { arg: "method", value: "avg" }),
    );
    expect(expertScoreFn([[4, "x"]], null)).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "ratings", row: 1, column: 2 }),
    );
  });

  it("spread is the interquartile range (QUARTILE.INC) of expert scores", () => {
    // 1, 2, 3, 4, 5: Q1 at position 1 = 2, Q3 at position 3 = 4 → 4 − 2 = 2
    expect(expertSpreadFn([[1], [2], [3], [4], [5]])).toBeCloseTo(2, 9);
    // scores 3, 4.5, 5: Q1 = 3 + 0.5 × 1.5 = 3.75, Q3 = 4.5 + 0.5 × 0.5 = 4.75 → 1
    expect(expertSpreadFn(panel)).toBeCloseTo(1, 9);
    expect(expertSpreadFn([[3]])).toBe(0);
  });
});

describe("CREDIT.BLEND(model_score, expert_score, [model_weight])", () => {
  it("is w · model + (1 − w) · expert with w = 0.7 by default", () => {
    // 0.7 × 80 + 0.3 × 70 = 56 + 21 = 77
    expect(blendFn(80, 70, null)).toBeCloseTo(77, 9);
    expect(blendFn(80, 70, "")).toBeCloseTo(77, 9);
    // 0.5 × 80 + 0.5 × 70 = 75
    expect(blendFn(80, 70, "50%")).toBeCloseTo(75, 9);
    expect(blendFn(80, 70, 0)).toBeCloseTo(70, 9); // all expert
    expect(blendFn(80, 70, 1)).toBeCloseTo(80, 9); // all model
  });

  it("refuses weights outside 0–1 and blank scores", () => {
    expect(blendFn(80, 70, 1.1)).toMatchObject(
      error("#VALUE!", "outOfRange", { arg: "modelWeight", min: 0, max: 1 }),
    );
    expect(blendFn(80, null, null)).toMatchObject(error("#N/A", "argBlank", { arg: "expert_score" }));
  });
});

/**
 * A refused cell after skipped blanks is named by its place in the range the user sees, not by its
 * position among the non-blank cells.
 */
const positionOf = (result: unknown): unknown => {
  const params = (result as { params?: Record<string, unknown> }).params ?? {};
  return params.index ?? params.position ?? params.row;
};

describe("positions count blank cells", () => {
  it("gradeScaleBound names the sheet row of the bad bound, counting blank rows", () => {
    const result = gradeFn(72, [
      [90, "Gold"],
      ["", ""],
      ["x", "Std"],
    ]);
    expect(result).toMatchObject(error("#VALUE!", "gradeScaleBound"));
    expect(positionOf(result)).toBe(3);
  });

  it("breakpointsNotAscending names the cell, counting blank cells", () => {
    // breakpoints 0, (blank), 2, 1: the out-of-order 1 is cell 4
    const result = pointsFn(1, [[0, "", 2, 1]], [[1, 2, 3, 4]]);
    expect(result).toMatchObject(error("#VALUE!", "breakpointsNotAscending"));
    expect(positionOf(result)).toBe(4);
  });
});
