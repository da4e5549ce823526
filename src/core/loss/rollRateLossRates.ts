import { creditError, type CreditError } from "../errors";

/**
 * Roll rates and loss rates per aging bucket, from {@link rollRateLossRates}.
 *
 * @example
 * const { rollRates, lossRates }: RollRateResult = { rollRates: [0.3, 0.25, 0.2], lossRates: [0.015, 0.05, 0.2] };
 */
export interface RollRateResult {
  /** Share of each bucket's balance that moved to the next bucket (the oldest: to write-off) a month later. */
  readonly rollRates: readonly number[];
  /** Share of each bucket's balance expected to be written off: the product of roll rates to write-off. */
  readonly lossRates: readonly number[];
}

/**
 * Loss rates per aging bucket derived from history by roll rates (the IFRS 9 provision matrix).
 *
 * `history` has one row per month, oldest first; its columns are the bucket balances, youngest bucket first
 * (current, 1–30, …, oldest), and last the amount written off in that month. The roll rate of bucket j is
 * Σ_t balance[t+1][j+1] / Σ_t balance[t][j] over consecutive months, where the oldest bucket rolls into the
 * write-off column. Ratios are pooled (summed before dividing) rather than averaged month by month so each
 * month weighs by its balance: a month with a tiny balance in a bucket would otherwise swing the average.
 * The loss rate of bucket j is the product of the roll rates from j to write-off, capped at 1 at every step
 * (loss_j = min(1, roll_j × loss_j+1)): roll rates above 1 appear when invoices are re-dated or a month's data
 * is incomplete, and a provision can never exceed the balance it covers.
 *
 * @example
 * rollRateLossRates([
 *   [1000, 400, 200, 0],
 *   [1200, 300, 100, 40],
 *   [1100, 360, 75, 20],
 * ]);
 * // rollRates [660 / 2200, 175 / 700, 60 / 300] = [0.3, 0.25, 0.2]; lossRates [0.015, 0.05, 0.2]
 */
export function rollRateLossRates(history: readonly (readonly number[])[]): RollRateResult | CreditError {
  const problem = checkHistory(history);
  if (problem) return problem;
  const columns = (history[0] as readonly number[]).length;
  const buckets = columns - 1;
  const rollRates: number[] = [];
  for (let bucket = 0; bucket < buckets; bucket++) {
    let rolledOn = 0;
    let balance = 0;
    for (let month = 0; month + 1 < history.length; month++) {
      balance += (history[month] as readonly number[])[bucket] as number;
      rolledOn += (history[month + 1] as readonly number[])[bucket + 1] as number;
    }
    // Balances are non-negative, so a zero sum means the bucket was empty in every month before the last.
    if (balance === 0) return creditError("#DIV/0!", "rollRateNoBalance", { bucket: bucket + 1 });
    const rate = rolledOn / balance;
    if (!Number.isFinite(rate)) return creditError("#NUM!", "numberTooLarge");
    rollRates.push(rate);
  }
  const lossRates = new Array<number>(buckets);
  let lossRate = 1;
  for (let bucket = buckets - 1; bucket >= 0; bucket--) {
    lossRate = Math.min(1, (rollRates[bucket] as number) * lossRate);
    lossRates[bucket] = lossRate;
  }
  return { rollRates, lossRates };
}

function checkHistory(history: readonly (readonly number[])[]): CreditError | undefined {
  if (history.length < 2) return creditError("#N/A", "rollRateTooFewMonths", { months: history.length });
  const columns = (history[0] as readonly number[]).length;
  if (columns < 2) return creditError("#VALUE!", "rollRateTooFewColumns", { columns });
  for (let month = 0; month < history.length; month++) {
    const row = history[month] as readonly number[];
    if (row.length !== columns) {
      return creditError("#VALUE!", "rowLengthMismatch", {
        row: month + 1,
        expected: columns,
        actual: row.length,
      });
    }
    for (let column = 0; column < columns; column++) {
      const value = row[column] as number;
      if (!(Number.isFinite(value) && value >= 0)) {
        return creditError("#VALUE!", "historyValueInvalid", { row: month + 1, column: column + 1 });
      }
    }
  }
  return undefined;
}
