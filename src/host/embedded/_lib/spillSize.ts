import { type AgingBasis, bucketCount } from "../../../core/aging";
import { isCreditError } from "../../../core/errors";
import { choiceArg } from "../../../functions/args";
import { bucketsArg } from "../../../functions/catalog/aging";
import { type ResultSize } from "../engineContext";
import { type AstNode } from "./hfInternals";
import { literalArgument } from "./literalArgument";

const ONE_CELL: ResultSize = { width: 1, height: 1 };
const BASES: readonly AgingBasis[] = ["due", "invoice"];

/** Size of an argument as HyperFormula predicts it (a range's size, an array constant's size). */
export type ArgumentSize = (index: number) => ResultSize;

/** `CREDIT.AGING`: two rows (labels, sums), one column per bucket of the literal `buckets`/`basis`. */
function agingSize(args: readonly AstNode[]): ResultSize {
  const buckets = literalArgument(args[3]);
  const basis = literalArgument(args[4]);
  const edges = bucketsArg(buckets.known ? buckets.value : null);
  const chosen = basis.known ? choiceArg(basis.value, "basis", BASES, "due") : "due";
  // An invalid literal makes the result one error cell, as in Excel.
  if (isCreditError(edges) || isCreditError(chosen)) return ONE_CELL;
  return { width: bucketCount(edges, chosen), height: 2 };
}

/**
 * The size a spilling CREDIT function's result will have, predicted from its arguments as written
 * (HyperFormula reserves the cells before evaluating anything):
 * - LIMITS: 2 × 5 (labels, amounts), always;
 * - AGING: 2 × bucket count, from literal `buckets` and `basis` (omitted → 30,60,90,120 on the due
 *   basis → 6 columns); a reference there is assumed to hold the defaults until evaluated;
 * - ROLLRATES: 1 × (columns of `history` − 1): one loss rate per bucket, the write-off column has none;
 * - CORE, ABC: the shape of `sales`; WOE: the shape of `goods`.
 * The workbook corrects a wrong guess: the function records the size it really produced and the
 * formula is entered again (see `CreditEngineContext`).
 *
 * @example
 * predictSpillSize("LIMITS", [], () => ({ width: 1, height: 1 })); // { width: 5, height: 2 }
 */
export function predictSpillSize(
  id: string,
  args: readonly AstNode[],
  argumentSize: ArgumentSize,
): ResultSize {
  switch (id) {
    case "LIMITS":
      return { width: 5, height: 2 };
    case "AGING":
      return agingSize(args);
    case "ROLLRATES": {
      const history = argumentSize(0);
      return { width: Math.max(1, history.width - 1), height: 1 };
    }
    case "CORE":
    case "ABC":
    case "WOE": {
      const list = argumentSize(0);
      return { width: Math.max(1, list.width), height: Math.max(1, list.height) };
    }
    default:
      return ONE_CELL;
  }
}
