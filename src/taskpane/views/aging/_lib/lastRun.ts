/**
 * The options of the last aging run, stored in the workbook (`creditkit.aging.lastRun`) so whoever
 * opens it next starts from the same ledger, columns and buckets. Corrected columns are stored by
 * header text, not position, so they survive a column inserted before them; the stored value is read
 * defensively, because an older or hand-edited workbook may hold anything there.
 */
import { type AgingBasis } from "../../../../core/aging";
import { isDayOrder } from "../../../../core/dates";
import { isLedgerField, type LedgerField, type LedgerGroupBy } from "../../../../core/ledger";
import { type SettingValue, type SourceRef } from "../../../../host";
import { type AgingFormValues, type DayOrderChoice } from "./agingForm";
import { type ColumnOverrides } from "./columnOverrides";

/**
 * The workbook setting holding the last run's options.
 *
 * @example
 * await host.getSetting(LAST_RUN_SETTING);
 */
export const LAST_RUN_SETTING = "creditkit.aging.lastRun";

/** Per corrected field: the header of the chosen column, or `null` for "— none —". */
export type SavedMapping = Partial<Record<LedgerField, string | null>>;

/** The remembered options; the as-of date and the sales figure belong to one run and are not kept. */
export interface LastRun {
  readonly source: SourceRef;
  readonly mapping: SavedMapping;
  readonly basis: AgingBasis;
  readonly buckets: string;
  readonly groupBy: LedgerGroupBy;
  readonly dayOrder: DayOrderChoice;
  readonly master: SourceRef | null;
}

/**
 * The corrections of a run as headers, for {@link LastRun.mapping}. A column without a header cannot be
 * found again by name and is left out.
 *
 * @example
 * savedMapping({ customer: 2, paid: null }, ["Date", "Amount", "Client"]); // { customer: "Client", paid: null }
 */
export function savedMapping(overrides: ColumnOverrides, headers: readonly string[]): SavedMapping {
  const saved: SavedMapping = {};
  for (const [field, column] of Object.entries(overrides) as [LedgerField, number | null][]) {
    if (column === null) saved[field] = null;
    else if ((headers[column] ?? "") !== "") saved[field] = headers[column];
  }
  return saved;
}

/**
 * Saved corrections applied to a source's headers: each header found again gives its column; a header the
 * source no longer has is dropped (the detection stands for that field).
 *
 * @example
 * restoredOverrides({ customer: "Client", paid: null }, ["Client", "Amount"]); // { customer: 0, paid: null }
 */
export function restoredOverrides(mapping: SavedMapping, headers: readonly string[]): ColumnOverrides {
  const overrides: ColumnOverrides = {};
  for (const [field, header] of Object.entries(mapping) as [LedgerField, string | null][]) {
    if (header === null) overrides[field] = null;
    else {
      const column = headers.findIndex((text) => text.trim() === header.trim());
      if (column >= 0) overrides[field] = column;
    }
  }
  return overrides;
}

/**
 * The setting value of a last run (plain JSON).
 *
 * @example
 * await host.setSetting(LAST_RUN_SETTING, lastRunValue(run));
 */
export function lastRunValue(run: LastRun): SettingValue {
  return {
    source: sourceValue(run.source),
    mapping: { ...run.mapping },
    basis: run.basis,
    buckets: run.buckets,
    groupBy: run.groupBy,
    dayOrder: run.dayOrder,
    master: run.master === null ? null : sourceValue(run.master),
  };
}

/**
 * Reads a stored last run; `null` when there is none or its source is unreadable. Any other field that
 * does not read falls back to its default, so one bad value does not lose the rest.
 *
 * @example
 * readLastRun(await host.getSetting(LAST_RUN_SETTING))?.buckets; // "30,60,90,120"
 */
export function readLastRun(value: SettingValue | undefined): LastRun | null {
  if (!isRecord(value)) return null;
  const source = readSource(value.source);
  if (source === null) return null;
  const dayOrder = value.dayOrder;
  return {
    source,
    mapping: readMapping(value.mapping),
    basis: value.basis === "invoice" ? "invoice" : "due",
    buckets: typeof value.buckets === "string" ? value.buckets : "",
    groupBy: value.groupBy === "salesperson" || value.groupBy === "region" ? value.groupBy : "customer",
    dayOrder: typeof dayOrder === "string" && isDayOrder(dayOrder) ? dayOrder : "auto",
    master: readSource(value.master),
  };
}

/**
 * The form as the last run left it, on top of `defaults` (keeping today's as-of date); `masterId` is the
 * id of the master source when it is still in the workbook, "" otherwise.
 *
 * @example
 * formFromLastRun(defaultAgingForm("2026-10-31"), lastRun, "table:Limits").basis; // lastRun.basis
 */
export function formFromLastRun(defaults: AgingFormValues, run: LastRun, masterId: string): AgingFormValues {
  return {
    ...defaults,
    basis: run.basis,
    buckets: run.buckets === "" ? defaults.buckets : run.buckets,
    groupBy: run.groupBy,
    dayOrder: run.dayOrder,
    master: masterId,
  };
}

type JsonRecord = { readonly [key: string]: SettingValue };

function isRecord(value: SettingValue | undefined): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sourceValue(ref: SourceRef): SettingValue {
  return ref.kind === "sheet" ? { kind: "sheet", sheet: ref.sheet } : { kind: "table", table: ref.table };
}

function readSource(value: SettingValue | undefined): SourceRef | null {
  if (!isRecord(value)) return null;
  if (value.kind === "sheet" && typeof value.sheet === "string") return { kind: "sheet", sheet: value.sheet };
  if (value.kind === "table" && typeof value.table === "string") return { kind: "table", table: value.table };
  return null;
}

function readMapping(value: SettingValue | undefined): SavedMapping {
  const mapping: SavedMapping = {};
  if (!isRecord(value)) return mapping;
  for (const [field, header] of Object.entries(value)) {
    if (isLedgerField(field) && (header === null || typeof header === "string")) mapping[field] = header;
  }
  return mapping;
}
