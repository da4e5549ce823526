import { locateBin, OUTSIDE_BINS } from "./_lib/locateBin";
import { isBlank } from "./_lib/readValue";
import type { CharacteristicBins } from "./characteristicBins";
import type { RawValue } from "./types";

/**
 * A function giving the bin (an index into `bins.bins`) of any value, for scoring and monitoring new rows: a
 * value of a bin goes there, a blank or (numeric) a text to the missing bin when there is one, and anything
 * the development sample never had to the {@link CharacteristicBins.fallbackBin}.
 *
 * @example
 * const binOf = binAssigner(durationBins); // cuts [12, 24], a missing bin
 * binOf(6); // 0
 * binOf(24); // 2
 * binOf(null); // 3  (the missing bin)
 */
export function binAssigner(bins: CharacteristicBins): (value: RawValue) => number {
  const locate = locateBin(bins.binning);
  const missingBin = bins.hasMissingBin ? bins.bins.length - 1 : bins.fallbackBin;
  const regularBins = bins.bins.length - (bins.hasMissingBin ? 1 : 0);
  return (value) => {
    const index = locate(value);
    if (index !== OUTSIDE_BINS && index < regularBins) return index;
    if (index !== OUTSIDE_BINS) return bins.fallbackBin;
    return bins.binning.kind === "categorical" && !isBlank(value) ? bins.fallbackBin : missingBin;
  };
}
