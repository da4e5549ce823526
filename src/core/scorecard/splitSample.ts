import { creditError, type CreditError } from "../errors";
import { seededRandom, shuffleInPlace } from "./_lib/seededRandom";
import type { OutcomeFlags } from "./outcomeFlags";

/**
 * A development sample cut into the rows the card is fitted on and the rows it is checked on.
 *
 * @example
 * const split: SampleSplit = { training: Uint32Array.of(0, 2, 3), holdout: Uint32Array.of(1) };
 */
export interface SampleSplit {
  /** Rows the bins, the WOE and the coefficients are learned from, ascending. */
  readonly training: Uint32Array;
  /** Rows kept back to check the card on data it has not seen, ascending. */
  readonly holdout: Uint32Array;
}

/**
 * Options of {@link splitSample}.
 *
 * @example
 * const options: SplitOptions = { holdoutShare: 0.3, seed: 42 };
 */
export interface SplitOptions {
  /** Share of the goods and of the bads kept back, 0 ≤ share < 1; default 0.3 (a 70 / 30 split). */
  readonly holdoutShare?: number;
  /** Seed of the shuffle; the same seed and sample give the same split. Default 1. */
  readonly seed?: number;
}

/** Default share of the sample kept back as the holdout. */
export const DEFAULT_HOLDOUT_SHARE = 0.3;

/**
 * Splits the development sample into training and holdout rows, deterministically from a seed and stratified
 * by outcome: round(share × goods) goods and round(share × bads) bads go to the holdout, so both parts have
 * the sample's bad rate and a small sample's few bads are not all drawn to one side by chance.
 *
 * @example
 * const { training, holdout } = splitSample(flags, { holdoutShare: 0.3, seed: 7 }) as SampleSplit;
 * // 1,000 rows with 700 goods and 300 bads → holdout of 210 goods + 90 bads, training of 490 + 210
 */
export function splitSample(outcomes: OutcomeFlags, options: SplitOptions = {}): SampleSplit | CreditError {
  const share = options.holdoutShare ?? DEFAULT_HOLDOUT_SHARE;
  if (!Number.isFinite(share) || share < 0 || share >= 1) {
    return creditError("#VALUE!", "holdoutShareOutOfRange", { value: share });
  }
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) return creditError("#VALUE!", "numberNotFinite", { arg: "seed" });
  const goods: number[] = [];
  const bads: number[] = [];
  for (const row of outcomes.rows) (outcomes.bad[row] === 1 ? bads : goods).push(row);
  const random = seededRandom(Math.trunc(seed));
  shuffleInPlace(goods, random);
  shuffleInPlace(bads, random);
  const heldGoods = Math.round(share * goods.length);
  const heldBads = Math.round(share * bads.length);
  const holdout = [...goods.slice(0, heldGoods), ...bads.slice(0, heldBads)];
  const training = [...goods.slice(heldGoods), ...bads.slice(heldBads)];
  return {
    training: Uint32Array.from(training).sort(),
    holdout: Uint32Array.from(holdout).sort(),
  };
}
