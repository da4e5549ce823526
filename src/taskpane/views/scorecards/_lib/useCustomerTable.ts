/**
 * The chosen customer table, read in full, with the mapping CreditKit proposes for its columns — what the
 * mapping step shows before anything is applied. Read again when the choice changes; only the latest
 * choice's reading may show.
 */
import { useEffect, useState } from "react";
import {
  type CustomerTable,
  type CustomerTableRef,
  proposeMappingFor,
  readCustomerTable,
  type ScoresProblem,
} from "../../../../app/scores/applyCard";
import { type ProposedCustomerMapping } from "../../../../core/scores";
import { type WorkbookHost } from "../../../../host";

/** Where reading the table is. */
export type CustomerTableState =
  | { readonly status: "none" }
  | { readonly status: "reading" }
  | { readonly status: "blocked"; readonly problem: ScoresProblem }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "ready"; readonly table: CustomerTable; readonly proposal: ProposedCustomerMapping };

/**
 * Reads `ref` on `host` (nothing for `null`) and proposes its mapping.
 *
 * @example
 * const state = useCustomerTable(host, { kind: "table", table: "Customers" });
 * if (state.status === "ready") state.proposal.mapping.fields.customer; // 0
 */
export function useCustomerTable(host: WorkbookHost, ref: CustomerTableRef | null): CustomerTableState {
  const [state, setState] = useState<CustomerTableState>({ status: "none" });
  // The effect depends on what is read, not on the object that says it (a new object each render).
  const key = ref === null ? "" : JSON.stringify(ref);
  useEffect(() => {
    const chosen = key === "" ? null : (JSON.parse(key) as CustomerTableRef);
    if (chosen === null) {
      setState({ status: "none" });
      return;
    }
    const controller = new AbortController();
    setState({ status: "reading" });
    readCustomerTable(host, chosen, { signal: controller.signal }).then(
      (read) => {
        if (controller.signal.aborted) return;
        if (read.kind === "blocked") {
          setState({ status: "blocked", problem: read });
          return;
        }
        const proposal = proposeMappingFor(
          read.headers,
          read.rows.map((row) => row.cells),
        );
        setState({ status: "ready", table: read, proposal });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "failed", error });
      },
    );
    return () => controller.abort();
  }, [host, key]);
  return state;
}
