import { type CreditError, creditError } from "../errors";

/**
 * Credit utilisation: exposure / limit (1 = fully used, above 1 = over limit).
 *
 * Exposure is open receivables plus open orders where known; it may be negative (a credit balance).
 *
 * @returns The ratio; `#DIV/0!` when the limit is 0 (no credit granted), `#VALUE!` when it is negative.
 *
 * @example
 * utilisation(45_000, 50_000); // 0.9
 * utilisation(1_000, 0); // CreditError #DIV/0! divisionByZero
 */
export function utilisation(exposure: number, limit: number): number | CreditError {
  if (!Number.isFinite(exposure)) return creditError("#VALUE!", "notANumber", { arg: "exposure" });
  if (!Number.isFinite(limit)) return creditError("#VALUE!", "notANumber", { arg: "limit" });
  if (limit === 0) return creditError("#DIV/0!", "divisionByZero", { arg: "limit" });
  if (limit < 0) return creditError("#VALUE!", "negativeValue", { arg: "limit", value: limit });
  const ratio = exposure / limit;
  if (!Number.isFinite(ratio)) return creditError("#NUM!", "numberTooLarge");
  return ratio;
}
