import { type AgingBasis, type BucketEdges, bucketLabels } from "../aging";

/**
 * Placeholder loss rates of the IFRS 9 provision matrix, by the first day past due of a bucket: not due 0.5 %,
 * up to 30 days 2 %, up to 60 days 5 %, up to 90 days 10 %, up to 120 days 25 %, beyond 50 %. They are a
 * starting point to edit, not a policy: IFRS 9 wants rates from the company's own history (roll rates, see
 * `rollRateLossRates`) adjusted for forward-looking information.
 *
 * @example
 * PLACEHOLDER_LOSS_RATE_STEPS[0]; // { upToDay: 0, rate: 0.005 }
 */
export const PLACEHOLDER_LOSS_RATE_STEPS: readonly { readonly upToDay: number; readonly rate: number }[] = [
  { upToDay: 0, rate: 0.005 },
  { upToDay: 30, rate: 0.02 },
  { upToDay: 60, rate: 0.05 },
  { upToDay: 90, rate: 0.1 },
  { upToDay: 120, rate: 0.25 },
  { upToDay: Number.POSITIVE_INFINITY, rate: 0.5 },
];

function rateFromDay(day: number): number {
  const step = PLACEHOLDER_LOSS_RATE_STEPS.find((s) => day <= s.upToDay);
  return step?.rate ?? 0.5;
}

/**
 * Placeholder loss rates for any bucket edges, one per bucket: each bucket takes the rate of its first day
 * (see {@link PLACEHOLDER_LOSS_RATE_STEPS}). On the invoice basis the youngest bucket counts as not due, since
 * items younger than usual terms mostly are; older buckets are read as days past due. Edit them.
 *
 * @example
 * defaultLossRates(DEFAULT_BUCKET_EDGES, "due"); // [0.005, 0.02, 0.05, 0.1, 0.25, 0.5]
 * defaultLossRates(DEFAULT_BUCKET_EDGES, "invoice"); // [0.005, 0.05, 0.1, 0.25, 0.5]
 */
export function defaultLossRates(edges: BucketEdges, basis: AgingBasis): number[] {
  return bucketLabels(edges, basis).map((label, index) => {
    if (label.key === "notDue" || index === 0) return rateFromDay(0);
    return rateFromDay(label.from);
  });
}
