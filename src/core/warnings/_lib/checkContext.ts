import { type LedgerItems } from "../../ledger";
import { type WarningNotAssessed, type WarningResult, type WarningUnit } from "../warningResult";
import { type WarningRuleId } from "../warningRuleId";
import { warningRule } from "../warningRules";
import { type WarningSettings } from "../warningSettings";
import { type WarningSeverity } from "../warningSeverity";
import { type CustomerLines } from "./customerLines";
import { type HistoryView } from "./historyView";
import { type MasterView } from "./masterView";

/**
 * What every rule reads: the as-of day, the ledger and its customer lines, the master and the history when
 * given, and the settings (near-limit stops where over-limit's tolerance starts).
 *
 * @example
 * const ctx: CheckContext = { asOfDay: 46326, ledger: items, lines, master: null, history: null, settings, lineRowsMemo: [] };
 */
export interface CheckContext {
  readonly asOfDay: number;
  readonly ledger: LedgerItems;
  readonly lines: CustomerLines;
  readonly master: MasterView | null;
  readonly history: HistoryView | null;
  readonly settings: WarningSettings;
  /** Filled by `lineRows`, one entry per line. */
  readonly lineRowsMemo: (readonly number[] | undefined)[];
}

/**
 * What one rule found: its results, or the reason (message id) it could not run, and the customers it could
 * not judge.
 *
 * @example
 * const outcome: RuleOutcome = { results: [], notRun: "warnings:notRun.noMaster", notAssessed: [] };
 */
export interface RuleOutcome {
  readonly results: readonly WarningResult[];
  readonly notRun: string | null;
  readonly notAssessed: readonly WarningNotAssessed[];
}

/**
 * A rule's check: the context and the rule's thresholds (validated, every name present) to its outcome.
 *
 * @example
 * const check: RuleCheck = (ctx, t) => ({ results: [], notRun: null, notAssessed: [] });
 */
export type RuleCheck = (ctx: CheckContext, thresholds: Readonly<Record<string, number>>) => RuleOutcome;

/**
 * The outcome of a rule that cannot run.
 *
 * @example
 * notRun("noHistory"); // { results: [], notRun: "warnings:notRun.noHistory", notAssessed: [] }
 */
export function notRun(reason: string): RuleOutcome {
  return { results: [], notRun: `warnings:notRun.${reason}`, notAssessed: [] };
}

/**
 * A threshold's value; settings are validated before any rule runs, so every name of the rule is present.
 *
 * @example
 * thresholdOf({ days: 10 }, "days"); // 10
 */
export function thresholdOf(thresholds: Readonly<Record<string, number>>, name: string): number {
  return thresholds[name] as number;
}

/**
 * Counts the customers a rule could not judge, by reason, keeping the first customer in code-unit order as
 * the example (so the count and example do not depend on the ledger's row order).
 *
 * @example
 * const skipped = new NotAssessed("dso-over-terms");
 * skipped.add("noTerms", "ACME");
 * skipped.list(); // [{ rule: "dso-over-terms", reason: "warnings:notAssessed.noTerms", count: 1, example: "ACME" }]
 */
export class NotAssessed {
  private readonly rule: WarningRuleId;
  private readonly byReason = new Map<string, { count: number; example: string }>();

  constructor(rule: WarningRuleId) {
    this.rule = rule;
  }

  add(reason: string, example: string): void {
    const entry = this.byReason.get(reason);
    if (entry === undefined) this.byReason.set(reason, { count: 1, example });
    else {
      entry.count += 1;
      if (example < entry.example) entry.example = example;
    }
  }

  list(): WarningNotAssessed[] {
    return [...this.byReason.keys()].sort().map((reason) => {
      const { count, example } = this.byReason.get(reason) as { count: number; example: string };
      return { rule: this.rule, reason: `warnings:notAssessed.${reason}`, count, example };
    });
  }
}

/**
 * The customer (the ledger's spelling) of a line.
 *
 * @example
 * lineCustomer(ctx, 0); // "ACME"
 */
export function lineCustomer(ctx: CheckContext, line: number): string {
  return ctx.ledger.groupKeys[ctx.lines.group[line] as number] ?? "";
}

/**
 * The currency code of a line ("" when the ledger names none).
 *
 * @example
 * lineCurrency(ctx, 0); // "USD"
 */
export function lineCurrency(ctx: CheckContext, line: number): string {
  return ctx.ledger.currencies[ctx.lines.currency[line] as number] ?? "";
}

/**
 * Minor units of a line's currency as the amount shown (one correctly rounded division, never −0).
 *
 * @example
 * lineAmount(ctx, 0, 12345); // 123.45 in a two-decimal currency
 */
export function lineAmount(ctx: CheckContext, line: number, minor: number): number {
  const decimals = ctx.ledger.currencyDecimals[ctx.lines.currency[line] as number] ?? 2;
  return minor / 10 ** decimals + 0;
}

/**
 * An amount (such as a limit from the master) rounded to the minor unit of the line's currency.
 *
 * @example
 * lineRounded(ctx, 0, 11000.004); // 11000 in a two-decimal currency
 */
export function lineRounded(ctx: CheckContext, line: number, amount: number): number {
  const decimals = ctx.ledger.currencyDecimals[ctx.lines.currency[line] as number] ?? 2;
  return lineAmount(ctx, line, Math.round(amount * 10 ** decimals));
}

/**
 * The line's items at least `fromDays` days past due (whole days: "more than 30" is "at least 31"), only
 * those with a positive balance when `positiveOnly`: their sheet rows ascending, their open sum and the most
 * days past due among them (−Infinity when there are none). One loop without a callback: this runs over
 * every item of the ledger for each item rule.
 *
 * @example
 * const late = lineEvidence(ctx, line, 10, true);
 * late.rows; // [14, 20]
 */
export function lineEvidence(
  ctx: CheckContext,
  line: number,
  fromDays: number,
  positiveOnly: boolean,
): { readonly rows: number[]; readonly minor: number; readonly oldest: number } {
  const { itemStart, itemDue, itemOpenMinor, itemRow } = ctx.lines;
  // Due dates on or before this day are at least `fromDays` past due.
  const lastDue = ctx.asOfDay - fromDays;
  const rows: number[] = [];
  let minor = 0;
  let earliest = Infinity;
  let ascending = true;
  let previous = 0;
  for (let p = itemStart[line] as number, end = itemStart[line + 1] as number; p < end; p++) {
    const d = itemDue[p] as number;
    if (d > lastDue) continue;
    const amount = itemOpenMinor[p] as number;
    if (positiveOnly && amount <= 0) continue;
    const r = itemRow[p] as number;
    if (r < previous) ascending = false;
    previous = r;
    rows.push(r);
    minor += amount;
    if (d < earliest) earliest = d;
  }
  // The reader hands items over in sheet order, so the rows are nearly always ascending already.
  if (!ascending) rows.sort((a, b) => a - b);
  return { rows, minor, oldest: ctx.asOfDay - earliest };
}

/**
 * Every sheet row of a line, ascending: the evidence of rules about the whole balance. Worked out once per
 * line and shared by the results of every such rule (they are read-only).
 *
 * @example
 * lineRows(ctx, 0); // [2, 3, 7]
 */
export function lineRows(ctx: CheckContext, line: number): readonly number[] {
  const memo = ctx.lineRowsMemo;
  let rows = memo[line];
  if (rows === undefined) {
    rows = lineEvidence(ctx, line, -Infinity, false).rows;
    memo[line] = rows;
  }
  return rows;
}

/**
 * The whole number of days past due from which an item is "more than `days`" (`inclusive` false) or "at
 * least `days`" past due: days past due are whole days, thresholds may have fractions.
 *
 * @example
 * fromDays(30, false); // 31
 * fromDays(9.5, true); // 10
 */
export function fromDays(days: number, inclusive: boolean): number {
  return inclusive ? Math.ceil(days) : Math.floor(days) + 1;
}

/**
 * A result of `rule` for a line, with the rule's severity and action unless given.
 *
 * @example
 * finding(ctx, "no-limit", 0, { value: 1200, threshold: null, unit: "amount", amountAtRisk: 1200, rows: [2] });
 */
export function finding(
  ctx: CheckContext,
  rule: WarningRuleId,
  line: number,
  fields: {
    readonly value: number | string | null;
    readonly threshold: number | string | null;
    readonly unit: WarningUnit;
    readonly amountAtRisk: number;
    readonly rows: readonly number[];
    readonly masterRow?: number | null;
    readonly historyRows?: readonly number[];
    readonly severity?: WarningSeverity;
  },
): WarningResult {
  const definition = warningRule(rule);
  return {
    rule,
    severity: fields.severity ?? definition.severity,
    customer: lineCustomer(ctx, line),
    currency: lineCurrency(ctx, line),
    value: fields.value,
    threshold: fields.threshold,
    unit: fields.unit,
    amountAtRisk: fields.amountAtRisk,
    rows: fields.rows,
    masterRow: fields.masterRow ?? null,
    historyRows: fields.historyRows ?? [],
    action: definition.action,
  };
}
