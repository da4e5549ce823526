/**
 * Workbook settings (`Workbook.settings`, ExcelApi 1.4): per document and per add-in, saved with the
 * workbook, so the whole team that shares the file shares them. Values are stored as the JSON values
 * they are; Excel serialises them with the document.
 */
import { type SettingValue } from "../port";

/**
 * Queues a read of one setting, so a caller can read it in the same request as other work; read
 * the value with {@link settingValue} after the next sync.
 *
 * @example
 * const owned = loadSetting(context, "creditkit.ownedSheets");
 * await context.sync();
 * settingValue(owned); // ["Aging 2026-10-31"]
 */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

/**
 * The value of a setting loaded by {@link loadSetting} and synced: undefined when it was never set.
 *
 * @example
 * settingValue(owned); // ["Aging 2026-10-31"]
 */
export function settingValue(item: Excel.Setting): SettingValue | undefined {
  return item.isNullObject ? undefined : (item.value as SettingValue);
}

/**
 * One setting, in one request.
 *
 * @example
 * await excelRun((context) => readSetting(context, "creditkit.agingEdges")); // "30,60,90,120"
 */
export async function readSetting(
  context: Excel.RequestContext,
  key: string,
): Promise<SettingValue | undefined> {
  const item = loadSetting(context, key);
  await context.sync();
  return settingValue(item);
}

/**
 * Stores a setting (adds it or replaces its value), in one request.
 *
 * @example
 * await excelRun((context) => writeSetting(context, "creditkit.agingEdges", "30,60,90"));
 */
export async function writeSetting(
  context: Excel.RequestContext,
  key: string,
  value: SettingValue,
): Promise<void> {
  context.workbook.settings.add(key, value);
  await context.sync();
}

/**
 * The sheet names in the ownership setting; anything that is not a list of names reads as none
 * (an unreadable list must not grant ownership of anything).
 *
 * @example
 * ownedSheetNames(["Aging", 3, "Warnings"]); // ["Aging", "Warnings"]
 * ownedSheetNames(undefined); // []
 */
export function ownedSheetNames(value: SettingValue | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((name): name is string => typeof name === "string");
}
