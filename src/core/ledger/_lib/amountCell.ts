import { toMinorUnits } from "../../money";
import { parseNumberText } from "../../numbers";
import { type RawCell } from "../rawCell";

// Local aliases and constants: this runs once per ledger row (see aging/agingTotals on global lookups).
const { round } = Math;
const SCALES: readonly number[] = [1, 10, 100, 1000, 10_000, 100_000, 1e6, 1e7, 1e8, 1e9, 1e10];
const FAST_LIMIT = 2 ** 40;
const NEAR_HALF = 0.49;

/**
 * Minor units of a plain decimal text (`-1234.5`, `7523.20`: optional minus, up to 15 digits, at most
 * `decimals` fraction digits), by integer arithmetic and so exactly; NaN for any other text, which then
 * takes the general parser. CSV ledgers are almost all such texts, and this skips the regular
 * expressions and the decimal rounding for them.
 */
function plainDecimalMinor(text: string, decimals: number): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let whole = 0;
  let digits = 0;
  for (; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    digits++;
  }
  let fraction = 0;
  let places = 0;
  if (i < length && text.charCodeAt(i) === 46) {
    for (i++; i < length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      fraction = fraction * 10 + d;
      places++;
    }
    if (places === 0) return Number.NaN;
  }
  if (i !== length || digits === 0 || digits + decimals > 15 || places > decimals) return Number.NaN;
  const minor =
    whole * (SCALES[decimals] ?? Number.NaN) + fraction * (SCALES[decimals - places] ?? Number.NaN);
  return (negative ? -minor : minor) + 0;
}

/**
 * An amount cell in whole minor units: numbers as they are, text through `parseNumberText` ("1,234.50",
 * "(50.00)", "¥100"), blank (null or blank text) as 0; `NaN` when the cell cannot be read — ask
 * {@link amountProblem} why. Allocation-free for numbers, the common case.
 *
 * @example
 * amountMinor(1234.5, 2); // 123450
 * amountMinor("(50.00)", 2); // -5000
 * amountMinor("n/a", 2); // NaN
 */
export function amountMinor(cell: RawCell | undefined, decimals: number): number {
  let value: number;
  if (typeof cell === "number") {
    // Fast path for the common case, the same test money's own scaling makes: well below 2^40 minor units and
    // not near a half, Math.round of the scaled number is the decimal rounding. Anything else takes the exact
    // decimal path of toMinorUnits.
    const scaled = cell * (SCALES[decimals] ?? Number.NaN);
    const nearest = round(scaled);
    const gap = scaled - nearest;
    if (scaled < FAST_LIMIT && scaled > -FAST_LIMIT && gap < NEAR_HALF && gap > -NEAR_HALF)
      return nearest + 0;
    value = cell;
  } else if (typeof cell === "string") {
    const plain = plainDecimalMinor(cell, decimals);
    if (plain === plain) return plain; // not NaN
    if (cell.trim() === "") return 0;
    const parsed = parseNumberText(cell);
    if (parsed === null) return Number.NaN;
    value = parsed;
  } else if (cell === null || cell === undefined) return 0;
  else return Number.NaN;
  const minor = toMinorUnits(value, decimals);
  return typeof minor === "number" ? minor : Number.NaN;
}

/**
 * Message id of why {@link amountMinor} refused a cell: `ledgerCellError`, `ledgerAmountTooLarge` or
 * `ledgerAmountUnreadable`.
 *
 * @example
 * amountProblem({ error: "#N/A" }, 2); // "ledgerCellError"
 * amountProblem(1e300, 2); // "ledgerAmountTooLarge"
 */
export function amountProblem(cell: RawCell | undefined, decimals: number): string {
  if (typeof cell === "object" && cell !== null) return "ledgerCellError";
  const value = typeof cell === "number" ? cell : typeof cell === "string" ? parseNumberText(cell) : null;
  if (value !== null && Number.isFinite(value) && typeof toMinorUnits(value, decimals) !== "number") {
    return "ledgerAmountTooLarge";
  }
  return "ledgerAmountUnreadable";
}
