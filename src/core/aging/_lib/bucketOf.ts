import type { AgingBasis } from "../types";

/**
 * Bucket number of an age, for the per-row hot path: no checks and no allocation. The edges must already be
 * checked (ascending, positive) and the age must not be NaN.
 *
 * @example
 * bucketOf(31, [30, 60, 90, 120], "due"); // 2
 */
export function bucketOf(ageDays: number, edges: readonly number[], basis: AgingBasis): number {
  const first = basis === "due" ? 1 : 0;
  if (basis === "due" && ageDays <= 0) return 0;
  for (let i = 0; i < edges.length; i++) {
    if (ageDays <= (edges[i] as number)) return first + i;
  }
  return first + edges.length;
}
