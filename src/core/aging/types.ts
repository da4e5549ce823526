/**
 * Which date an open item's age counts from: its due date (days past due, the default) or its invoice date
 * (days since invoice).
 *
 * @example
 * const basis: AgingBasis = "due";
 */
export type AgingBasis = "due" | "invoice";

declare const checkedEdges: unique symbol;

/**
 * Bucket edges in days, positive whole numbers in strictly ascending order (e.g. 30, 60, 90, 120).
 *
 * Only {@link bucketEdgesFrom}, {@link parseBucketEdges} and {@link DEFAULT_BUCKET_EDGES} produce this type, so
 * the per-row hot path ({@link bucketIndex}, {@link agingTotals}) can trust the edges without re-checking them.
 *
 * @example
 * const edges = parseBucketEdges("30,60,90,120"); // BucketEdges | CreditError
 */
export type BucketEdges = readonly number[] & { readonly [checkedEdges]: true };

/**
 * Most edges a bucket set may have; more columns than this no longer make a readable aging report.
 *
 * @example
 * bucketEdgesFrom(Array.from({ length: MAX_BUCKET_EDGES + 1 }, (_, i) => (i + 1) * 30)); // #VALUE!
 */
export const MAX_BUCKET_EDGES = 20;
