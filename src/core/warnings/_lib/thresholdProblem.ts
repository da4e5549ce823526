import { type CreditError, creditError } from "../../errors";
import { type WarningRuleDefinition } from "../warningRules";

/**
 * Why a rule's thresholds cannot be used, or `undefined` when they can: an unknown name, a value that is not
 * a number in the threshold's range, a fraction where whole days or months are meant, or a band set below
 * the one it must not undercut (near-limit's medium below its low). Missing thresholds take their defaults
 * before this is asked, so every name of the definition is present.
 *
 * @example
 * thresholdProblem(warningRule("veto-late"), { days: -1 })?.id; // "warningThresholdInvalid"
 */
export function thresholdProblem(
  rule: WarningRuleDefinition,
  thresholds: Readonly<Record<string, unknown>>,
): CreditError | undefined {
  for (const name of Object.keys(thresholds)) {
    if (!rule.thresholds.some((t) => t.name === name)) {
      return creditError("#VALUE!", "warningThresholdUnknown", { rule: rule.id, threshold: name });
    }
  }
  for (const definition of rule.thresholds) {
    const value = thresholds[definition.name];
    const params = { rule: rule.id, threshold: definition.name };
    if (
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      value < definition.min ||
      value > definition.max
    ) {
      return creditError("#VALUE!", "warningThresholdInvalid", {
        ...params,
        value: typeof value === "number" ? value : String(value),
        min: definition.min,
        max: definition.max,
      });
    }
    if (definition.integer && !Number.isInteger(value)) {
      return creditError("#VALUE!", "warningThresholdNotWhole", { ...params, value });
    }
  }
  for (const definition of rule.thresholds) {
    const other = definition.notBelow;
    if (other === undefined) continue;
    const value = thresholds[definition.name] as number;
    const floor = thresholds[other] as number;
    if (value < floor) {
      return creditError("#VALUE!", "warningThresholdOrder", {
        rule: rule.id,
        threshold: definition.name,
        other,
      });
    }
  }
  return undefined;
}
