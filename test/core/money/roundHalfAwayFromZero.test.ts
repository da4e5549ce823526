import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { roundHalfAwayFromZero } from "../../../src/core/money";

describe("roundHalfAwayFromZero", () => {
  it.each([
    [2.675, 2, 2.68], // stored as 2.67499999999999982236431605997495353221893310546875
    [1.005, 2, 1.01], // stored as 1.00499999999999989341858963598497211933135986328125
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.4999, 0, 2],
    [1.45, 1, 1.5],
    [-1.45, 1, -1.5],
    [9.995, 2, 10], // carries into the units
    [-9.995, 2, -10],
    [1234.5678, 2, 1234.57],
    [123.45, 2, 123.45], // already at 2 decimals
    [1e21, 2, 1e21], // written 1e+21
    [1.5e-7, 7, 2e-7], // written 1.5e-7: 0.00000015 → 0.0000002
    [1.5e-7, 6, 0],
    [0.05, 1, 0.1],
    // Microsoft Support, "ROUND function" examples: ROUND(2.15, 1) = 2.2, ROUND(2.149, 1) = 2.1,
    // ROUND(-1.475, 2) = -1.48.
    [2.15, 1, 2.2],
    [2.149, 1, 2.1],
    [-1.475, 2, -1.48],
  ])("%p to %p decimals → %p", (value, decimals, rounded) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(rounded);
  });

  it("never returns −0", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.004, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true);
  });

  it("refuses non-finite values and bad decimals", () => {
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toEqual(
      creditError("#VALUE!", "amountNotFinite", { amount: "NaN" }),
    );
    expect(roundHalfAwayFromZero(1, -1)).toEqual(
      creditError("#VALUE!", "decimalsOutOfRange", { decimals: "-1", max: 10 }),
    );
  });

  const value = fc.double({ min: -1e12, max: 1e12, noNaN: true });
  const decimals = fc.integer({ min: 0, max: 4 });
  const noSign = (x: number) => x + 0; // folds −0 into 0

  it("is odd-symmetric: round(−x) = −round(x)", () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        expect(roundHalfAwayFromZero(-x, d)).toBe(noSign(-(roundHalfAwayFromZero(x, d) as number)));
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        const once = roundHalfAwayFromZero(x, d) as number;
        expect(roundHalfAwayFromZero(once, d)).toBe(once);
      }),
    );
  });

  it("stays within half a unit of the last kept place", () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        const rounded = roundHalfAwayFromZero(x, d) as number;
        // Half a unit, plus a few ulps for the binary representation of both numbers.
        const slack = 0.5 * 10 ** -d + 4 * Number.EPSILON * Math.max(1, Math.abs(x));
        expect(Math.abs(rounded - x)).toBeLessThanOrEqual(slack);
      }),
    );
  });

  it("rounds halves of the next decimal away from zero", () => {
    // (2k + 1) / 20 is a half: 0.05, 0.15, …; at 1 decimal it must move away from zero to (k + 1) / 10.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (k) => {
        const half = (2 * k + 1) / 20;
        expect(roundHalfAwayFromZero(half, 1)).toBe((k + 1) / 10);
        expect(roundHalfAwayFromZero(-half, 1)).toBe(-(k + 1) / 10);
      }),
    );
  });
});
