/**
 * What the aging view needs before it can show anything: the sources, the last run's options and the
 * source to start on — the remembered one if it is still there, else the first sheet that looks like a
 * ledger.
 */
import { useEffect, useState } from "react";
import { detectAgingColumns } from "../../../../app/aging/runAging";
import { type WorkbookHost } from "../../../../host";
import { type LastRun, LAST_RUN_SETTING, readLastRun } from "./lastRun";
import { type SourceOption, sourceId, sourceOptions } from "./sourceOptions";

/** Sheets looked at for a ledger before giving up and letting the user choose. */
const MAX_PROBED_SHEETS = 10;

/** The view's starting point, or why it could not be read. */
export type AgingSetup =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "ready";
      readonly sources: readonly SourceOption[];
      /** Id of the source to select first, "" for none. */
      readonly initialSource: string;
      readonly lastRun: LastRun | null;
      /** Why the last run's options could not be read, when they could not. */
      readonly lastRunError: { readonly error: unknown } | null;
    };

/**
 * Loads the view's starting point from `host` (again when the host changes).
 *
 * @example
 * const setup = useAgingSetup(host);
 * if (setup.status === "ready") setup.sources.length;
 */
export function useAgingSetup(host: WorkbookHost): AgingSetup {
  const [setup, setSetup] = useState<AgingSetup>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setSetup({ status: "loading" });
    loadSetup(host).then(
      (ready) => current && setSetup(ready),
      (error: unknown) => current && setSetup({ status: "failed", error }),
    );
    return () => {
      current = false;
    };
  }, [host]);
  return setup;
}

async function loadSetup(host: WorkbookHost): Promise<AgingSetup> {
  const [sheets, tables, saved] = await Promise.all([
    host.listSheets(),
    host.listTables(),
    host.getSetting(LAST_RUN_SETTING).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
  ]);
  const sources = sourceOptions(sheets, tables);
  const lastRun = "value" in saved ? readLastRun(saved.value) : null;
  const rememberedId = lastRun === null ? "" : sourceId(lastRun.source);
  const remembered = sources.some((option) => option.id === rememberedId);
  const nonEmpty = new Set(sheets.filter((sheet) => sheet.rowCount > 0).map((sheet) => sheet.name));
  return {
    status: "ready",
    sources,
    initialSource: remembered ? rememberedId : await firstLedger(host, sources, nonEmpty),
    lastRun,
    lastRunError: "error" in saved ? { error: saved.error } : null,
  };
}

/** The first sheet whose detection finds a customer and an amount (or open balance) column. */
async function firstLedger(
  host: WorkbookHost,
  sources: readonly SourceOption[],
  nonEmpty: ReadonlySet<string>,
): Promise<string> {
  const sheets = sources.filter((option) => option.ref.kind === "sheet" && nonEmpty.has(option.name));
  for (const option of sheets.slice(0, MAX_PROBED_SHEETS)) {
    try {
      const { mapping } = (await detectAgingColumns(host, option.ref)).detection;
      if (mapping.customer !== undefined && (mapping.amount !== undefined || mapping.open !== undefined)) {
        return option.id;
      }
    } catch {
      // Only a guess at a starting point: a sheet that cannot be read now is skipped here, and its
      // error shows in full if the user picks it.
    }
  }
  return "";
}
