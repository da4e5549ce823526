import { type MessageParams } from "../errors";

/**
 * A problem found while mapping the columns of a ledger or a customer master, as data with a message id the
 * edges translate. `blocking`: aging cannot run until the user fixes the mapping (no customer, amount or date
 * column, no header). `warning`: aging can run, but the user should look (duplicate header, two columns that
 * could be the same field).
 *
 * @example
 * const problem: LedgerProblem = { id: "ledgerNoAmountColumn", severity: "blocking", params: {} };
 */
export interface LedgerProblem {
  readonly id: string;
  readonly severity: "blocking" | "warning";
  readonly params: MessageParams;
}

/**
 * Builds a {@link LedgerProblem}.
 *
 * @example
 * ledgerProblem("ledgerNoCustomerColumn", "blocking"); // { id: "ledgerNoCustomerColumn", severity: "blocking", params: {} }
 */
export function ledgerProblem(
  id: string,
  severity: LedgerProblem["severity"],
  params: MessageParams = {},
): LedgerProblem {
  return { id, severity, params };
}
