import { creditError, type CreditError } from "../errors";
import { brandEdges } from "./_lib/brandEdges";
import { edgeProblem } from "./_lib/checkEdge";
import { MAX_BUCKET_EDGES, type BucketEdges } from "./types";

// Users type edges with whatever their keyboard gives: ASCII or full-width commas and semicolons,
// the Chinese enumeration comma, spaces.
const SEPARATORS = /[\s,;，；、]+/u;
const FULL_WIDTH_DIGITS = /[０-９]/gu;
const NUMBER_TEXT = /^[+-]?\d+(?:\.\d+)?$/u;

/**
 * Reads bucket edges typed as text, e.g. `"30,60,90,120"`, `"30 60 90"`, `"30，60；90"`. Empty items (a trailing
 * comma) are ignored; each remaining item must be a positive whole number of days, in strictly ascending order.
 *
 * @example
 * parseBucketEdges("30, 60, 90, 120"); // [30, 60, 90, 120] as BucketEdges
 * parseBucketEdges("30,sixty"); // #VALUE! bucketEdgeNotWholeDays { position: 2, item: "sixty" }
 */
export function parseBucketEdges(text: string): BucketEdges | CreditError {
  const items = text
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .split(SEPARATORS)
    .filter((item) => item !== "");
  if (items.length === 0) return creditError("#VALUE!", "bucketEdgesEmpty");
  if (items.length > MAX_BUCKET_EDGES) {
    return creditError("#VALUE!", "bucketEdgesTooMany", { count: items.length, max: MAX_BUCKET_EDGES });
  }
  const edges: number[] = [];
  let previous: number | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as string;
    const edge = NUMBER_TEXT.test(item) ? Number(item) : Number.NaN;
    const problem = edgeProblem(edge, previous, i + 1, item);
    if (problem) return problem;
    edges.push(edge);
    previous = edge;
  }
  return brandEdges(edges);
}
