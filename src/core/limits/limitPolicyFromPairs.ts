import { type CreditError, creditError } from "../errors";
import { DEFAULT_LIMIT_POLICY, type LimitPolicy } from "./limitPolicy";
import { parsePolicyNumber } from "./_lib/parsePolicyNumber";
import { type PolicyRule, policyValueError } from "./_lib/policyValueError";

type ScalarField = "netWorthPct" | "workingCapitalPct" | "roundTo" | "daysPerMonth";

const SCALAR_KEYS: Readonly<Record<string, readonly [ScalarField, PolicyRule]>> = {
  net_worth_pct: ["netWorthPct", "pct"],
  working_capital_pct: ["workingCapitalPct", "pct"],
  round_to: ["roundTo", "positive"],
  days_per_month: ["daysPerMonth", "positive"],
};

const MULTIPLIER_PREFIX = "multiplier_";

/**
 * Builds a credit-limit policy from (key, value) rows, e.g. a two-column range in the workbook.
 *
 * Keys (case-insensitive): `multiplier_<grade>` for any grade label (`multiplier_A`, `multiplier_AAA`),
 * `net_worth_pct`, `working_capital_pct` (fractions in [0, 10]), `round_to` (> 0), `days_per_month` (> 0).
 * Multipliers must be ≥ 0. Values may be numbers, numeric text or percentages (`"10%"`). Keys not given keep
 * the {@link DEFAULT_LIMIT_POLICY} value, multipliers included; rows with an empty key (blank rows) are
 * skipped.
 *
 * @returns The policy, or `#VALUE!` naming the key that is unknown, given twice or has a bad value.
 *
 * @example
 * limitPolicyFromPairs([["multiplier_C", 0.4], ["round_to", "5000"], ["net_worth_pct", "15%"]]);
 * // { multipliers: { A: 1.2, B: 1, C: 0.4, D: 0 }, netWorthPct: 0.15, workingCapitalPct: 0.1,
 * //   roundTo: 5000, daysPerMonth: 30 }
 */
export function limitPolicyFromPairs(
  pairs: readonly (readonly [key: string, value: number | string])[],
): LimitPolicy | CreditError {
  const multipliers: Record<string, number> = { ...DEFAULT_LIMIT_POLICY.multipliers };
  const policy: { -readonly [K in keyof LimitPolicy]: LimitPolicy[K] } = { ...DEFAULT_LIMIT_POLICY };
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of pairs) {
    const key = rawKey.trim();
    if (key === "") continue;
    const normalised = key.toLowerCase();
    if (seen.has(normalised)) return creditError("#VALUE!", "policyKeyDuplicate", { key });
    seen.add(normalised);
    const grade = normalised.startsWith(MULTIPLIER_PREFIX)
      ? key.slice(MULTIPLIER_PREFIX.length).trim().toUpperCase()
      : "";
    const scalar = Object.hasOwn(SCALAR_KEYS, normalised) ? SCALAR_KEYS[normalised] : undefined;
    if (grade === "" && scalar === undefined) return creditError("#VALUE!", "policyKeyUnknown", { key });
    const value = parsePolicyNumber(rawValue);
    if (Number.isNaN(value)) {
      return creditError("#VALUE!", "policyValueNotANumber", { key, value: String(rawValue) });
    }
    if (grade !== "") {
      const invalid = policyValueError(key, value, "notNegative");
      if (invalid !== null) return invalid;
      multipliers[grade] = value;
      continue;
    }
    const [field, rule] = scalar as readonly [ScalarField, PolicyRule];
    const invalid = policyValueError(key, value, rule);
    if (invalid !== null) return invalid;
    policy[field] = value;
  }
  return Object.freeze({ ...policy, multipliers: Object.freeze(multipliers) });
}
