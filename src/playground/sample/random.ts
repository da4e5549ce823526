/**
 * A seeded random source for the sample workbook: the same seed gives the same workbook on every
 * machine and every load, so a screenshot, a test total and a bug report all describe one workbook.
 */

/** Draws from one seeded sequence. */
export interface SampleRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * A mulberry32 sequence: tiny, fast and well spread — enough for invented invoices, not for secrets.
 *
 * @example
 * const random = seededRandom(2026);
 * random.int(1, 6); // the same die roll on every run
 */
export function seededRandom(seed: number): SampleRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick needs a non-empty list");
      return item;
    },
  };
}
