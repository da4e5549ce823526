import fc from "fast-check";
import { erfc, normalCdf, twoSidedPValue } from "../../../src/core/scorecard";

/** |actual − expected| / |expected|. */
const relativeError = (actual: number, expected: number): number =>
  Math.abs(actual - expected) / Math.abs(expected);

// Reference values to 20 digits (mpmath at 30 digits; the first ones also in Abramowitz & Stegun, Table 7.1).
const ERFC: [number, number][] = [
  [0.1, 0.8875370839817151078],
  [0.5, 0.47950012218695346232],
  [1, 0.15729920705028513066],
  [1.5, 0.033894853524689272933],
  [2, 0.0046777349810472658379],
  [3, 0.000022090496998585441373],
  [5, 1.5374597944280348502e-12],
  [10, 2.088487583762544757e-45],
  [20, 5.3958656116079009289e-176],
  [-1, 1.8427007929497148693],
  [-3, 1.9999779095030014146],
];

describe("erfc", () => {
  it.each(ERFC)("erfc(%p) to 5e−15 relative", (x, expected) => {
    expect(relativeError(erfc(x), expected)).toBeLessThan(5e-15);
  });

  it("is 1 at 0, 2 at −∞, 0 at +∞ and NaN at NaN", () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it("erfc(x) + erfc(−x) = 2 and decreases with x", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (x, h) => {
          expect(erfc(x) + erfc(-x)).toBeCloseTo(2, 14);
          expect(erfc(x + h)).toBeLessThanOrEqual(erfc(x));
        },
      ),
    );
  });

  it("joins its two methods at x = 1 without a step", () => {
    // erfc′(x) = −(2/√π)·e^(−x²): across 2e−12 it moves by about 2e−12 · 0.8302
    const below = erfc(1 - 1e-12);
    const above = erfc(1 + 1e-12);
    // (each side carries ~1e−16 of rounding, so a step between the methods would show above 1e−15)
    const slope = (2 / Math.sqrt(Math.PI)) * Math.exp(-1);
    expect(Math.abs(below - above - 2e-12 * slope)).toBeLessThan(1e-15);
  });
});

describe("normalCdf and twoSidedPValue", () => {
  it.each([
    [0, 0.5],
    [1, 0.84134474606854294859],
    [1.959963984540054, 0.97499999999999998623],
    [-1.959963984540054, 0.025000000000000013765],
    [3, 0.99865010196836990547],
    [-3, 0.0013498980316300945267],
    [-8, 6.2209605742717841235e-16],
  ])("Φ(%p) to 2e−14 relative", (z, expected) => {
    expect(relativeError(normalCdf(z), expected)).toBeLessThan(2e-14);
  });

  it("far in the tail loses only the rounding of z / √2: about z² · 1.1e−16 relative", () => {
    // Φ(−20) = 2.7536241186062336951e−89; 400 · 1.1e−16 = 4.4e−14
    expect(relativeError(normalCdf(-20), 2.7536241186062336951e-89)).toBeLessThan(6e-14);
  });

  it("the two-sided p-value of z = 1.96 is 5 %, of 0 is 1, and is symmetric", () => {
    expect(relativeError(twoSidedPValue(1.959963984540054), 0.050000000000000027531)).toBeLessThan(2e-14);
    expect(twoSidedPValue(-1.959963984540054)).toBe(twoSidedPValue(1.959963984540054));
    expect(twoSidedPValue(0)).toBe(1);
    // 2·Φ(−3) = 0.0026997960632601890534
    expect(relativeError(twoSidedPValue(3), 0.0026997960632601890534)).toBeLessThan(2e-14);
  });
});
