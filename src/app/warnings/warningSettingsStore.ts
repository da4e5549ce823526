/**
 * The team's warning settings, stored in the workbook (DESIGN §3.9: every threshold editable and stored in
 * the workbook) under one key, as the JSON `warningSettingsToJson` writes, so whoever opens the workbook —
 * in Excel, in the playground or with `creditkit check` — runs the same checks.
 */
import { type CreditError, creditError } from "../../core/errors";
import {
  defaultWarningSettings,
  type WarningSettings,
  warningSettingsFromJson,
  warningSettingsToJson,
} from "../../core/warnings";
import { type SettingValue, type WorkbookHost } from "../../host";

/**
 * The workbook setting holding the warning rules' switches and thresholds.
 *
 * @example
 * await host.getSetting(WARNING_SETTINGS_KEY);
 */
export const WARNING_SETTINGS_KEY = "creditkit.warnings";

/**
 * The settings stored in the workbook, the defaults when there are none, or why the stored ones cannot be
 * used (`warningSettingsInvalid`, `warningRuleUnknown`, the `warningThreshold…` errors): a team's checks are
 * never silently replaced by the defaults. Text holding JSON (a hand-edited setting) is read as that JSON.
 *
 * @example
 * const settings = await loadWarningSettings(host);
 * if (!isCreditError(settings)) settings.rules["veto-late"].thresholds.days; // 10 unless the team changed it
 */
export async function loadWarningSettings(host: WorkbookHost): Promise<WarningSettings | CreditError> {
  const stored = await host.getSetting(WARNING_SETTINGS_KEY);
  if (stored === undefined || stored === null) return defaultWarningSettings();
  if (typeof stored !== "string") return warningSettingsFromJson(stored);
  try {
    return warningSettingsFromJson(JSON.parse(stored) as unknown);
  } catch {
    return creditError("#VALUE!", "warningSettingsInvalid", { path: "settings" });
  }
}

/**
 * Stores the settings in the workbook (every rule and threshold written out).
 *
 * @example
 * await saveWarningSettings(host, withRuleEnabled(settings, "concentration", false));
 */
export async function saveWarningSettings(host: WorkbookHost, settings: WarningSettings): Promise<void> {
  await host.setSetting(WARNING_SETTINGS_KEY, warningSettingsToJson(settings) as unknown as SettingValue);
}
