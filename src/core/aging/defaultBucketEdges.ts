import { brandEdges } from "./_lib/brandEdges";
import type { BucketEdges } from "./types";

/**
 * The default edges `30,60,90,120` (the ERPNext-style aging columns).
 *
 * @example
 * bucketLabels(DEFAULT_BUCKET_EDGES, "due").map(bucketLabelText);
 * // ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"]
 */
export const DEFAULT_BUCKET_EDGES: BucketEdges = brandEdges([30, 60, 90, 120]);
