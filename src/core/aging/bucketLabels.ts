import type { AgingBasis, BucketEdges } from "./types";

/**
 * The heading of one aging bucket as data, so each language can word it: `notDue` (age ≤ 0 on the due basis),
 * a closed range of days `from`–`to`, or the open-ended oldest bucket `from`+.
 *
 * @example
 * const label: BucketLabel = { key: "range", from: 31, to: 60 }; // "31-60"
 */
export type BucketLabel =
  | { readonly key: "notDue" }
  | { readonly key: "range"; readonly from: number; readonly to: number }
  | { readonly key: "over"; readonly from: number };

/**
 * Number of buckets the edges make: one per edge plus the open-ended oldest bucket, plus `Not due` on the due
 * basis.
 *
 * @example
 * bucketCount(DEFAULT_BUCKET_EDGES, "due"); // 6
 * bucketCount(DEFAULT_BUCKET_EDGES, "invoice"); // 5
 */
export function bucketCount(edges: BucketEdges, basis: AgingBasis): number {
  return edges.length + (basis === "due" ? 2 : 1);
}

/**
 * The bucket headings for `edges`, youngest first, in the same order as {@link bucketIndex} numbers them.
 *
 * @example
 * bucketLabels(DEFAULT_BUCKET_EDGES, "invoice").map(bucketLabelText);
 * // ["0-30", "31-60", "61-90", "91-120", "121+"]
 */
export function bucketLabels(edges: BucketEdges, basis: AgingBasis): readonly BucketLabel[] {
  const labels: BucketLabel[] = [];
  // On the due basis day 0 is "Not due", so the first range starts at day 1; on the invoice basis it starts at 0.
  let from = 0;
  if (basis === "due") {
    labels.push({ key: "notDue" });
    from = 1;
  }
  for (const edge of edges) {
    labels.push({ key: "range", from, to: edge });
    from = edge + 1;
  }
  labels.push({ key: "over", from });
  return labels;
}
