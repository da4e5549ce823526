import { type WarningResult } from "./warningResult";
import { WARNING_RULE_IDS } from "./warningRuleId";
import { WARNING_SEVERITIES } from "./warningSeverity";

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Ranks as local constants: a report sorts a hundred thousand results, and an imported array's indexOf on
// every comparison costs more than the sort itself.
const SEVERITY_RANK: Readonly<Record<string, number>> = Object.fromEntries(
  WARNING_SEVERITIES.map((s, i) => [s, i]),
);
const RULE_RANK: Readonly<Record<string, number>> = Object.fromEntries(
  WARNING_RULE_IDS.map((r, i) => [r, i]),
);

/**
 * The order of warnings: severity (high first), then amount at risk (largest first; amounts of different
 * currencies compare as numbers), then customer and currency in code-unit order (the same on every machine,
 * whatever the locale), then the rule's place in DESIGN §3.9. A total order: no two results of a report tie.
 *
 * @example
 * [...report.results].sort(compareWarnings); // the report's own order
 */
export function compareWarnings(a: WarningResult, b: WarningResult): number {
  return (
    (SEVERITY_RANK[a.severity] ?? 0) - (SEVERITY_RANK[b.severity] ?? 0) ||
    b.amountAtRisk - a.amountAtRisk ||
    text(a.customer, b.customer) ||
    text(a.currency, b.currency) ||
    (RULE_RANK[a.rule] ?? 0) - (RULE_RANK[b.rule] ?? 0)
  );
}
