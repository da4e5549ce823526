// Shared helpers of the warning-check tests (not a test file itself).
import {
  type CustomerMaster,
  type LedgerItems,
  type RawCell,
  readCustomerMaster,
} from "../../../../src/core/ledger";
import {
  type PaymentRecord,
  type WarningReport,
  type WarningRuleId,
  WARNING_RULE_IDS,
  defaultWarningSettings,
  runWarningChecks,
  withRuleEnabled,
  withThreshold,
} from "../../../../src/core/warnings";
import { ok, readLedger, serial } from "../../ledger/ledgerTestKit";

/** The as-of date of the warning tests: 2026-10-31. */
export const AS_OF = serial("2026-10-31");

/** One open item: who owes it, how many days past due it is at AS_OF, its open amount and currency. */
export interface ItemSpec {
  readonly customer: string;
  readonly daysPastDue: number;
  readonly amount: number;
  readonly currency?: string;
}

const LEDGER_HEADER: RawCell[] = ["Customer", "Invoice date", "Due date", "Amount", "Currency"];

/**
 * The ledger rows of the items: header on sheet row 1, item `i` on sheet row `i + 2`, due AS_OF − days past
 * due, invoiced 30 days before that.
 */
export function ledgerRows(items: readonly ItemSpec[]): RawCell[][] {
  return [
    LEDGER_HEADER,
    ...items.map((i): RawCell[] => [
      i.customer,
      AS_OF - i.daysPastDue - 30,
      AS_OF - i.daysPastDue,
      i.amount,
      i.currency ?? "USD",
    ]),
  ];
}

/** The items as the ledger reader gives them. */
export function ledgerOf(items: readonly ItemSpec[]): LedgerItems {
  return readLedger(ledgerRows(items), { asOf: AS_OF });
}

/** A customer master from a header and rows (sheet row 1 is the header). */
export function masterOf(
  header: readonly string[],
  ...rows: readonly (readonly RawCell[])[]
): CustomerMaster {
  return readCustomerMaster([header, ...rows]);
}

/** A paid (or, with `paid` null, unpaid) invoice of the history, dates as days relative to AS_OF. */
export function paymentOf(
  customer: string,
  amount: number,
  dueDaysAgo: number,
  paidDaysAgo: number | null,
  row: number,
  extra: Partial<PaymentRecord> = {},
): PaymentRecord {
  return {
    customer,
    amount,
    due: AS_OF - dueDaysAgo,
    paid: paidDaysAgo === null ? null : AS_OF - paidDaysAgo,
    invoiceDate: AS_OF - dueDaysAgo - 30,
    row,
    ...extra,
  };
}

/** Default settings with only `rule` switched on, and some of its thresholds changed. */
export function onlyRule(rule: WarningRuleId, thresholds: Readonly<Record<string, number>> = {}) {
  let settings = defaultWarningSettings();
  for (const id of WARNING_RULE_IDS) if (id !== rule) settings = withRuleEnabled(settings, id, false);
  for (const [name, value] of Object.entries(thresholds))
    settings = ok(withThreshold(settings, rule, name, value));
  return settings;
}

/** Runs one rule alone over the inputs; throws when the engine refuses. */
export function runRule(
  rule: WarningRuleId,
  inputs: {
    readonly ledger: LedgerItems;
    readonly master?: CustomerMaster | null;
    readonly history?: readonly PaymentRecord[] | null;
  },
  thresholds: Readonly<Record<string, number>> = {},
  settingsThresholds: ReadonlyArray<readonly [WarningRuleId, string, number]> = [],
): WarningReport {
  let settings = onlyRule(rule, thresholds);
  for (const [id, name, value] of settingsThresholds) settings = ok(withThreshold(settings, id, name, value));
  return ok(runWarningChecks(inputs, settings));
}

/** The customers a report warns about, in report order. */
export const customersOf = (report: WarningReport): string[] => report.results.map((r) => r.customer);

export { ok, serial };
