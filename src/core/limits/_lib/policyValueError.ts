import { type CreditError, creditError } from "../../errors";

/** The fields a policy validates, and how: pct in [0, 10], positive, or not negative. */
export type PolicyRule = "pct" | "positive" | "notNegative";

/** Largest cap percentage accepted, as a fraction (10 = 1000 %). */
const MAX_PCT = 10;

/** The refusal for a policy value that breaks its rule, naming `key`; `null` when it is fine. */
export function policyValueError(key: string, value: number, rule: PolicyRule): CreditError | null {
  if (!Number.isFinite(value))
    return creditError("#VALUE!", "policyValueNotANumber", { key, value: String(value) });
  if (rule === "pct" && !(value >= 0 && value <= MAX_PCT)) {
    return creditError("#VALUE!", "outOfRange", { arg: key, value, min: 0, max: MAX_PCT });
  }
  if (rule === "positive" && !(value > 0)) return creditError("#VALUE!", "notPositive", { arg: key, value });
  if (rule === "notNegative" && value < 0)
    return creditError("#VALUE!", "negativeValue", { arg: key, value });
  return null;
}
