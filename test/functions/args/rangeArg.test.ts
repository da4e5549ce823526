/**
 * The coercion rule for range arguments: cells read by the same rule as single values; blanks kept as null
 * where positions matter or skipped where they do not; a refused cell named by argument and by its 1-based
 * index (reading order, row by row), row and column.
 */
import {
  datesKeepingBlanks,
  numberMatrix,
  numbersKeepingBlanks,
  numbersSkippingBlanks,
  pairsArg,
  textsSkippingBlanks,
  toRows,
} from "../../../src/functions/args";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("toRows", () => {
  it("returns rows of a range, a scalar as 1×1, nothing for an omitted argument", () => {
    expect(
      toRows([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(toRows(5)).toEqual([[5]]);
    expect(toRows("")).toEqual([[""]]);
    expect(toRows(null)).toEqual([]);
    expect(toRows(undefined)).toEqual([]);
    expect(toRows([])).toEqual([]);
    // a flat list (array literal of the embedded host) is one row
    expect(toRows([1, 2, 3])).toEqual([[1, 2, 3]]);
  });
});

describe("numbersKeepingBlanks", () => {
  it("reads cells in reading order, numbers stored as text included, blanks as null", () => {
    expect(
      numbersKeepingBlanks(
        [
          [1, ""],
          ["2,000", null],
        ],
        "scores",
      ),
    ).toEqual([1, null, 2000, null]);
    expect(numbersKeepingBlanks([["85%"], ["  "], [3]], "scores")).toEqual([0.85, null, 3]);
    expect(numbersKeepingBlanks(7, "scores")).toEqual([7]);
    expect(numbersKeepingBlanks(null, "scores")).toEqual([]);
  });

  it("names a refused cell by 1-based index, row and column", () => {
    // 2×3 range; cell (2, 2) is item 3 + 2 = 5
    expect(
      numbersKeepingBlanks(
        [
          [1, 2, 3],
          [4, "x", 6],
        ],
        "scores",
      ),
    ).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "scores", index: 5, row: 2, column: 2, value: "x" }),
    );
    expect(numbersKeepingBlanks([[1], [true]], "weights")).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "weights", index: 2, row: 2, column: 1, value: "TRUE" }),
    );
    expect(numbersKeepingBlanks([[1, false]], "weights")).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "weights", index: 2, row: 1, column: 2, value: "FALSE" }),
    );
    expect(numbersKeepingBlanks([[1, Number.NaN]], "weights")).toMatchObject(
      error("#VALUE!", "itemNotFinite", { arg: "weights", index: 2, row: 1, column: 2 }),
    );
  });
});

describe("numbersSkippingBlanks", () => {
  it("drops blanks", () => {
    expect(numbersSkippingBlanks([[1], [""], [3], [null], ["   "]], "sales")).toEqual([1, 3]);
    expect(numbersSkippingBlanks([["", ""]], "sales")).toEqual([]);
  });

  it("still refuses text, naming the cell", () => {
    expect(numbersSkippingBlanks([[1], [""], ["Acme"]], "sales")).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "sales", index: 3, row: 3, column: 1 }),
    );
  });
});

describe("numberMatrix", () => {
  it("keeps the shape, blanks as null", () => {
    expect(
      numberMatrix(
        [
          [4, 5],
          [3, ""],
        ],
        "ratings",
      ),
    ).toEqual([
      [4, 5],
      [3, null],
    ]);
    expect(numberMatrix([["4", "5%"]], "ratings")).toEqual([[4, 0.05]]);
  });

  it("names a refused cell", () => {
    expect(
      numberMatrix(
        [
          [4, 5],
          ["good", 3],
        ],
        "ratings",
      ),
    ).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "ratings", index: 3, row: 2, column: 1, value: "good" }),
    );
  });
});

describe("datesKeepingBlanks", () => {
  it("reads serials and date text in reading order, blanks as null", () => {
    // 2026-10-31 = 46326
    expect(datesKeepingBlanks([["2026-10-31"], [46300], [""], ["2026年10月31日"]], "due_dates")).toEqual([
      46326,
      46300,
      null,
      46326,
    ]);
  });

  it("refuses serials outside Excel's range and booleans as itemNotDate, naming the cell", () => {
    expect(datesKeepingBlanks([[46326, 0]], "due_dates")).toMatchObject(
      error("#VALUE!", "itemNotDate", { arg: "due_dates", index: 2, row: 1, column: 2 }),
    );
    expect(datesKeepingBlanks([[46326], [2958466]], "due_dates")).toMatchObject(
      error("#VALUE!", "itemNotDate", { arg: "due_dates", index: 2, row: 2, column: 1 }),
    );
    expect(datesKeepingBlanks([[true]], "due_dates")).toMatchObject(
      error("#VALUE!", "itemNotDate", { arg: "due_dates", index: 1, row: 1, column: 1, value: "TRUE" }),
    );
  });

  it("keeps the reason of a date-text refusal and adds the cell", () => {
    expect(
      datesKeepingBlanks(
        [
          [46326, "x"],
          [46326, "1/2/2013"],
        ],
        "due_dates",
      ),
    ).toMatchObject(error("#VALUE!", "dateUnreadable", { arg: "due_dates", index: 2, row: 1, column: 2 }));
    expect(
      datesKeepingBlanks(
        [
          [46326, 46326],
          [46326, "1/2/2013"],
        ],
        "due_dates",
      ),
    ).toMatchObject(error("#VALUE!", "dateAmbiguous", { arg: "due_dates", index: 4, row: 2, column: 2 }));
  });
});

describe("textsSkippingBlanks", () => {
  it("collects trimmed text from several values, numbers as text, blanks skipped", () => {
    expect(
      textsSkippingBlanks(
        [
          [
            ["A", ""],
            [" b ", "C"],
          ],
          "D",
          null,
          [[""]],
        ],
        "grades",
      ),
    ).toEqual(["A", "b", "C", "D"]);
    expect(textsSkippingBlanks([[[1, "   "]]], "grades")).toEqual(["1"]);
  });

  it("refuses booleans, naming the cell", () => {
    expect(
      textsSkippingBlanks(
        [
          [
            ["A", "B"],
            ["C", true],
          ],
        ],
        "grades",
      ),
    ).toMatchObject(
      error("#VALUE!", "itemNotText", { arg: "grades", index: 4, row: 2, column: 2, value: "TRUE" }),
    );
  });
});

describe("pairsArg", () => {
  it("reads (key, value) rows, skipping blank rows", () => {
    expect(
      pairsArg(
        [
          ["round_to", 500],
          ["", null],
          ["multiplier_A", 1.5],
        ],
        "policy",
      ),
    ).toEqual([
      ["round_to", 500],
      ["multiplier_A", 1.5],
    ]);
  });

  it("reads a range two rows high and more than two wide sideways", () => {
    expect(
      pairsArg(
        [
          ["round_to", "multiplier_A", "multiplier_B"],
          [500, 1.5, 1.1],
        ],
        "policy",
      ),
    ).toEqual([
      ["round_to", 500],
      ["multiplier_A", 1.5],
      ["multiplier_B", 1.1],
    ]);
  });

  it("refuses a range that is not two columns wide", () => {
    expect(pairsArg([["round_to"]], "policy")).toMatchObject(
      error("#VALUE!", "argNotTwoColumns", { arg: "policy", columns: 1 }),
    );
    expect(
      pairsArg(
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        "scale",
      ),
    ).toMatchObject(error("#VALUE!", "argNotTwoColumns", { arg: "scale", columns: 3 }));
  });
});
