import { creditError } from "../../../src/core/errors";
import { needsAnotherRound } from "../../../src/core/expert";

describe("needsAnotherRound", () => {
  it.each([
    [0, false],
    [0.99, false],
    [1, false],
    [1 + 1e-12, false], // binary noise on 1 is still 1
    [1.0000000001, true],
    [1.01, true],
    [3, true],
  ])("with the default limit of 1, a spread of %p → %p", (spread, expected) => {
    expect(needsAnotherRound(spread)).toBe(expected);
  });

  it("uses a given limit", () => {
    expect(needsAnotherRound(0.5, 0.5)).toBe(false);
    expect(needsAnotherRound(0.51, 0.5)).toBe(true);
    expect(needsAnotherRound(0, 0)).toBe(false);
  });

  it("refuses negative or non-numeric spreads and limits", () => {
    expect(needsAnotherRound(-0.1)).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "spread", value: -0.1 }),
    );
    expect(needsAnotherRound(1, -1)).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "limit", value: -1 }),
    );
    expect(needsAnotherRound(NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "spread" }));
    expect(needsAnotherRound(1, NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "limit" }));
  });
});
