import { type AgingGroup } from "../agingResult";
import { type LedgerItems } from "../ledgerItems";
import { type PairSums } from "./aggregateItems";
import { minorToAmount } from "./minorToAmount";

/**
 * The report line of one (group, currency) pair from its exact sums: amounts rounded to the currency's minor
 * unit, the open total as the sum of the buckets (so they always add up), overdue = open − not yet due.
 *
 * @example
 * groupFigures(items, sums, 0, 6); // { key: "ACME", currency: "USD", open: 545.67, buckets: [...], ... }
 */
export function groupFigures(items: LedgerItems, sums: PairSums, pair: number, buckets: number): AgingGroup {
  const currency = sums.pairCurrency[pair] as number;
  const decimals = items.currencyDecimals[currency] ?? 2;
  let openMinor = 0;
  const bucketAmounts: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const minor = sums.bucketMinor[pair * buckets + b] as number;
    openMinor += minor;
    bucketAmounts.push(minorToAmount(minor, decimals));
  }
  const overdueMinor = openMinor - (sums.notDueMinor[pair] as number);
  const positiveOverdue = sums.overduePositiveMinor[pair] as number;
  return {
    key: items.groupKeys[sums.pairGroup[pair] as number] ?? "",
    currency: items.currencies[currency] ?? "",
    decimals,
    open: minorToAmount(openMinor, decimals),
    buckets: bucketAmounts,
    overdue: minorToAmount(overdueMinor, decimals),
    overduePct: openMinor > 0 ? overdueMinor / openMinor : null,
    oldestDaysPastDue: sums.oldest[pair] as number,
    weightedDaysPastDue: positiveOverdue > 0 ? (sums.overdueWeight[pair] as number) / positiveOverdue : null,
    items: sums.items[pair] as number,
  };
}
