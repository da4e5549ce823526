/**
 * The sources of the last warning run, stored in the workbook (`creditkit.warnings.sources`) so whoever
 * opens it next checks the same ledger, master and history. Read defensively: an older or hand-edited
 * workbook may hold anything there.
 */
import { type SettingValue, type SourceRef } from "../../../../host";

/**
 * The workbook setting holding the last run's sources.
 *
 * @example
 * await host.getSetting(WARNING_SOURCES_SETTING);
 */
export const WARNING_SOURCES_SETTING = "creditkit.warnings.sources";

/** The sources of a run; `null` for a master or history not given. */
export interface RememberedSources {
  readonly ledger: SourceRef;
  readonly master: SourceRef | null;
  readonly history: SourceRef | null;
}

type JsonRecord = { readonly [key: string]: SettingValue };

const isRecord = (value: SettingValue | undefined): value is JsonRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A source reference read from a setting, `null` when it is none.
 *
 * @example
 * readSourceRef({ kind: "table", table: "Limits" }); // { kind: "table", table: "Limits" }
 * readSourceRef("Ledger"); // null
 */
export function readSourceRef(value: SettingValue | undefined): SourceRef | null {
  if (!isRecord(value)) return null;
  if (value.kind === "sheet" && typeof value.sheet === "string") return { kind: "sheet", sheet: value.sheet };
  if (value.kind === "table" && typeof value.table === "string") return { kind: "table", table: value.table };
  return null;
}

const refValue = (ref: SourceRef | null): SettingValue =>
  ref === null
    ? null
    : ref.kind === "sheet"
      ? { kind: "sheet", sheet: ref.sheet }
      : { kind: "table", table: ref.table };

/**
 * The setting value of a run's sources (plain JSON).
 *
 * @example
 * await host.setSetting(WARNING_SOURCES_SETTING, sourcesValue({ ledger, master: null, history: null }));
 */
export function sourcesValue(sources: RememberedSources): SettingValue {
  return {
    ledger: refValue(sources.ledger),
    master: refValue(sources.master),
    history: refValue(sources.history),
  };
}

/**
 * Stored sources, `null` when there are none or the ledger is unreadable.
 *
 * @example
 * readSources(await host.getSetting(WARNING_SOURCES_SETTING))?.ledger; // { kind: "sheet", sheet: "Ledger" }
 */
export function readSources(value: SettingValue | undefined): RememberedSources | null {
  if (!isRecord(value)) return null;
  const ledger = readSourceRef(value.ledger);
  if (ledger === null) return null;
  return { ledger, master: readSourceRef(value.master), history: readSourceRef(value.history) };
}
