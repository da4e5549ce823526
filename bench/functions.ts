/**
 * Throughput of the CREDIT functions through the wrapper layer (argument coercion included), as
 * Excel calls them: CREDIT.GRADE, CREDIT.SCORE over 20 factors, CREDIT.AGING over 100,000 items.
 */
import { agingFn } from "../src/functions/catalog/aging";
import { gradeFn, scoreFn } from "../src/functions/catalog/scoring";
import { toOffice } from "../src/functions/office/toOffice";
import { bestOf, type BenchResult } from "./measure";

export function benchFunctions(): BenchResult[] {
  const results: BenchResult[] = [];

  // Scores as Excel hands them over: numbers, one per call.
  const scores = Array.from({ length: 1024 }, (_, i) => (i * 37) % 101);
  const gradeCalls = 5_000_000;
  let sink = 0;
  const gradeMs = bestOf(5, () => {
    for (let i = 0; i < gradeCalls; i++) {
      const grade = toOffice(gradeFn(scores[i & 1023], null));
      if (grade === "A") sink++;
    }
  });
  results.push({
    name: "CREDIT.GRADE",
    value: (gradeCalls / gradeMs) * 1000,
    unit: "calls/s",
    target: ">= 2,000,000 calls/s",
  });

  const factorScores = Array.from({ length: 20 }, (_, i) => [(i % 5) + 1]);
  const weights = Array.from({ length: 20 }, (_, i) => [i === 13 ? 0.1 : 0.05]);
  const scoreCalls = 500_000;
  const scoreMs = bestOf(5, () => {
    for (let i = 0; i < scoreCalls; i++) {
      const row = factorScores[i % 20];
      if (row) row[0] = (i % 5) + 1;
      sink += toOffice(scoreFn(factorScores, weights, null, null)) as number;
    }
  });
  results.push({ name: "CREDIT.SCORE, 20 factors", value: (scoreCalls / scoreMs) * 1000, unit: "calls/s" });

  const items = 100_000;
  const asOf = 46326; // 2026-10-31
  const amounts = Array.from({ length: items }, (_, i) => [Math.round(((i * 7919) % 1_000_000) + 1) / 100]);
  const dates = Array.from({ length: items }, (_, i) => [asOf - ((i * 31) % 400) + 30]);
  const agingMs = bestOf(10, () => {
    const table = toOffice(agingFn(amounts, dates, asOf, null, null));
    if (Array.isArray(table)) sink += table.length;
  });
  results.push({ name: "CREDIT.AGING, 100,000 items", value: agingMs, unit: "ms", target: "< 50 ms" });

  if (sink === -1) console.log(sink); // keeps the loops from being optimised away
  return results;
}
