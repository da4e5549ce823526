import { creditError } from "../../../src/core/errors";
import { userGradeScale } from "../../../src/core/scoring";

describe("userGradeScale", () => {
  it("sorts rows given in any order, highest bound first, and trims labels", () => {
    expect(
      userGradeScale([
        [60, " C"],
        [85, "A "],
        [0, "D"],
        [70, "B"],
      ]),
    ).toEqual({ name: "user", bounds: [85, 70, 60, 0], grades: ["A", "B", "C", "D"], percentOnly: false });
  });

  it("accepts a single row", () => {
    expect(userGradeScale([[50, "Pass"]])).toEqual({
      name: "user",
      bounds: [50],
      grades: ["Pass"],
      percentOnly: false,
    });
  });

  it("refuses a bound given twice, also within binary noise", () => {
    expect(
      userGradeScale([
        [60, "B"],
        [60, "C"],
      ]),
    ).toEqual(creditError("#VALUE!", "gradeScaleDuplicateBound", { bound: 60 }));
    expect(
      userGradeScale([
        [0.3, "B"],
        [0.1 + 0.2, "C"],
      ]),
    ).toEqual(creditError("#VALUE!", "gradeScaleDuplicateBound", { bound: 0.1 + 0.2 }));
  });

  it("refuses an empty grade label, naming the 1-based row", () => {
    expect(
      userGradeScale([
        [80, "A"],
        [60, "  "],
      ]),
    ).toEqual(creditError("#VALUE!", "gradeScaleEmptyLabel", { row: 2 }));
  });

  it("refuses a bound that is not a number", () => {
    expect(
      userGradeScale([
        [80, "A"],
        [NaN, "B"],
      ]),
    ).toEqual(creditError("#VALUE!", "gradeScaleBoundInvalid", { row: 2 }));
  });

  it("refuses a scale without rows", () => {
    expect(userGradeScale([])).toEqual(creditError("#VALUE!", "gradeScaleEmpty"));
  });
});
