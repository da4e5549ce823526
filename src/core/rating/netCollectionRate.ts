import { type CreditError, creditError } from "../errors";

/**
 * Net collection rate: (collected − claims paid out) / amount due, as a fraction (0.95 = 95 %).
 *
 * Claims are deducted because money handed back for quality claims was never really collected.
 * The rate may be negative when claims exceed collections; that grades D like any rate below 90 %.
 *
 * @param collected - Amount collected in the period (≥ 0).
 * @param due - Amount that fell due in the period (> 0).
 * @param claims - Claims paid out to the customer in the period (≥ 0, default 0).
 * @returns The rate, or `#DIV/0!` when `due` is 0, `#VALUE!` when `due` is negative or an amount is invalid.
 *
 * @example
 * netCollectionRate(96_000, 100_000, 1_000); // (96,000 − 1,000) / 100,000 = 0.95
 * netCollectionRate(50, 0); // CreditError #DIV/0! divisionByZero
 */
export function netCollectionRate(collected: number, due: number, claims = 0): number | CreditError {
  if (!Number.isFinite(collected)) return creditError("#VALUE!", "notANumber", { arg: "collected" });
  if (!Number.isFinite(due)) return creditError("#VALUE!", "notANumber", { arg: "due" });
  if (!Number.isFinite(claims)) return creditError("#VALUE!", "notANumber", { arg: "claims" });
  if (collected < 0) return creditError("#VALUE!", "negativeValue", { arg: "collected", value: collected });
  if (claims < 0) return creditError("#VALUE!", "negativeValue", { arg: "claims", value: claims });
  if (due === 0) return creditError("#DIV/0!", "divisionByZero", { arg: "due" });
  if (due < 0) return creditError("#VALUE!", "notPositive", { arg: "due", value: due });
  const rate = (collected - claims) / due;
  // A tiny positive `due` can overflow the quotient; never hand Infinity to a cell.
  if (!Number.isFinite(rate)) return creditError("#NUM!", "numberTooLarge");
  return rate;
}
