import type { BucketEdges } from "../types";

/**
 * Marks edges that have passed the checks as {@link BucketEdges}, frozen so they cannot change afterwards.
 * The only place the brand is applied.
 *
 * @example
 * brandEdges([30, 60, 90, 120]); // BucketEdges
 */
export function brandEdges(checked: number[]): BucketEdges {
  return Object.freeze(checked) as BucketEdges;
}
