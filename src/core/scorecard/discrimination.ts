import { creditError, type CreditError } from "../errors";

/**
 * How well a score separates goods from bads on a sample.
 *
 * @example
 * const d: Discrimination = { rows: 300, goods: 210, bads: 90, auc: 0.78, gini: 0.56, ks: 0.45 };
 */
export interface Discrimination {
  readonly rows: number;
  readonly goods: number;
  readonly bads: number;
  /**
   * Area under the ROC curve: the chance that a random good scores above a random bad, a tie counting half.
   */
  readonly auc: number;
  /** 2 · AUC − 1 (the accuracy ratio). */
  readonly gini: number;
  /**
   * Kolmogorov–Smirnov statistic: the largest gap between the cumulative shares of bads and of goods at or
   * below a score, over every score of the sample.
   */
  readonly ks: number;
}

/**
 * AUC, Gini and KS of `scores` (higher = less risky, as scorecard points are) against the outcomes, on `rows`
 * (default every row). Rows are ranked once; equal scores are one step of the curves, so ties are handled
 * exactly: a tied good–bad pair counts ½ to the AUC, and the KS gap is measured only between distinct scores.
 *
 * @example
 * // goods score 3, 4, 5; bads 1, 3: pairs won 2 + 2 + 2 − ½ (the tie at 3) = 5.5 of 6
 * discrimination([3, 4, 5, 1, 3], Uint8Array.of(0, 0, 0, 1, 1));
 * // { rows: 5, goods: 3, bads: 2, auc: 0.9167, gini: 0.8333, ks: 0.6667 }
 */
export function discrimination(
  scores: ArrayLike<number>,
  bad: ArrayLike<number>,
  rows?: ArrayLike<number>,
): Discrimination | CreditError {
  const n = rows ? rows.length : scores.length;
  const order = new Uint32Array(n);
  let bads = 0;
  for (let i = 0; i < n; i++) {
    const row = rows ? (rows[i] as number) : i;
    if (!Number.isFinite(scores[row]))
      return creditError("#VALUE!", "listValueNotANumber", { arg: "scores", index: row + 1 });
    order[i] = row;
    bads += bad[row] === 1 ? 1 : 0;
  }
  const goods = n - bads;
  if (goods === 0) return creditError("#VALUE!", "outcomeNoGoods", { rows: n });
  if (bads === 0) return creditError("#VALUE!", "outcomeNoBads", { rows: n });
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let badsBelow = 0;
  let goodsBelow = 0;
  let wins = 0;
  let ks = 0;
  for (let i = 0; i < n;) {
    const score = scores[order[i] as number] as number;
    let tiedGoods = 0;
    let tiedBads = 0;
    for (; i < n && scores[order[i] as number] === score; i++) {
      if (bad[order[i] as number] === 1) tiedBads++;
      else tiedGoods++;
    }
    // Every good here beats the bads below it and ties with the bads at its own score.
    wins += tiedGoods * (badsBelow + tiedBads / 2);
    badsBelow += tiedBads;
    goodsBelow += tiedGoods;
    ks = Math.max(ks, Math.abs(badsBelow / bads - goodsBelow / goods));
  }
  const auc = wins / (goods * bads);
  return { rows: n, goods, bads, auc, gini: 2 * auc - 1, ks };
}
