import { MoneyAccumulator } from "../../money";
import { type AgingTotal } from "../agingResult";
import { type LedgerItems } from "../ledgerItems";
import { type PairSums } from "./aggregateItems";
import { compareText } from "./codeUnitOrder";
import { minorToAmount } from "./minorToAmount";

/**
 * The portfolio per currency, sorted by currency: sums of the pairs' exact bucket sums, bucket shares, and the
 * rejected amounts of that currency (a currency with only rejected rows still gets its line, so nothing
 * disappears). Also gives each currency's bucket sums in minor units, for the provision matrix.
 *
 * @example
 * currencyTotals(items, sums, 6).totals.map((t) => t.currency); // ["CNY", "USD"]
 */
export function currencyTotals(
  items: LedgerItems,
  sums: PairSums,
  buckets: number,
): { totals: AgingTotal[]; bucketMinorOf: (currency: string) => number[] } {
  const count = items.currencies.length;
  const bucketMinor = new Float64Array(count * buckets);
  const notDue = new Float64Array(count);
  const itemCount = new Int32Array(count);
  const groupCount = new Int32Array(count);
  for (let p = 0; p < sums.pairs; p++) {
    const c = sums.pairCurrency[p] as number;
    for (let b = 0; b < buckets; b++) {
      bucketMinor[c * buckets + b] =
        (bucketMinor[c * buckets + b] as number) + (sums.bucketMinor[p * buckets + b] as number);
    }
    notDue[c] = (notDue[c] as number) + (sums.notDueMinor[p] as number);
    itemCount[c] = (itemCount[c] as number) + (sums.items[p] as number);
    groupCount[c] = (groupCount[c] as number) + 1;
  }
  const rejected = items.currencies.map((_, c) => new MoneyAccumulator(items.currencyDecimals[c] ?? 2));
  const indexOf = new Map(items.currencies.map((code, c) => [code, c]));
  for (const r of items.rejected) {
    const c = r.amount === undefined ? undefined : indexOf.get(r.currency ?? "");
    if (c !== undefined && r.amount !== undefined) rejected[c]?.add(r.amount);
  }
  const totals: AgingTotal[] = [];
  for (let c = 0; c < count; c++) {
    const rejectedSum = rejected[c] as MoneyAccumulator;
    if (itemCount[c] === 0 && rejectedSum.count === 0) continue;
    const decimals = items.currencyDecimals[c] ?? 2;
    let openMinor = 0;
    for (let b = 0; b < buckets; b++) openMinor += bucketMinor[c * buckets + b] as number;
    const overdueMinor = openMinor - (notDue[c] as number);
    const rejectedTotal = rejectedSum.total();
    totals.push({
      currency: items.currencies[c] ?? "",
      decimals,
      open: minorToAmount(openMinor, decimals),
      buckets: Array.from({ length: buckets }, (_, b) =>
        minorToAmount(bucketMinor[c * buckets + b] as number, decimals),
      ),
      bucketPct: Array.from({ length: buckets }, (_, b) =>
        openMinor > 0 ? (bucketMinor[c * buckets + b] as number) / openMinor : null,
      ),
      notDue: minorToAmount(notDue[c] as number, decimals),
      overdue: minorToAmount(overdueMinor, decimals),
      overduePct: openMinor > 0 ? overdueMinor / openMinor : null,
      items: itemCount[c] as number,
      groups: groupCount[c] as number,
      rejectedAmount: typeof rejectedTotal === "number" ? rejectedTotal : 0,
      rejectedRows: rejectedSum.count,
    });
  }
  const indexOfCurrency = new Map(items.currencies.map((code, c) => [code, c]));
  return {
    totals: totals.sort((a, b) => compareText(a.currency, b.currency)),
    bucketMinorOf: (currency) => {
      const c = indexOfCurrency.get(currency) ?? 0;
      return Array.from(bucketMinor.subarray(c * buckets, (c + 1) * buckets));
    },
  };
}
