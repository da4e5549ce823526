/** What a zero count becomes in a bin that has no goods or no bads (see {@link woeCell}). */
export const ZERO_CELL_ADJUSTMENT = 0.5;

/** WOE and IV contribution of one bin, the zero-cell rule applied. */
export interface WoeCell {
  readonly goodShare: number;
  readonly badShare: number;
  readonly woe: number;
  readonly ivContribution: number;
  readonly adjusted: boolean;
}

/**
 * WOE = ln(%good / %bad) and IV contribution = (%good − %bad) · WOE of a bin with `goods` of `totalGoods` and
 * `bads` of `totalBads`. A bin with no goods or no bads would have an infinite WOE; such a bin counts 0.5
 * more goods and 0.5 more bads in its own shares (the Haldane–Anscombe correction), while the totals — and so
 * every other bin — stay as counted.
 */
export function woeCell(goods: number, bads: number, totalGoods: number, totalBads: number): WoeCell {
  const adjusted = goods === 0 || bads === 0;
  const extra = adjusted ? ZERO_CELL_ADJUSTMENT : 0;
  const goodShare = (goods + extra) / totalGoods;
  const badShare = (bads + extra) / totalBads;
  const woe = Math.log(goodShare / badShare);
  return { goodShare, badShare, woe, ivContribution: (goodShare - badShare) * woe, adjusted };
}
