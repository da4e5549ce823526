/**
 * Thresholds as the rule list shows and takes them: shares as percentages (80 for 0.8, as credit
 * controllers say "80 %"), days, months, years and scores as they are. A typed value is checked by the
 * core's own rule (`withThreshold`), so the pane accepts exactly what the checks accept; its refusal is
 * turned into a message in the units the user typed.
 */
import { isCreditError } from "../../../../core/errors";
import { parseNumberText } from "../../../../core/numbers";
import {
  type ThresholdDefinition,
  type WarningRuleId,
  type WarningSettings,
  warningRule,
  withThreshold,
} from "../../../../core/warnings";

/**
 * A stored threshold as the input shows it: a share as a percentage, without floating-point noise.
 *
 * @example
 * thresholdDisplay({ unit: "share" } as ThresholdDefinition, 0.8); // "80"
 */
export function thresholdDisplay(definition: ThresholdDefinition, value: number): string {
  const shown = definition.unit === "share" ? value * 100 : value;
  return String(Number(shown.toPrecision(12)));
}

/** Why a typed threshold cannot be used: a message key of `warningsView.rules` and its parameters. */
export interface ThresholdProblem {
  readonly key: "invalidNumber" | "invalidRange" | "invalidWhole" | "invalidOrder";
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The settings with a typed threshold, or why it cannot be used. A share may be typed with or without
 * its percent sign ("75" or "75%").
 *
 * @example
 * typedThreshold(settings, "near-limit", "low", "75"); // settings with near-limit's low band at 0.75
 * typedThreshold(settings, "near-limit", "low", "120"); // { key: "invalidRange", params: { min: "0", max: "100" } }
 */
export function typedThreshold(
  settings: WarningSettings,
  rule: WarningRuleId,
  name: string,
  text: string,
): WarningSettings | ThresholdProblem {
  const definition = warningRule(rule).thresholds.find((t) => t.name === name);
  if (definition === undefined) return { key: "invalidNumber", params: {} };
  const share = definition.unit === "share";
  const typed = parseNumberText(share ? text.replace(/[%％]\s*$/, "") : text);
  if (typed === null || !Number.isFinite(typed)) return { key: "invalidNumber", params: {} };
  const value = share ? Number((typed / 100).toPrecision(12)) : typed;
  const next = withThreshold(settings, rule, name, value);
  if (!isCreditError(next)) return next;
  if (next.id === "warningThresholdNotWhole") return { key: "invalidWhole", params: {} };
  if (next.id === "warningThresholdOrder") {
    const other = warningRule(rule).thresholds.find((t) => t.name === definition.notBelow);
    return { key: "invalidOrder", params: { other: other?.label ?? "" } };
  }
  return {
    key: "invalidRange",
    params: {
      min: thresholdDisplay(definition, definition.min),
      max: thresholdDisplay(definition, definition.max),
    },
  };
}
