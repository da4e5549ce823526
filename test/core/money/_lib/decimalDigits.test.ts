import { decimalDigits, roundedScaledDigits } from "../../../../src/core/money/_lib/decimalDigits";

describe("decimalDigits", () => {
  it.each([
    [1.005, false, "1005", 1],
    [-2.5, true, "25", 1],
    [0.05, false, "5", -1], // 0.5 × 10^-1
    [1200, false, "1200", 4], // trailing zeros of an integer are kept; they never change the rounding
    [1.5e-7, false, "15", -6], // JavaScript writes 1.5e-7
    [1e21, false, "1", 22], // JavaScript writes 1e+21
    [0, false, "0", 0],
  ])("%p → sign %p, digits %p, point %p", (value, negative, digits, point) => {
    expect(decimalDigits(value)).toEqual({ negative, digits, point });
  });
});

describe("roundedScaledDigits", () => {
  it.each([
    [2.675, 2, "268"],
    [9.995, 2, "1000"], // carry through every digit
    [0.005, 2, "1"], // the first dropped digit is the first digit
    [0.0049, 2, "0"],
    [0.0004, 2, "0"], // the point is left of every digit
    [123, 2, "12300"],
    [0, 2, "0"],
  ])("%p at %p decimals → %p", (value, decimals, digits) => {
    expect(roundedScaledDigits(decimalDigits(value), decimals)).toBe(digits);
  });
});
