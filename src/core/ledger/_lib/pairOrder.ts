import { type LedgerItems } from "../ledgerItems";
import { type PairSums } from "./aggregateItems";
import { ranks } from "./codeUnitOrder";

/**
 * The (group, currency) pairs in report order — currency, then group key, both in code-unit order. Texts are
 * ranked once; the pairs then sort as numbers (rank composite × pairs + pair is unique), a native sort of a
 * Float64Array, much faster than a comparator over the groups of a million-row ledger.
 *
 * @example
 * pairOrder(items, sums); // [2, 0, 1]: pair 2 first
 */
export function pairOrder(items: LedgerItems, sums: PairSums): number[] {
  const currencyRank = ranks(items.currencies);
  const groupRank = ranks(items.groupKeys);
  const groupCount = items.groupKeys.length;
  const pairs = sums.pairs;
  const keys = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) {
    const composite =
      (currencyRank[sums.pairCurrency[p] as number] as number) * groupCount +
      (groupRank[sums.pairGroup[p] as number] as number);
    keys[p] = composite * pairs + p;
  }
  if (currencyRank.length * groupCount * pairs < Number.MAX_SAFE_INTEGER) {
    keys.sort();
    return Array.from(keys, (key) => key % pairs);
  }
  return Array.from({ length: pairs }, (_, p) => p).sort((a, b) => (keys[a] as number) - (keys[b] as number));
}
