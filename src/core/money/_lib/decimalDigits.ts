/**
 * A finite number as the decimal a person reads: the shortest digits that round-trip
 * (`Number.prototype.toString`), so 1.005 is "1005" with the point after one digit, not the binary
 * 1.00499999999999989… it is stored as. `value = ±0.digits × 10^point`.
 */
export interface DecimalDigits {
  readonly negative: boolean;
  /** Significant digits without leading zeros ("0" for zero). */
  readonly digits: string;
  /** Position of the decimal point counted from the left of `digits`; may be negative or past the end. */
  readonly point: number;
}

/**
 * Splits a finite number into its shortest decimal digits and the position of the point.
 *
 * @example
 * decimalDigits(1.005); // { negative: false, digits: "1005", point: 1 }
 * decimalDigits(1.5e-7); // { negative: false, digits: "15", point: -6 }
 */
export function decimalDigits(value: number): DecimalDigits {
  const text = Math.abs(value).toString();
  const [mantissa = "0", exponentText = "0"] = text.split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, "").length;
  const digits = all.slice(leadingZeros) || "0";
  return { negative: value < 0, digits, point: whole.length - leadingZeros + Number(exponentText) };
}

/**
 * Digits of `|value| × 10^decimals` rounded half away from zero to a whole number, decided on the
 * decimal digits; "0" when it rounds to nothing. No leading zeros.
 *
 * @example
 * roundedScaledDigits(decimalDigits(2.675), 2); // "268"
 * roundedScaledDigits(decimalDigits(1e21), 2); // "100000000000000000000000"
 */
export function roundedScaledDigits(value: DecimalDigits, decimals: number): string {
  const { digits } = value;
  const keep = value.point + decimals;
  if (keep >= digits.length) return digits === "0" ? "0" : digits + "0".repeat(keep - digits.length);
  const kept = keep > 0 ? digits.slice(0, keep) : "";
  const firstDropped = keep >= 0 ? (digits[keep] ?? "0") : "0";
  return firstDropped >= "5" ? incrementDigits(kept) : kept.replace(/^0+/, "") || "0";
}

function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i -= 1;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - 1 - i);
}
