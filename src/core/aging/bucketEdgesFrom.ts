import { creditError, type CreditError } from "../errors";
import { brandEdges } from "./_lib/brandEdges";
import { edgeProblem } from "./_lib/checkEdge";
import { MAX_BUCKET_EDGES, type BucketEdges } from "./types";

/**
 * Checks a list of bucket edges in days: positive whole numbers, strictly ascending, 1 to
 * {@link MAX_BUCKET_EDGES} of them. The first offending edge is named in the error.
 *
 * @example
 * bucketEdgesFrom([30, 60, 90, 120]); // [30, 60, 90, 120] as BucketEdges
 * bucketEdgesFrom([30, 30]); // #VALUE! bucketEdgesNotAscending { position: 2, item: "30", previous: 30 }
 */
export function bucketEdgesFrom(list: readonly number[]): BucketEdges | CreditError {
  if (list.length === 0) return creditError("#VALUE!", "bucketEdgesEmpty");
  if (list.length > MAX_BUCKET_EDGES) {
    return creditError("#VALUE!", "bucketEdgesTooMany", { count: list.length, max: MAX_BUCKET_EDGES });
  }
  let previous: number | undefined;
  for (let i = 0; i < list.length; i++) {
    const edge = list[i] as number;
    const problem = edgeProblem(edge, previous, i + 1, String(edge));
    if (problem) return problem;
    previous = edge;
  }
  // A frozen copy: the caller's array may change later, the checked edges must not.
  return brandEdges(list.slice());
}
