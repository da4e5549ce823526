import { creditError, type CreditError } from "../errors";
import { bucketOf } from "./_lib/bucketOf";
import type { AgingBasis, BucketEdges } from "./types";

/**
 * Which bucket an age in days falls into, numbered like {@link bucketLabels}. Due basis: age ≤ 0 → 0 (`Not due`),
 * 1–30 → 1, 31–60 → 2, …, beyond the last edge → the last bucket. Invoice basis: age ≤ first edge → 0, including
 * future-dated items (negative ages), and so on.
 *
 * @example
 * bucketIndex(30, DEFAULT_BUCKET_EDGES, "due"); // 1  ("1-30")
 * bucketIndex(31, DEFAULT_BUCKET_EDGES, "due"); // 2  ("31-60")
 * bucketIndex(-5, DEFAULT_BUCKET_EDGES, "invoice"); // 0  ("0-30")
 */
export function bucketIndex(ageDays: number, edges: BucketEdges, basis: AgingBasis): number | CreditError {
  if (!Number.isFinite(ageDays)) return creditError("#VALUE!", "numberNotFinite", { arg: "ageDays" });
  return bucketOf(ageDays, edges, basis);
}
