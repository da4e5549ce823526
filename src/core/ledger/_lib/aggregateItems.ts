import { type AgingBasis, type BucketEdges, bucketCount, bucketIndex } from "../../aging";
import { type CreditError, creditError } from "../../errors";
import { type LedgerItems } from "../ledgerItems";

/** Above this many group × currency cells a map replaces the dense lookup table (16 MB of Int32). */
const DENSE_PAIR_LIMIT = 4_000_000;

// Local aliases: read once per item (see aging/agingTotals for why globals are not read per call).
const { abs, floor } = Math;
const { MAX_SAFE_INTEGER } = Number;

/**
 * Exact minor-unit sums per (group, currency) pair — "pair" below — from one pass over the items. Bucket sums
 * are stored row-major: pair `p`, bucket `b` at `p × bucketCount + b`.
 *
 * @example
 * const sums = aggregateItems(items, DEFAULT_BUCKET_EDGES, "due") as PairSums;
 * sums.bucketMinor[p * sums.bucketCount + 1]; // minor units of pair p in "1-30"
 */
export interface PairSums {
  readonly pairs: number;
  readonly bucketCount: number;
  readonly pairGroup: Int32Array;
  readonly pairCurrency: Int32Array;
  readonly bucketMinor: Float64Array;
  /** Minor units not yet past due (days past due ≤ 0), whatever the basis. */
  readonly notDueMinor: Float64Array;
  /** Σ open of past-due items with a positive balance, and Σ open × days past due over them. */
  readonly overduePositiveMinor: Float64Array;
  readonly overdueWeight: Float64Array;
  readonly oldest: Int32Array;
  readonly items: Int32Array;
}

/**
 * The (group, currency) pair of every item, numbered in order of first sight: a dense table for the usual
 * sizes, a map beyond {@link DENSE_PAIR_LIMIT} cells.
 */
function pairsOfItems(items: LedgerItems): {
  pairOfItem: Int32Array;
  pairs: number;
  pairGroup: Int32Array;
  pairCurrency: Int32Array;
} {
  const n = items.count;
  const currencies = items.currencies.length;
  const cells = items.groupKeys.length * currencies;
  const group = items.group;
  const currency = items.currency;
  const pairOfItem = new Int32Array(n);
  const firstItem: number[] = [];
  let pairs = 0;
  if (cells <= DENSE_PAIR_LIMIT) {
    const table = new Int32Array(cells).fill(-1);
    for (let i = 0; i < n; i++) {
      const cell = (group[i] as number) * currencies + (currency[i] as number);
      let pair = table[cell] as number;
      if (pair < 0) {
        pair = pairs++;
        table[cell] = pair;
        firstItem.push(i);
      }
      pairOfItem[i] = pair;
    }
  } else {
    const map = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const cell = (group[i] as number) * currencies + (currency[i] as number);
      let pair = map.get(cell);
      if (pair === undefined) {
        pair = pairs++;
        map.set(cell, pair);
        firstItem.push(i);
      }
      pairOfItem[i] = pair;
    }
  }
  const pairGroup = new Int32Array(pairs);
  const pairCurrency = new Int32Array(pairs);
  firstItem.forEach((i, pair) => {
    pairGroup[pair] = group[i] as number;
    pairCurrency[pair] = currency[i] as number;
  });
  return { pairOfItem, pairs, pairGroup, pairCurrency };
}

/**
 * Bucket numbers of every age from the youngest to the oldest item (`bucketIndex` per age): a table lookup per
 * item instead of a search through the edges. Item dates are serials from 1 to 2,958,465, so the table is
 * at most a few megabytes even for absurd spreads.
 */
function bucketTable(
  dates: Int32Array,
  n: number,
  asOfDay: number,
  edges: BucketEdges,
  basis: AgingBasis,
): { table: Uint8Array; youngest: number } {
  let youngest = 0;
  let oldest = 0;
  for (let i = 0; i < n; i++) {
    const age = asOfDay - (dates[i] as number);
    if (i === 0 || age < youngest) youngest = age;
    if (i === 0 || age > oldest) oldest = age;
  }
  const table = new Uint8Array(n === 0 ? 0 : oldest - youngest + 1);
  for (let age = youngest; age <= oldest && n > 0; age++) {
    table[age - youngest] = bucketIndex(age, edges, basis) as number; // a finite age always has a bucket
  }
  return { table, youngest };
}

/**
 * Sums the items by group and currency into aging buckets (`bucketIndex`) on the item's age (days past due on
 * the due basis, days since the invoice on the invoice basis), with the overdue figures that need days
 * past due. Two passes over typed arrays, no allocation per item. Refuses (`moneySumTooLarge`) a currency whose
 * Σ |amount| passes 2^53 minor units, where sums would stop being exact.
 *
 * @example
 * aggregateItems(items, DEFAULT_BUCKET_EDGES, "due").bucketMinor; // Float64Array of pairs × 6 sums
 */
export function aggregateItems(
  items: LedgerItems,
  edges: BucketEdges,
  basis: AgingBasis,
): PairSums | CreditError {
  const n = items.count;
  const currencies = items.currencies.length;
  const { pairOfItem, pairs, pairGroup, pairCurrency } = pairsOfItems(items);
  const buckets = bucketCount(edges, basis);
  // The hot loop writes one interleaved record per pair — its buckets, then not-due, positive overdue, the
  // overdue weight, the oldest days past due and the item count — so an item touches one or two cache lines
  // instead of seven arrays. The record is split into the PairSums arrays afterwards.
  const NOT_DUE = buckets;
  const OVERDUE = buckets + 1;
  const WEIGHT = buckets + 2;
  const OLDEST = buckets + 3;
  const COUNT = buckets + 4;
  const stride = buckets + 5;
  const record = new Float64Array(pairs * stride);
  const magnitude = new Float64Array(currencies);
  // Item dates are whole-day serials, so days past due (and the invoice age) is a plain difference of days —
  // exactly what `daysPastDue` and `ageInDays` compute — and the bucket of each age comes from a table filled
  // by `bucketIndex` once per age that occurs.
  const asOfDay = floor(items.asOf);
  const dates = basis === "due" ? items.due : items.invoice;
  const { table, youngest } = bucketTable(dates, n, asOfDay, edges, basis);
  const { currency: currencyOfItem, openMinor, due } = items;
  for (let i = 0; i < n; i++) {
    const base = (pairOfItem[i] as number) * stride;
    const minor = openMinor[i] as number;
    const pastDue = asOfDay - (due[i] as number);
    const cell = base + (table[asOfDay - (dates[i] as number) - youngest] as number);
    record[cell] = (record[cell] as number) + minor;
    if (pastDue <= 0) record[base + NOT_DUE] = (record[base + NOT_DUE] as number) + minor;
    else if (minor > 0) {
      record[base + OVERDUE] = (record[base + OVERDUE] as number) + minor;
      record[base + WEIGHT] = (record[base + WEIGHT] as number) + minor * pastDue;
      if (pastDue > (record[base + OLDEST] as number)) record[base + OLDEST] = pastDue;
    }
    record[base + COUNT] = (record[base + COUNT] as number) + 1;
    const currency = currencyOfItem[i] as number;
    magnitude[currency] = (magnitude[currency] as number) + abs(minor);
  }
  for (let c = 0; c < currencies; c++) {
    if ((magnitude[c] as number) > MAX_SAFE_INTEGER) {
      return creditError("#NUM!", "moneySumTooLarge", { decimals: items.currencyDecimals[c] ?? 2 });
    }
  }
  const sums: PairSums = {
    pairs,
    bucketCount: buckets,
    pairGroup,
    pairCurrency,
    bucketMinor: new Float64Array(pairs * buckets),
    notDueMinor: new Float64Array(pairs),
    overduePositiveMinor: new Float64Array(pairs),
    overdueWeight: new Float64Array(pairs),
    oldest: new Int32Array(pairs),
    items: new Int32Array(pairs),
  };
  for (let p = 0; p < pairs; p++) {
    const base = p * stride;
    sums.bucketMinor.set(record.subarray(base, base + buckets), p * buckets);
    sums.notDueMinor[p] = record[base + NOT_DUE] as number;
    sums.overduePositiveMinor[p] = record[base + OVERDUE] as number;
    sums.overdueWeight[p] = record[base + WEIGHT] as number;
    sums.oldest[p] = record[base + OLDEST] as number;
    sums.items[p] = record[base + COUNT] as number;
  }
  return sums;
}
