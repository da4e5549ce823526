import { type AgingBasis } from "../aging";
import { type DayOrder } from "../dates";
import { type MessageParams } from "../errors";

/**
 * What the ledger's items are grouped by in the aging report: the customer (default), the salesperson or the
 * region column.
 *
 * @example
 * const groupBy: LedgerGroupBy = "salesperson";
 */
export type LedgerGroupBy = "customer" | "salesperson" | "region";

/**
 * Flag bit of {@link LedgerItems.flags}: the due date was assumed (invoice date + terms, or invoice date).
 *
 * @example
 * (items.flags[i] & ITEM_DUE_ASSUMED) !== 0; // item i's due date was assumed
 */
export const ITEM_DUE_ASSUMED = 1;

/**
 * Flag bit of {@link LedgerItems.flags}: invoiced after the as-of date (kept, on a ledger without settled dates).
 *
 * @example
 * (items.flags[i] & ITEM_FUTURE_DATED) !== 0; // item i is future-dated
 */
export const ITEM_FUTURE_DATED = 2;

/**
 * A ledger row that could not be read, with where and why. `amount` (rounded to the currency's minor unit) and
 * `currency` are given when the row's open amount was readable, so the report can show rejected money beside
 * the totals and nothing vanishes.
 *
 * @example
 * const r: LedgerRejection = { row: 17, column: "Due date", value: "2013-02-30", reason: "ledgerDateImpossible", amount: 250, currency: "USD" };
 */
export interface LedgerRejection {
  /** 1-based sheet row. */
  readonly row: number;
  /** The header of the offending column, or its letter when the header is blank. */
  readonly column: string;
  /** The cell as text ("" for a blank, "#N/A" for an error). */
  readonly value: string;
  /** Message id of the reason, e.g. `ledgerDateImpossible`. */
  readonly reason: string;
  readonly amount?: number;
  readonly currency?: string;
}

/**
 * Something about the whole read the user should know, with how many rows it concerns: items left out as
 * invoiced after the as-of date, due dates assumed, the date order detected, and so on.
 *
 * @example
 * const n: LedgerNotice = { id: "ledgerDueDateAssumed", count: 12, params: { count: 12, fromTerms: 10 } };
 */
export interface LedgerNotice {
  readonly id: string;
  readonly count: number;
  readonly params: MessageParams;
}

/**
 * The open items of a ledger at an as-of date, stored column-wise for speed: item `i` belongs to group
 * `groupKeys[group[i]]`, is in currency `currencies[currency[i]]` and has `openMinor[i]` minor units open.
 * Dates are whole-day 1900-system serials; `invoice[i]` is 0 when the ledger gives no invoice date.
 *
 * @example
 * const items = reader.finish();
 * items.groupKeys[items.group[0]]; // "ACME Ltd"
 */
export interface LedgerItems {
  readonly count: number;
  readonly asOf: number;
  readonly basis: AgingBasis;
  readonly groupBy: LedgerGroupBy;
  /** True when the ledger has a settled-date column: items are then open as at the as-of date (historical). */
  readonly historical: boolean;
  /** The day order used for ambiguous text dates (given or detected), `null` when none was needed or found. */
  readonly dayOrder: DayOrder | null;
  readonly groupKeys: readonly string[];
  /** ISO 4217 codes (or the ledger's own text for unknown ones); "" when the ledger names no currency. */
  readonly currencies: readonly string[];
  /** Minor-unit decimals per entry of `currencies`. */
  readonly currencyDecimals: readonly number[];
  readonly group: Int32Array;
  readonly currency: Int32Array;
  /** Open amount in whole minor units (exact integers in a Float64Array); negative for credit notes. */
  readonly openMinor: Float64Array;
  readonly due: Int32Array;
  readonly invoice: Int32Array;
  /** Bits {@link ITEM_DUE_ASSUMED} and {@link ITEM_FUTURE_DATED}. */
  readonly flags: Uint8Array;
  /** 1-based sheet row of each item. */
  readonly row: Int32Array;
  readonly rejected: readonly LedgerRejection[];
  readonly notices: readonly LedgerNotice[];
}
