import { type CreditError, creditError } from "../errors";
import { thresholdProblem } from "./_lib/thresholdProblem";
import { WARNING_RULE_IDS, type WarningRuleId } from "./warningRuleId";
import { WARNING_RULES, warningRule } from "./warningRules";

/**
 * One rule's settings: switched on or off, and the value of each of its thresholds by name.
 *
 * @example
 * const s: WarningRuleSettings = { enabled: true, thresholds: { low: 0.75, medium: 0.9 } };
 */
export interface WarningRuleSettings {
  readonly enabled: boolean;
  readonly thresholds: Readonly<Record<string, number>>;
}

/**
 * The team's warning checks: every rule's switch and thresholds. Stored in the workbook (as
 * `warningSettingsToJson` gives it) so everyone who opens it runs the same checks.
 *
 * @example
 * const settings = defaultWarningSettings();
 * settings.rules["veto-late"].thresholds.days; // 10
 */
export interface WarningSettings {
  readonly rules: Readonly<Record<WarningRuleId, WarningRuleSettings>>;
}

function defaultsOf(id: WarningRuleId): Record<string, number> {
  return Object.fromEntries(warningRule(id).thresholds.map((t) => [t.name, t.defaultValue]));
}

/**
 * Every rule on, with the thresholds of DESIGN §3.9.
 *
 * @example
 * defaultWarningSettings().rules["near-limit"]; // { enabled: true, thresholds: { low: 0.8, medium: 0.9 } }
 */
export function defaultWarningSettings(): WarningSettings {
  const rules = Object.fromEntries(
    WARNING_RULE_IDS.map((id) => [id, { enabled: true, thresholds: defaultsOf(id) }]),
  ) as Record<WarningRuleId, WarningRuleSettings>;
  return { rules };
}

/**
 * Why settings cannot be used, or `undefined`: a rule missing or with a switch that is not a boolean
 * (`warningSettingsInvalid`, naming where), or a threshold that is unknown, missing, out of range, not whole
 * or below the one it must not undercut (the `warningThreshold…` errors name the rule and the threshold).
 *
 * @example
 * const settings = defaultWarningSettings();
 * checkWarningSettings(settings); // undefined
 */
export function checkWarningSettings(settings: WarningSettings): CreditError | undefined {
  for (const rule of WARNING_RULES) {
    const own = (settings.rules as Partial<Record<string, WarningRuleSettings>>)[rule.id];
    if (own === undefined || typeof own !== "object" || own === null) {
      return creditError("#VALUE!", "warningSettingsInvalid", { path: `settings.rules.${rule.id}` });
    }
    if (typeof own.enabled !== "boolean") {
      return creditError("#VALUE!", "warningSettingsInvalid", { path: `settings.rules.${rule.id}.enabled` });
    }
    if (typeof own.thresholds !== "object" || own.thresholds === null) {
      return creditError("#VALUE!", "warningSettingsInvalid", {
        path: `settings.rules.${rule.id}.thresholds`,
      });
    }
    const problem = thresholdProblem(rule, own.thresholds);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The settings with one threshold changed, or the CreditError that names the rule and the threshold when the
 * value cannot be used (unknown name, out of range, not whole, below the band it must not undercut).
 *
 * @example
 * const settings = withThreshold(defaultWarningSettings(), "long-overdue", "days", 60);
 * if (!isCreditError(settings)) settings.rules["long-overdue"].thresholds.days; // 60
 */
export function withThreshold(
  settings: WarningSettings,
  rule: WarningRuleId,
  name: string,
  value: number,
): WarningSettings | CreditError {
  const own = settings.rules[rule];
  if (!warningRule(rule).thresholds.some((t) => t.name === name)) {
    return creditError("#VALUE!", "warningThresholdUnknown", { rule, threshold: name });
  }
  const thresholds = { ...own.thresholds, [name]: value };
  const problem = thresholdProblem(warningRule(rule), thresholds);
  if (problem) return problem;
  return { rules: { ...settings.rules, [rule]: { ...own, thresholds } } };
}

/**
 * The settings with one rule switched on or off. A rule switched off gives no results and is not listed as
 * not run: the team chose not to check it.
 *
 * @example
 * withRuleEnabled(defaultWarningSettings(), "concentration", false).rules.concentration.enabled; // false
 */
export function withRuleEnabled(
  settings: WarningSettings,
  rule: WarningRuleId,
  enabled: boolean,
): WarningSettings {
  return { rules: { ...settings.rules, [rule]: { ...settings.rules[rule], enabled } } };
}
