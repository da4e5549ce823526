import { type BucketLabel } from "../../aging";
import { roundHalfAwayFromZero } from "../../money";
import { type ProvisionMatrix } from "../agingResult";
import { minorToAmount } from "./minorToAmount";

/**
 * The provision matrix of one currency from its bucket sums in minor units: each provision is balance × rate
 * rounded half away from zero to the minor unit, and the total is the sum of those rounded rows, so the
 * report's column adds up.
 *
 * @example
 * provisionMatrix("USD", 2, [{ key: "notDue" }], [100000], [0.005]); // rows [{ balance: 1000, lossRate: 0.005, provision: 5 }], total 5
 */
export function provisionMatrix(
  currency: string,
  decimals: number,
  labels: readonly BucketLabel[],
  bucketMinor: readonly number[],
  lossRates: readonly number[],
): ProvisionMatrix {
  let totalMinor = 0;
  const rows = labels.map((bucket, b) => {
    const balance = bucketMinor[b] ?? 0;
    const lossRate = lossRates[b] ?? 0;
    const rounded = roundHalfAwayFromZero(balance * lossRate, 0);
    const provisionMinor = typeof rounded === "number" ? rounded : 0;
    totalMinor += provisionMinor;
    return {
      bucket,
      balance: minorToAmount(balance, decimals),
      lossRate,
      provision: minorToAmount(provisionMinor, decimals),
    };
  });
  return { currency, rows, total: minorToAmount(totalMinor, decimals) };
}
