/**
 * What the warnings view needs before it shows anything: the sources, the team's rules stored in the
 * workbook, and the sources to start on — those of the last warning run if they are still there, else the
 * ledger and master of the last aging run, else the first sheet that looks like a ledger.
 */
import { useEffect, useState } from "react";
import { detectAgingColumns } from "../../../../app/aging/runAging";
import { loadWarningSettings } from "../../../../app/warnings/warningSettingsStore";
import { isCreditError } from "../../../../core/errors";
import { defaultWarningSettings, type WarningSettings } from "../../../../core/warnings";
import { type SettingValue, type WorkbookHost } from "../../../../host";
import { LAST_RUN_SETTING, readLastRun } from "../../aging/_lib/lastRun";
import { type SourceOption, sourceId, sourceOptions } from "../../aging/_lib/sourceOptions";
import { readSources, WARNING_SOURCES_SETTING } from "./rememberedSources";

/** Sheets looked at for a ledger before giving up and letting the user choose. */
const MAX_PROBED_SHEETS = 10;

/** The source ids to start on ("" for none). */
export interface InitialSources {
  readonly ledger: string;
  readonly master: string;
  readonly history: string;
}

/** The view's starting point, or why it could not be read. */
export type WarningsSetup =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "ready";
      readonly sources: readonly SourceOption[];
      readonly initial: InitialSources;
      /** The rules stored in the workbook, or the defaults when there are none or they cannot be read. */
      readonly settings: WarningSettings;
      /** Why the stored rules could not be read, when they could not (the defaults are shown instead). */
      readonly settingsError: unknown;
    };

/**
 * Loads the view's starting point from `host` (again when the host changes).
 *
 * @example
 * const setup = useWarningsSetup(host);
 * if (setup.status === "ready") setup.settings.rules["veto-late"].enabled;
 */
export function useWarningsSetup(host: WorkbookHost): WarningsSetup {
  const [setup, setSetup] = useState<WarningsSetup>({ status: "loading" });
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

/** A setting's value, `undefined` when it is not there or cannot be read: only a starting point. */
async function optionalSetting(host: WorkbookHost, key: string): Promise<SettingValue | undefined> {
  try {
    return await host.getSetting(key);
  } catch {
    return undefined;
  }
}

type Stored = { ok: true; value: WarningSettings } | { ok: false; error: unknown };

async function loadSetup(host: WorkbookHost): Promise<WarningsSetup> {
  const [sheets, tables, stored, remembered, agingRun] = await Promise.all([
    host.listSheets(),
    host.listTables(),
    loadWarningSettings(host).then(
      (value): Stored => (isCreditError(value) ? { ok: false, error: value } : { ok: true, value }),
      (error: unknown): Stored => ({ ok: false, error }),
    ),
    optionalSetting(host, WARNING_SOURCES_SETTING).then(readSources),
    optionalSetting(host, LAST_RUN_SETTING).then(readLastRun),
  ]);
  const sources = sourceOptions(sheets, tables);
  const present = (ref: Parameters<typeof sourceId>[0] | null | undefined): string => {
    if (ref === null || ref === undefined) return "";
    const id = sourceId(ref);
    return sources.some((option) => option.id === id) ? id : "";
  };
  let initial: InitialSources;
  if (remembered !== null && present(remembered.ledger) !== "") {
    initial = {
      ledger: present(remembered.ledger),
      master: present(remembered.master),
      history: present(remembered.history),
    };
  } else if (agingRun !== null && present(agingRun.source) !== "") {
    initial = { ledger: present(agingRun.source), master: present(agingRun.master), history: "" };
  } else {
    const nonEmpty = new Set(sheets.filter((sheet) => sheet.rowCount > 0).map((sheet) => sheet.name));
    initial = { ledger: await firstLedger(host, sources, nonEmpty), master: "", history: "" };
  }
  return {
    status: "ready",
    sources,
    initial,
    settings: stored.ok ? stored.value : defaultWarningSettings(),
    settingsError: stored.ok ? null : stored.error,
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
      // Only a guess at a starting point: a sheet that cannot be read now is skipped here, and its error
      // shows in full if the user runs on it.
    }
  }
  return "";
}
