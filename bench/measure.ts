import { performance } from "node:perf_hooks";

/** One benchmark figure for the README table. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/**
 * Best wall-clock time of `runs` runs of `fn` in milliseconds, after one warm-up run (the JIT
 * compiles the hot path on the first run; the best run is the machine's capability, the others
 * include noise from the rest of the machine).
 *
 * @example
 * bestOf(5, () => work()); // 12.3
 */
export function bestOf(runs: number, fn: () => void): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Prints the figures as a table.
 *
 * @example
 * printResults([{ name: "CREDIT.GRADE", value: 2.5e6, unit: "calls/s" }]);
 */
export function printResults(results: readonly BenchResult[]): void {
  for (const r of results) {
    const value =
      r.unit === "ms" || r.unit === "MB" ? r.value.toFixed(1) : Math.round(r.value).toLocaleString("en-US");
    console.log(
      `${r.name.padEnd(34)} ${value.padStart(14)} ${r.unit.padEnd(8)} ${r.target ? `(target ${r.target})` : ""}`,
    );
  }
}
