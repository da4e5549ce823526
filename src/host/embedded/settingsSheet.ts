import { type SettingValue } from "../port";

/** The very hidden sheet that carries CreditKit's settings inside an .xlsx file. */
export const SETTINGS_SHEET = "_creditkit";

/** Settings key of the charts of CreditKit's sheets (by sheet name), which exceljs cannot write as charts. */
export const CHARTS_SETTING = "creditkit.charts";

/** Excel holds at most 32,767 characters in a cell; long settings continue in the next columns. */
const CHUNK = 32_000;

/**
 * The rows of the settings sheet: the key in column A, the JSON value from column B on.
 *
 * @example
 * settingsRows(new Map([["creditkit.ownedSheets", ["Aging"]]])); // [["creditkit.ownedSheets", '["Aging"]']]
 */
export function settingsRows(settings: ReadonlyMap<string, SettingValue>): string[][] {
  const rows: string[][] = [];
  for (const [key, value] of settings) {
    const json = JSON.stringify(value);
    const row = [key];
    for (let i = 0; i < json.length; i += CHUNK) row.push(json.slice(i, i + CHUNK));
    rows.push(row);
  }
  return rows;
}

/**
 * Settings read back from the settings sheet's rows; a row that does not hold a key and valid JSON
 * is skipped with a warning rather than failing the whole file.
 *
 * @example
 * settingsFromRows([["creditkit.ownedSheets", '["Aging"]']]).settings.get("creditkit.ownedSheets"); // ["Aging"]
 */
export function settingsFromRows(rows: readonly (readonly unknown[])[]): {
  settings: Map<string, SettingValue>;
  warnings: string[];
} {
  const settings = new Map<string, SettingValue>();
  const warnings: string[] = [];
  rows.forEach((row, index) => {
    const [key, ...chunks] = row;
    if (typeof key !== "string" || key === "") return;
    try {
      settings.set(
        key,
        JSON.parse(chunks.map((chunk) => (typeof chunk === "string" ? chunk : "")).join("")) as SettingValue,
      );
    } catch {
      warnings.push(
        `${SETTINGS_SHEET}!A${index + 1}: the setting "${key}" is not valid JSON and was ignored.`,
      );
    }
  });
  return { settings, warnings };
}
