import { creditError, type CreditError } from "../errors";
import { woeCell } from "./_lib/woeCell";

/**
 * Weight of evidence and information value of one bin.
 *
 * @example
 * const bin: WoeBin = { goodShare: 0.5, badShare: 0.25, woe: 0.693, ivContribution: 0.173, adjusted: false };
 */
export interface WoeBin {
  /** The bin's goods as a share of all goods (after the zero-cell adjustment when `adjusted`). */
  readonly goodShare: number;
  /** The bin's bads as a share of all bads (after the zero-cell adjustment when `adjusted`). */
  readonly badShare: number;
  /** ln(goodShare / badShare): above 0 the bin is better than average, below 0 worse. */
  readonly woe: number;
  /** (goodShare − badShare) · WOE, never negative; the contributions add up to the information value. */
  readonly ivContribution: number;
  /** True when the bin had no goods or no bads and counts 0.5 of each more. */
  readonly adjusted: boolean;
}

/**
 * WOE per bin and information value of a characteristic.
 *
 * @example
 * const woe: WeightOfEvidence = { bins: [], iv: 0.0953 };
 */
export interface WeightOfEvidence {
  readonly bins: readonly WoeBin[];
  readonly iv: number;
}

/**
 * Weight of evidence per bin, WOE = ln(%good / %bad) (DESIGN §3.7: positive for bins better than average),
 * and the information value IV = Σ (%good − %bad) · WOE, from the goods and bads counted in each bin.
 *
 * Zero cells: a bin with no goods or no bads would have an infinite WOE. It counts 0.5 more goods and 0.5
 * more bads in its own shares (the Haldane–Anscombe correction); the totals, and so every other bin, stay as
 * counted, and the bin is marked `adjusted`. A bin with neither goods nor bads gets WOE ln(total bads / total
 * goods).
 *
 * @example
 * // goods 50 / 50, bads 10 / 30: %good 0.5 / 0.5, %bad 0.25 / 0.75
 * weightOfEvidence([50, 50], [10, 30]);
 * // WOE ln 2 = 0.6931 and ln(2/3) = −0.4055; IV 0.25·0.6931 + 0.25·0.4055 = 0.2747
 */
export function weightOfEvidence(
  goods: readonly number[],
  bads: readonly number[],
): WeightOfEvidence | CreditError {
  if (goods.length !== bads.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "bads",
      actual: bads.length,
      other: "goods",
      expected: goods.length,
    });
  }
  if (goods.length === 0) return creditError("#VALUE!", "listEmpty", { arg: "goods" });
  const problem = checkCounts("goods", goods) ?? checkCounts("bads", bads);
  if (problem) return problem;
  const totalGoods = goods.reduce((sum, g) => sum + g, 0);
  const totalBads = bads.reduce((sum, b) => sum + b, 0);
  if (totalGoods === 0) return creditError("#DIV/0!", "totalZero", { arg: "goods" });
  if (totalBads === 0) return creditError("#DIV/0!", "totalZero", { arg: "bads" });
  const bins = goods.map((g, i) => woeCell(g, bads[i] as number, totalGoods, totalBads));
  return { bins, iv: bins.reduce((sum, b) => sum + b.ivContribution, 0) };
}

function checkCounts(arg: string, counts: readonly number[]): CreditError | undefined {
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (!Number.isFinite(count)) return creditError("#VALUE!", "listValueNotANumber", { arg, index: i + 1 });
    if (count < 0) return creditError("#VALUE!", "itemNegative", { arg, position: i + 1 });
  }
  return undefined;
}
