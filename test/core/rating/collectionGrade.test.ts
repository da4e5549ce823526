import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { collectionGrade, netCollectionRate } from "../../../src/core/rating";

describe("collectionGrade", () => {
  it.each([
    // A: rate ≥ 100 %
    [1.5, "A"],
    [1.0000000001, "A"],
    [1, "A"],
    // B: 95 % ≤ rate < 100 %
    [0.9999999999, "B"],
    [0.99, "B"],
    [0.9500000001, "B"],
    [0.95, "B"],
    // C: 90 % ≤ rate < 95 %
    [0.9499999999, "C"],
    [0.9000000001, "C"],
    [0.9, "C"],
    // D: rate < 90 % (veto)
    [0.8999999999, "D"],
    [0.5, "D"],
    [0, "D"],
    [-0.1, "D"],
  ])("grades a rate of %p as %p", (rate, grade) => {
    expect(collectionGrade(rate)).toBe(grade);
  });

  it("grades binary noise around a bound like the bound itself", () => {
    expect(collectionGrade(0.9499999999999999)).toBe("B");
    expect(collectionGrade(0.8999999999999999)).toBe("C");
    expect(collectionGrade(0.9999999999999999)).toBe("A");
  });

  it("grades a computed rate: 95,000 collected of 100,000 due is exactly 95 % → B", () => {
    const rate = netCollectionRate(95_000, 100_000) as number;
    expect(collectionGrade(rate)).toBe("B");
  });

  it("refuses a rate that is not a number", () => {
    expect(collectionGrade(NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "rate" }));
  });

  it("never gives a worse grade to a higher rate", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect((collectionGrade(high) as string) <= (collectionGrade(low) as string)).toBe(true);
        },
      ),
    );
  });
});
