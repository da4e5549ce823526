import type { RawValue } from "../types";
import type { BinningSpec } from "../types";
import { levelKey, numericValue } from "./readValue";

/** A locator's answer for a value no bin of the spec holds (a blank, a text, an unknown level). */
export const OUTSIDE_BINS = -1;

/**
 * A function giving the bin of `binning` a value falls in (0-based), or {@link OUTSIDE_BINS}. Built once per
 * characteristic so scoring many rows does not rebuild the level table each time.
 */
export function locateBin(binning: BinningSpec): (value: RawValue) => number {
  if (binning.kind === "numeric") {
    const cuts = binning.cuts;
    return (value) => {
      const x = numericValue(value);
      if (x === null) return OUTSIDE_BINS;
      // The first cut above x is the bin's index: bin i holds cuts[i − 1] ≤ x < cuts[i].
      let low = 0;
      let high = cuts.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cuts[mid] as number) <= x) low = mid + 1;
        else high = mid;
      }
      return low;
    };
  }
  const groupOf = new Map<string, number>();
  binning.groups.forEach((group, index) => {
    for (const level of group) {
      const key = levelKey(level);
      if (key !== null && !groupOf.has(key)) groupOf.set(key, index);
    }
  });
  return (value) => {
    const key = levelKey(value);
    return key === null ? OUTSIDE_BINS : (groupOf.get(key) ?? OUTSIDE_BINS);
  };
}
