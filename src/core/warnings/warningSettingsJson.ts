import { type CreditError, creditError, isCreditError } from "../errors";
import { isWarningRuleId, WARNING_RULE_IDS, type WarningRuleId } from "./warningRuleId";
import {
  checkWarningSettings,
  defaultWarningSettings,
  type WarningRuleSettings,
  type WarningSettings,
} from "./warningSettings";

/**
 * The version of {@link WarningSettingsJson}; a workbook saved by a later CreditKit with another layout is
 * refused rather than misread.
 *
 * @example
 * warningSettingsToJson(defaultWarningSettings()).version === WARNING_SETTINGS_VERSION; // true
 */
export const WARNING_SETTINGS_VERSION = 1;

/**
 * Warning settings as a plain JSON object, the form stored in the workbook.
 *
 * @example
 * const json: WarningSettingsJson = { version: 1, rules: { "veto-late": { enabled: true, thresholds: { days: 10 } } } };
 */
export interface WarningSettingsJson {
  readonly version: number;
  readonly rules: Readonly<
    Record<string, { readonly enabled: boolean; readonly thresholds: Readonly<Record<string, number>> }>
  >;
}

/**
 * The settings as a plain JSON object with every rule and threshold written out, in the order of DESIGN
 * §3.9, so the stored text reads like the rule list.
 *
 * @example
 * JSON.stringify(warningSettingsToJson(defaultWarningSettings())).startsWith('{"version":1,"rules":{"over-limit"'); // true
 */
export function warningSettingsToJson(settings: WarningSettings): WarningSettingsJson {
  const rules = Object.fromEntries(
    WARNING_RULE_IDS.map((id) => {
      const own = settings.rules[id];
      return [id, { enabled: own.enabled, thresholds: { ...own.thresholds } }];
    }),
  );
  return { version: WARNING_SETTINGS_VERSION, rules };
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const invalid = (path: string): CreditError => creditError("#VALUE!", "warningSettingsInvalid", { path });

function ruleFromJson(
  id: WarningRuleId,
  json: unknown,
  defaults: WarningRuleSettings,
): WarningRuleSettings | CreditError {
  const path = `settings.rules.${id}`;
  if (!isObject(json)) return invalid(path);
  for (const key of Object.keys(json)) {
    if (key !== "enabled" && key !== "thresholds") return invalid(`${path}.${key}`);
  }
  const enabled = json.enabled ?? defaults.enabled;
  if (typeof enabled !== "boolean") return invalid(`${path}.enabled`);
  const thresholds = json.thresholds ?? {};
  if (!isObject(thresholds)) return invalid(`${path}.thresholds`);
  // Values are checked with the rule's ranges afterwards; only their being numbers is a matter of layout.
  return {
    enabled,
    thresholds: { ...defaults.thresholds, ...(thresholds as Readonly<Record<string, number>>) },
  };
}

/**
 * Reads settings stored in a workbook. Rules and thresholds left out take their defaults (a workbook saved
 * before a rule existed gets it switched on); anything else that is not understood is refused, naming where:
 * an unknown rule id (`warningRuleUnknown`), an unknown threshold or a bad value (the `warningThreshold…`
 * errors, naming the rule and the threshold), or a wrong layout or version (`warningSettingsInvalid`).
 *
 * @example
 * const settings = warningSettingsFromJson({ version: 1, rules: { concentration: { enabled: false } } });
 * if (!isCreditError(settings)) settings.rules.concentration.enabled; // false
 * warningSettingsFromJson({ rules: { "over-limt": {} } }); // CreditError warningRuleUnknown { rule: "over-limt" }
 */
export function warningSettingsFromJson(json: unknown): WarningSettings | CreditError {
  if (!isObject(json)) return invalid("settings");
  for (const key of Object.keys(json)) {
    if (key !== "version" && key !== "rules") return invalid(`settings.${key}`);
  }
  if (json.version !== undefined && json.version !== WARNING_SETTINGS_VERSION)
    return invalid("settings.version");
  const rulesJson = json.rules ?? {};
  if (!isObject(rulesJson)) return invalid("settings.rules");
  const defaults = defaultWarningSettings().rules;
  const rules: Record<string, WarningRuleSettings> = { ...defaults };
  for (const [id, ruleJson] of Object.entries(rulesJson)) {
    if (!isWarningRuleId(id)) return creditError("#VALUE!", "warningRuleUnknown", { rule: id });
    const own = ruleFromJson(id, ruleJson, defaults[id]);
    if (isCreditError(own)) return own;
    rules[id] = own;
  }
  const settings: WarningSettings = { rules: rules as Record<WarningRuleId, WarningRuleSettings> };
  return checkWarningSettings(settings) ?? settings;
}
