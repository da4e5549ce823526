/**
 * The sources a fit can read: the workbook's own sheets and tables, never the sheets CreditKit wrote
 * (a Points scorecard or Model report is output, not history).
 */
import { useEffect, useState } from "react";
import { type WorkbookHost } from "../../../../host";
import { type SourceOption, sourceOptions } from "../../aging/_lib/sourceOptions";

/** The sources while they load, once listed, or why they could not be. */
export type FitSources =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "ready"; readonly sources: readonly SourceOption[] };

/**
 * Lists the sheets and tables of `host` (again when the host changes).
 *
 * @example
 * const sources = useFitSources(host);
 * if (sources.status === "ready") sources.sources.map((s) => s.name); // ["History"]
 */
export function useFitSources(host: WorkbookHost): FitSources {
  const [state, setState] = useState<FitSources>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    Promise.all([host.listSheets(), host.listTables()]).then(
      ([sheets, tables]) => current && setState({ status: "ready", sources: sourceOptions(sheets, tables) }),
      (error: unknown) => current && setState({ status: "failed", error }),
    );
    return () => {
      current = false;
    };
  }, [host]);
  return state;
}
