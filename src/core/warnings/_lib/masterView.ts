import { type CustomerMaster, type MasterEntry, type MasterField, masterEntry } from "../../ledger";

/**
 * The customer master as the rules read it: which detail columns it has, and the entry of each ledger
 * customer (looked up once per customer, not once per rule).
 *
 * @example
 * const view = masterView(master, items.groupKeys);
 * view.entryOfGroup[0]?.limit; // the first ledger customer's limit
 */
export interface MasterView {
  readonly hasCustomer: boolean;
  readonly has: Readonly<Record<Exclude<MasterField, "customer">, boolean>>;
  readonly entryOfGroup: readonly (MasterEntry | undefined)[];
}

/**
 * Matches the ledger's customers (group keys) with the master's entries.
 *
 * @example
 * masterView(master, ["ACME"]).entryOfGroup[0]?.customer; // "ACME Ltd" when the master spells it so
 */
export function masterView(master: CustomerMaster, groupKeys: readonly string[]): MasterView {
  const m = master.mapping;
  return {
    hasCustomer: m.customer !== undefined,
    has: {
      limit: m.limit !== undefined,
      terms: m.terms !== undefined,
      grade: m.grade !== undefined,
      lastReview: m.lastReview !== undefined,
      orders: m.orders !== undefined,
    },
    entryOfGroup: groupKeys.map((key) => masterEntry(master, key)),
  };
}
