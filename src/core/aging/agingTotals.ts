import { creditError, type CreditError } from "../errors";
import { bucketOf } from "./_lib/bucketOf";
import { isSerialDate } from "./_lib/serialDate";
import { toMinorUnits } from "./_lib/toMinorUnits";
import { bucketCount } from "./bucketLabels";
import type { AgingBasis, BucketEdges } from "./types";

// Local aliases of the globals read once per ledger row: in a sandboxed realm (Node's `vm`, used by the test
// runner) each read of `Math` or `Number` off the global object costs about a microsecond, enough to turn a
// few-millisecond pass over 100,000 rows into half a second. Kept in this module, not imported, because
// some bundlers turn every imported binding into a getter call.
const { abs, floor } = Math;
const { isFinite: isFiniteNumber, isSafeInteger, MAX_SAFE_INTEGER } = Number;

/** Most decimal places an amount may be counted in; the same limit as `core/money` (ISO 4217 stops at 4). */
const MAX_DECIMALS = 10;

/**
 * Open amounts per aging bucket, numbered like {@link bucketLabels}. `dates` are due dates on the due basis and
 * invoice dates on the invoice basis, as Excel serials. Amounts are summed exactly in integer minor units
 * (`decimals` places, default 2) and returned rounded to that unit, so the buckets add up to the total of the
 * amounts to the cent. Negative amounts (credit notes, unapplied cash) stay in the bucket of their date; zero
 * amounts are skipped without looking at their date.
 *
 * One pass, no allocation per item: 100,000 items take a few milliseconds.
 *
 * @example
 * // as of 2026-01-31 (46053): due 2026-01-15 (16 days) and 2025-11-30 (62 days)
 * agingTotals([100.1, 0.2], [46037, 45991], 46053, DEFAULT_BUCKET_EDGES, "due");
 * // [0, 100.1, 0, 0.2, 0, 0]
 */
export function agingTotals(
  amounts: readonly number[],
  dates: readonly number[],
  asOf: number,
  edges: BucketEdges,
  basis: AgingBasis,
  decimals = 2,
): readonly number[] | CreditError {
  if (amounts.length !== dates.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "dates",
      other: "amounts",
      actual: dates.length,
      expected: amounts.length,
    });
  }
  if (!isSerialDate(asOf)) return creditError("#VALUE!", "dateNotValid", { arg: "asOf" });
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    return creditError("#VALUE!", "decimalsOutOfRange", { decimals: String(decimals), max: MAX_DECIMALS });
  }
  const scale = 10 ** decimals;
  const asOfDay = floor(asOf);
  const units = new Array<number>(bucketCount(edges, basis)).fill(0);
  // Every partial sum is at most the sum of magnitudes, so while that stays a safe integer all sums are exact.
  let magnitude = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i] as number;
    if (amount === 0) continue;
    if (!isFiniteNumber(amount)) {
      return creditError("#VALUE!", "itemNotFinite", { arg: "amounts", position: i + 1 });
    }
    const itemUnits = toMinorUnits(amount, scale);
    if (!isSafeInteger(itemUnits)) {
      return creditError("#NUM!", "itemTooLarge", { arg: "amounts", position: i + 1 });
    }
    if (itemUnits === 0) continue;
    const date = dates[i] as number;
    if (!isSerialDate(date)) {
      return creditError("#VALUE!", "dateItemNotValid", { arg: "dates", position: i + 1 });
    }
    const bucket = bucketOf(asOfDay - floor(date), edges, basis);
    units[bucket] = (units[bucket] as number) + itemUnits;
    magnitude += abs(itemUnits);
  }
  if (magnitude > MAX_SAFE_INTEGER) return creditError("#NUM!", "totalTooLarge", { arg: "amounts" });
  return units.map((sum) => sum / scale);
}
