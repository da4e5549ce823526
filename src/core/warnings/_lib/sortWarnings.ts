import { compareWarnings } from "../compareWarnings";
import { type WarningResult } from "../warningResult";
import { WARNING_SEVERITIES } from "../warningSeverity";

const SEVERITY_RANK: Readonly<Record<string, number>> = Object.fromEntries(
  WARNING_SEVERITIES.map((severity, rank) => [severity, rank]),
);

/**
 * The results in the order of {@link compareWarnings}, sorted on severity ranks and amounts copied into typed
 * arrays first: a large ledger gives a hundred thousand results, and comparing them field by field through
 * the objects costs more than all the rules.
 *
 * @example
 * sortWarnings(results)[0]?.severity; // "high" when any result is high
 */
export function sortWarnings(results: readonly WarningResult[]): WarningResult[] {
  const n = results.length;
  const severity = new Int8Array(n);
  const amount = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const result = results[i] as WarningResult;
    severity[i] = SEVERITY_RANK[result.severity] ?? 0;
    amount[i] = result.amountAtRisk;
    order.push(i);
  }
  order.sort(
    (a, b) =>
      (severity[a] as number) - (severity[b] as number) ||
      (amount[b] as number) - (amount[a] as number) ||
      compareWarnings(results[a] as WarningResult, results[b] as WarningResult),
  );
  return order.map((i) => results[i] as WarningResult);
}
