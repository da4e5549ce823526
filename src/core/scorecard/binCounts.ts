import { binAssigner } from "./binAssigner";
import type { CharacteristicBins } from "./characteristicBins";
import type { RawValue } from "./types";

/**
 * How many of `values` (or of the `rows` given) fall in each bin of a characteristic, placed as
 * {@link binAssigner} places them — the distribution {@link populationStability} compares between the
 * development sample and a newer sheet.
 *
 * @example
 * const development = binCounts(durationBins, durationColumn, split.training); // [210, 260, 180, 50]
 * const recent = binCounts(durationBins, newDurationColumn); // [90, 120, 100, 10]
 * populationStability(development, recent);
 */
export function binCounts(
  bins: CharacteristicBins,
  values: readonly RawValue[],
  rows?: ArrayLike<number>,
): number[] {
  const binOf = binAssigner(bins);
  const counts = new Array<number>(bins.bins.length).fill(0);
  const n = rows ? rows.length : values.length;
  for (let i = 0; i < n; i++) {
    const bin = binOf(values[rows ? (rows[i] as number) : i]);
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts;
}

/**
 * Cut points splitting `scores` into `bands` bands of (about) equal size, ties kept together — the score
 * bands of the development sample, against which a newer sample's scores are counted with {@link
 * scoreBandCounts}.
 *
 * @example
 * scoreBandCuts([500, 520, 540, 560, 580, 600, 620, 640, 660, 680], 5); // [540, 580, 620, 660]
 */
export function scoreBandCuts(scores: ArrayLike<number>, bands = 10): number[] {
  const sorted = Float64Array.from(scores).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bands; b++) {
    const cut = sorted[Math.floor((b * sorted.length) / bands)];
    if (cut !== undefined && cut > (cuts[cuts.length - 1] ?? -Infinity) && cut > (sorted[0] as number))
      cuts.push(cut);
  }
  return cuts;
}

/**
 * Scores per band: band 0 below `cuts[0]`, band i from `cuts[i − 1]` to below `cuts[i]`, the last from the
 * last cut up.
 *
 * @example
 * scoreBandCounts([500, 540, 541, 700], [540, 600]); // [1, 2, 1]
 */
export function scoreBandCounts(scores: ArrayLike<number>, cuts: readonly number[]): number[] {
  const counts = new Array<number>(cuts.length + 1).fill(0);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    let band = 0;
    while (band < cuts.length && score >= (cuts[band] as number)) band++;
    counts[band] = (counts[band] as number) + 1;
  }
  return counts;
}
