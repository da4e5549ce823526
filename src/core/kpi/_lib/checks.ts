import { creditError, type CreditError } from "../../errors";

/**
 * `#VALUE!` unless `value` is a finite number.
 *
 * @example
 * finite("days", Number.NaN); // #VALUE! numberNotFinite { arg: "days" }
 */
export function finite(arg: string, value: number): CreditError | undefined {
  return Number.isFinite(value) ? undefined : creditError("#VALUE!", "numberNotFinite", { arg });
}

/**
 * `#VALUE!` unless `value` is a finite number ≥ 0 (receivables and sales are never negative in these ratios).
 *
 * @example
 * nonNegative("creditSales", -1); // #VALUE! numberNegative { arg: "creditSales" }
 */
export function nonNegative(arg: string, value: number): CreditError | undefined {
  return finite(arg, value) ?? (value < 0 ? creditError("#VALUE!", "numberNegative", { arg }) : undefined);
}

/**
 * `#VALUE!` unless `value` is a finite number > 0.
 *
 * @example
 * positive("days", 0); // #VALUE! numberNotPositive { arg: "days" }
 */
export function positive(arg: string, value: number): CreditError | undefined {
  return finite(arg, value) ?? (value > 0 ? undefined : creditError("#VALUE!", "numberNotPositive", { arg }));
}

/**
 * `#NUM!` when a result overflowed (e.g. receivables divided by a tiny sales figure).
 *
 * @example
 * finiteResult(1e308 * 10); // #NUM! numberTooLarge
 */
export function finiteResult(value: number): number | CreditError {
  return Number.isFinite(value) ? value : creditError("#NUM!", "numberTooLarge");
}
