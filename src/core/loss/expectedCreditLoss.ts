import { creditError, type CreditError } from "../errors";

/**
 * Expected credit loss under the IFRS 9 simplified approach (provision matrix): Σ bucket balance × bucket
 * loss rate. Rates are fractions in [0, 1]. Balances are taken as given, so a bucket that nets to a credit
 * balance lowers the allowance, exactly as the matrix applied to the aging report's net bucket totals would.
 * The result is not rounded; reports round it for display.
 *
 * @example
 * // 100,000 not due at 0.5 %, 20,000 at 1–30 days at 3 %, 5,000 over 90 days at 50 %
 * expectedCreditLoss([100_000, 20_000, 5_000], [0.005, 0.03, 0.5]); // 500 + 600 + 2,500 = 3,600
 */
export function expectedCreditLoss(
  balances: readonly number[],
  lossRates: readonly number[],
): number | CreditError {
  if (balances.length === 0) return creditError("#VALUE!", "listEmpty", { arg: "balances" });
  if (lossRates.length !== balances.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "lossRates",
      other: "balances",
      actual: lossRates.length,
      expected: balances.length,
    });
  }
  let loss = 0;
  for (let i = 0; i < balances.length; i++) {
    const balance = balances[i] as number;
    const rate = lossRates[i] as number;
    if (!Number.isFinite(balance)) {
      return creditError("#VALUE!", "itemNotFinite", { arg: "balances", position: i + 1 });
    }
    if (!(rate >= 0 && rate <= 1)) {
      return creditError("#VALUE!", "rateOutOfRange", { arg: "lossRates", position: i + 1 });
    }
    loss += balance * rate;
  }
  return Number.isFinite(loss) ? loss : creditError("#NUM!", "numberTooLarge");
}
