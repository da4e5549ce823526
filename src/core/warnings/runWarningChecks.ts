import { type CreditError, isCreditError } from "../errors";
import { type CustomerMaster, type LedgerItems } from "../ledger";
import { type CheckContext } from "./_lib/checkContext";
import { customerLines } from "./_lib/customerLines";
import { historyView } from "./_lib/historyView";
import { masterView } from "./_lib/masterView";
import { RULE_CHECKS } from "./_lib/ruleChecks";
import { sortWarnings } from "./_lib/sortWarnings";
import { type PaymentRecord } from "./paymentRecord";
import {
  type WarningNotAssessed,
  type WarningNotRun,
  type WarningReport,
  type WarningResult,
} from "./warningResult";
import { WARNING_RULES } from "./warningRules";
import { checkWarningSettings, defaultWarningSettings, type WarningSettings } from "./warningSettings";

/**
 * What the warning checks read: the ledger's open items as the ledger reader gives them (grouped by
 * customer; the as-of date is the one they were read at), and optionally the customer master (limits, terms,
 * grades, review dates, open orders) and the payment history (an invoice register with paid dates).
 *
 * @example
 * const inputs: WarningInputs = { ledger: reader.finish(), master: readCustomerMaster(masterRows), history: null };
 */
export interface WarningInputs {
  readonly ledger: LedgerItems;
  readonly master?: CustomerMaster | null;
  readonly history?: readonly PaymentRecord[] | null;
}

/**
 * Runs the switched-on warning rules of DESIGN §3.9 over a ledger at its as-of date. Each rule gives one
 * result per customer line it fires for; a rule whose input is missing is listed in `notRun` with the reason
 * (never a silent pass), and customers a rule could not judge are counted in `notAssessed`. Results are in
 * a fixed order (see `compareWarnings`) and do not depend on the order of the history's records.
 *
 * Refuses (CreditError) settings that cannot be used (the `warningThreshold…` and `warningSettingsInvalid`
 * errors), a history record that cannot be used (`warningHistoryInvalid`), and a ledger whose amounts add
 * up beyond exact counting (`moneySumTooLarge`).
 *
 * @example
 * const report = runWarningChecks({ ledger: items, master }, withRuleEnabled(defaultWarningSettings(), "concentration", false));
 * if (!isCreditError(report)) report.results.map((w) => [w.severity, w.rule, w.customer, w.value, w.threshold]);
 */
export function runWarningChecks(
  inputs: WarningInputs,
  settings: WarningSettings = defaultWarningSettings(),
): WarningReport | CreditError {
  const problem = checkWarningSettings(settings);
  if (problem) return problem;
  const ledger = inputs.ledger;
  // Checked whenever given, whichever rules are on: a history that cannot be read is refused the same way.
  const history = inputs.history ? historyView(inputs.history, ledger.groupKeys) : null;
  if (isCreditError(history)) return history;
  const asOf = ledger.asOf;
  const rules = WARNING_RULES.filter((rule) => settings.rules[rule.id].enabled);
  if (ledger.groupBy !== "customer") {
    // Salesperson or region lines say nothing about a customer's limit, lateness or concentration.
    const notRun = rules.map((rule) => ({ rule: rule.id, reason: "warnings:notRun.notByCustomer" }));
    return { asOf, results: [], notRun, notAssessed: [] };
  }
  const lines = customerLines(ledger);
  if (isCreditError(lines)) return lines;
  const ctx: CheckContext = {
    asOfDay: Math.floor(asOf),
    ledger,
    lines,
    master: inputs.master ? masterView(inputs.master, ledger.groupKeys) : null,
    history,
    settings,
    lineRowsMemo: new Array<readonly number[] | undefined>(lines.count),
  };
  const results: WarningResult[] = [];
  const notRun: WarningNotRun[] = [];
  const notAssessed: WarningNotAssessed[] = [];
  for (const rule of rules) {
    const outcome = RULE_CHECKS[rule.id](ctx, settings.rules[rule.id].thresholds);
    if (outcome.notRun !== null) notRun.push({ rule: rule.id, reason: outcome.notRun });
    for (const result of outcome.results) results.push(result);
    for (const entry of outcome.notAssessed) notAssessed.push(entry);
  }
  return { asOf, results: sortWarnings(results), notRun, notAssessed };
}
