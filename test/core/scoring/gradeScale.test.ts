import { AAA_GRADE_SCALE, ABCD_GRADE_SCALE, BUILT_IN_GRADE_SCALE_ROWS } from "../../../src/core/scoring";

describe("built-in grade scales", () => {
  it("publishes the ABCD scale of DESIGN §3.2 as (lower bound, grade) rows", () => {
    expect(BUILT_IN_GRADE_SCALE_ROWS.ABCD).toEqual([
      [85, "A"],
      [70, "B"],
      [60, "C"],
      [0, "D"],
    ]);
  });

  it("publishes the nine-level AAA scale of DESIGN §3.2", () => {
    expect(BUILT_IN_GRADE_SCALE_ROWS.AAA).toEqual([
      [90, "AAA"],
      [80, "AA"],
      [70, "A"],
      [60, "BBB"],
      [50, "BB"],
      [40, "B"],
      [30, "CCC"],
      [20, "CC"],
      [0, "C"],
    ]);
  });

  it("prepares the scales highest bound first and for percentages only", () => {
    expect(ABCD_GRADE_SCALE).toEqual({
      name: "ABCD",
      bounds: [85, 70, 60, 0],
      grades: ["A", "B", "C", "D"],
      percentOnly: true,
    });
    expect(AAA_GRADE_SCALE.bounds).toEqual([90, 80, 70, 60, 50, 40, 30, 20, 0]);
    expect(AAA_GRADE_SCALE.percentOnly).toBe(true);
  });

  it("publishes rows a caller cannot change", () => {
    expect(Object.isFrozen(BUILT_IN_GRADE_SCALE_ROWS.ABCD)).toBe(true);
  });
});
