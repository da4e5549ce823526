import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { latenessGrade } from "../../../src/core/rating";

describe("latenessGrade", () => {
  it.each([
    // A: on time or early (≤ 0)
    [-30, "A"],
    [-0.01, "A"],
    [0, "A"],
    // B: 0 < days < 5
    [0.01, "B"],
    [1, "B"],
    [4, "B"],
    [4.99, "B"],
    // C: 5 ≤ days < 10
    [5, "C"],
    [5.01, "C"],
    [9, "C"],
    [9.99, "C"],
    // D: ≥ 10 (veto)
    [10, "D"],
    [10.01, "D"],
    [365, "D"],
  ])("grades %p days late as %p", (days, grade) => {
    expect(latenessGrade(days)).toBe(grade);
  });

  it("treats values within binary noise of a bound as the bound", () => {
    expect(latenessGrade(1e-12)).toBe("A");
    expect(latenessGrade(4.999999999999999)).toBe("C");
    expect(latenessGrade(9.999999999999998)).toBe("D");
  });

  it("refuses days that are not a number", () => {
    expect(latenessGrade(NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "daysLate" }));
    expect(latenessGrade(-Infinity)).toEqual(creditError("#VALUE!", "notANumber", { arg: "daysLate" }));
  });

  it("never gives a better grade to a later payment", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (x, y) => {
          const [early, late] = x <= y ? [x, y] : [y, x];
          expect((latenessGrade(late) as string) >= (latenessGrade(early) as string)).toBe(true);
        },
      ),
    );
  });
});
