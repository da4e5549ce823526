import { type DayOrder } from "../dates";
import { type ColumnCandidate } from "./_lib/assignColumns";
import { customerKey } from "./_lib/customerKey";
import { type LedgerRejection } from "./ledgerItems";
import { type LedgerProblem } from "./ledgerProblem";

/**
 * A column of a customer master: the customer key, the credit limit, payment terms in days, the credit grade,
 * the date of the last credit review and the open (not yet invoiced) orders.
 *
 * @example
 * const field: MasterField = "limit";
 */
export type MasterField = "customer" | "limit" | "terms" | "grade" | "lastReview" | "orders";

/**
 * Which column holds each master field (0-based within the rows).
 *
 * @example
 * const mapping: MasterMapping = { customer: 0, limit: 2, grade: 3 };
 */
export type MasterMapping = Partial<Record<MasterField, number>>;

/**
 * One customer of the master; `null` where the master leaves the field blank or does not have it.
 *
 * @example
 * const entry: MasterEntry = { customer: "ACME", limit: 50000, terms: 30, grade: "B", lastReview: 45200, row: 4 };
 */
export interface MasterEntry {
  readonly customer: string;
  readonly limit: number | null;
  readonly terms: number | null;
  readonly grade: string | null;
  /** 1900-system serial of the last credit review. */
  readonly lastReview: number | null;
  /**
   * Open orders not yet invoiced, part of the exposure (DESIGN §3.4); present only when the master has an
   * orders column, so masters without one read exactly as before.
   */
  readonly orders?: number | null;
  /** 1-based sheet row. */
  readonly row: number;
}

/**
 * A customer master read from another sheet or table: the detected (or given) columns, the customers keyed
 * for matching with ledger keys, the cells that could not be read, and problems.
 *
 * @example
 * const master = readCustomerMaster(rows);
 * masterEntry(master, "ACME")?.limit; // 50000
 */
export interface CustomerMaster {
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: MasterMapping;
  readonly confidence: Readonly<Record<MasterField, number>>;
  readonly candidates: Readonly<Record<MasterField, readonly ColumnCandidate[]>>;
  readonly problems: readonly LedgerProblem[];
  /** Keyed by the matching form of the customer key (case, width and spacing ignored). */
  readonly entries: ReadonlyMap<string, MasterEntry>;
  /** Cells that could not be read; the customer is kept with `null` in that field. */
  readonly rejected: readonly LedgerRejection[];
}

/**
 * Options of {@link readCustomerMaster}.
 *
 * @example
 * const options: CustomerMasterOptions = { firstSheetRow: 3, dayOrder: "dmy" };
 */
export interface CustomerMasterOptions {
  /** 1-based sheet row of `rows[0]` (default 1). */
  readonly firstSheetRow?: number;
  /** 1-based sheet column of the rows' first cell (default 1). */
  readonly firstColumn?: number;
  /** Overrides the detected header row (0-based into the rows). */
  readonly headerRow?: number;
  readonly dayOrder?: DayOrder | null;
  readonly date1904?: boolean;
}

/**
 * The entry of a customer in the master, matching keys with case, full-width forms and spacing ignored.
 *
 * @example
 * masterEntry(master, "acme  ltd")?.grade; // "B" (the master says "ACME Ltd")
 */
export function masterEntry(master: CustomerMaster, customer: string): MasterEntry | undefined {
  return master.entries.get(customerKey(customer));
}
