import { creditError } from "../../../src/core/errors";
import { bandPoints } from "../../../src/core/scoring";

describe("bandPoints", () => {
  // current ratio bands {0, 1, 1.5, 2} → points {1, 3, 4, 5}
  const breakpoints = [0, 1, 1.5, 2];
  const points = [1, 3, 4, 5];

  it.each([
    [0, 1],
    [0.99, 1],
    [1, 3],
    [1.2, 3],
    [1.49, 3],
    [1.5, 4],
    [1.99, 4],
    [2, 5],
    [7.5, 5],
  ])("gives a current ratio of %p %p points (lower bounds inclusive)", (value, expected) => {
    expect(bandPoints(value, breakpoints, points)).toBe(expected);
  });

  it("treats a value within binary noise of a breakpoint as on it", () => {
    // 0.1 + 0.2 = 0.30000000000000004, and 0.3 − 1e-17 rounds to 0.3
    expect(bandPoints(0.1 + 0.2, [0, 0.3], [1, 2])).toBe(2);
    expect(bandPoints(1.4999999999999998, breakpoints, points)).toBe(4);
  });

  it("refuses a value below the first band when there is one point per breakpoint", () => {
    expect(bandPoints(-0.01, breakpoints, points)).toEqual(
      creditError("#N/A", "valueBelowFirstBand", { value: -0.01, first: 0 }),
    );
  });

  it("uses points[0] below the first breakpoint when there is one point more", () => {
    const withFloor = [0, 1, 3, 4, 5];
    expect(bandPoints(-0.01, breakpoints, withFloor)).toBe(0);
    expect(bandPoints(0, breakpoints, withFloor)).toBe(1);
    expect(bandPoints(1.5, breakpoints, withFloor)).toBe(4);
    expect(bandPoints(2, breakpoints, withFloor)).toBe(5);
  });

  it("accepts a single band with no breakpoints only in the one-more shape", () => {
    expect(bandPoints(42, [], [3])).toBe(3);
    expect(bandPoints(42, [], [])).toEqual(creditError("#VALUE!", "noBands"));
  });

  it("refuses other shapes", () => {
    expect(bandPoints(1, breakpoints, [1, 2, 3])).toEqual(
      creditError("#VALUE!", "pointsShapeInvalid", { breakpoints: 4, points: 3 }),
    );
    expect(bandPoints(1, breakpoints, [1, 2, 3, 4, 5, 6])).toEqual(
      creditError("#VALUE!", "pointsShapeInvalid", { breakpoints: 4, points: 6 }),
    );
  });

  it("refuses breakpoints that are not strictly ascending", () => {
    expect(bandPoints(1, [0, 1, 1, 2], points)).toEqual(
      creditError("#VALUE!", "breakpointsNotAscending", { index: 3, value: 1 }),
    );
    expect(bandPoints(1, [0, 2, 1.5, 3], points)).toEqual(
      creditError("#VALUE!", "breakpointsNotAscending", { index: 3, value: 1.5 }),
    );
  });

  it("refuses breakpoints, points and values that are not numbers", () => {
    expect(bandPoints(1, [0, NaN, 2, 3], points)).toEqual(
      creditError("#VALUE!", "listValueNotANumber", { arg: "breakpoints", index: 2 }),
    );
    expect(bandPoints(1, breakpoints, [1, 3, Infinity, 5])).toEqual(
      creditError("#VALUE!", "listValueNotANumber", { arg: "points", index: 3 }),
    );
    expect(bandPoints(NaN, breakpoints, points)).toEqual(
      creditError("#VALUE!", "notANumber", { arg: "value" }),
    );
  });
});
