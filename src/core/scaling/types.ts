/**
 * How a scorecard turns odds into points: `basePoints` at `baseOdds` (good:bad), and every `pdo` points the
 * odds double.
 *
 * @example
 * const scale: ScoreScale = { basePoints: 600, baseOdds: 50, pdo: 20 };
 */
export interface ScoreScale {
  readonly basePoints: number;
  /** Good:bad odds at `basePoints`, e.g. 50 for 50:1. */
  readonly baseOdds: number;
  /** Points to double the odds. */
  readonly pdo: number;
}

/**
 * The default scale: 600 points at 50:1 odds, 20 points to double the odds.
 *
 * @example
 * oddsToScore(50, DEFAULT_SCORE_SCALE); // 600
 */
export const DEFAULT_SCORE_SCALE: ScoreScale = Object.freeze({ basePoints: 600, baseOdds: 50, pdo: 20 });

/**
 * A scale with any part left out (or `null`) taken from {@link DEFAULT_SCORE_SCALE}.
 *
 * @example
 * const scale: ScoreScaleInput = { pdo: 40 }; // 600 points at 50:1, 40 points to double
 */
export type ScoreScaleInput = { readonly [K in keyof ScoreScale]?: number | null };
