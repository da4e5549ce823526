/** Progress of a write, reported monotonically from 0 to the total. */
import { type Progress } from "../../port";

/** Counts done work and reports it. */
export interface ProgressCounter {
  /** Adds finished work and reports the new count (nothing is reported for 0). */
  readonly add: (done: number) => void;
  /** Reports the total if it has not been reported yet (a write of no cells still ends at its total). */
  readonly finish: () => void;
}

/**
 * A counter that reports 0 at once, then each increase, and ends at the total.
 *
 * @example
 * const progress = progressCounter("write", 10, onProgress); // reports 0 of 10
 * progress.add(4); // reports 4 of 10
 * progress.finish(); // reports 10 of 10
 */
export function progressCounter(
  phase: Progress["phase"],
  total: number,
  onProgress: ((progress: Progress) => void) | undefined,
): ProgressCounter {
  let done = 0;
  let reported = 0;
  onProgress?.({ phase, done: 0, total });
  return {
    add: (n) => {
      if (n <= 0) return;
      done = Math.min(total, done + n);
      reported = done;
      onProgress?.({ phase, done, total });
    },
    finish: () => {
      if (reported !== total) onProgress?.({ phase, done: total, total });
      reported = total;
    },
  };
}
