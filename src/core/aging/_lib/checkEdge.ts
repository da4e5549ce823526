import { creditError, type CreditError } from "../../errors";

/**
 * Why one bucket edge is unusable, or `undefined` when it is fine. `item` is the edge as the user wrote it,
 * so the message quotes their text rather than a reformatted number.
 *
 * @example
 * edgeProblem(60, 30, 2, "60"); // undefined
 * edgeProblem(30, 60, 2, "30"); // #VALUE! bucketEdgesNotAscending
 */
export function edgeProblem(
  edge: number,
  previous: number | undefined,
  position: number,
  item: string,
): CreditError | undefined {
  if (!Number.isSafeInteger(edge)) {
    return creditError("#VALUE!", "bucketEdgeNotWholeDays", { position, item });
  }
  if (edge <= 0) return creditError("#VALUE!", "bucketEdgeNotPositive", { position, item });
  if (previous !== undefined && edge <= previous) {
    return creditError("#VALUE!", "bucketEdgesNotAscending", { position, item, previous });
  }
  return undefined;
}
