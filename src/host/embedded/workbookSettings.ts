import { type ChartSpec } from "../../core/report";
import { OWNED_SHEETS_SETTING, type SettingValue } from "../port";
import { CHARTS_SETTING } from "./settingsSheet";

/** Settings by key, as a workbook holds them. */
export type Settings = Map<string, SettingValue>;

/**
 * A deep copy of a setting, so a caller's later edits do not reach the stored value.
 *
 * @example
 * cloneSetting({ a: [1] }); // { a: [1] } — a new object
 */
export function cloneSetting<T extends SettingValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * True when two sheet names are the same for Excel (which ignores case).
 *
 * @example
 * sameSheetName("Aging", "AGING"); // true
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The sheets CreditKit wrote (the only ones it may replace).
 *
 * @example
 * ownedSheets(new Map([[OWNED_SHEETS_SETTING, ["Aging"]]])); // ["Aging"]
 */
export function ownedSheets(settings: Settings): string[] {
  const owned = settings.get(OWNED_SHEETS_SETTING);
  return Array.isArray(owned) ? owned.filter((name): name is string => typeof name === "string") : [];
}

/**
 * Records that CreditKit owns `sheet` (`owned` true) or no longer has it.
 *
 * @example
 * setOwned(settings, "Aging", true);
 */
export function setOwned(settings: Settings, sheet: string, owned: boolean): void {
  const others = ownedSheets(settings).filter((name) => !sameSheetName(name, sheet));
  if (owned) settings.set(OWNED_SHEETS_SETTING, [...others, sheet]);
  else if (settings.has(OWNED_SHEETS_SETTING)) settings.set(OWNED_SHEETS_SETTING, others);
}

/**
 * Stores a sheet's charts in `CHARTS_SETTING` (none: removes its entry). exceljs cannot write
 * charts, so they travel in the settings and a round trip through a file loses nothing.
 *
 * @example
 * storeCharts(settings, "Aging", spec.charts ?? []);
 */
export function storeCharts(settings: Settings, sheet: string, charts: readonly ChartSpec[]): void {
  const stored = settings.get(CHARTS_SETTING);
  const all: Record<string, SettingValue> =
    stored !== null && typeof stored === "object" && !Array.isArray(stored)
      ? { ...(stored as Record<string, SettingValue>) }
      : {};
  for (const name of Object.keys(all)) if (sameSheetName(name, sheet)) delete all[name];
  if (charts.length > 0) all[sheet] = cloneSetting(charts as unknown as SettingValue);
  if (Object.keys(all).length > 0) settings.set(CHARTS_SETTING, all);
  else settings.delete(CHARTS_SETTING);
}
