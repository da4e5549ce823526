/**
 * A statistical scorecard developed on 100,000 rows × 20 characteristics (14 numeric with a few blanks, 6
 * categorical), synthetic and seeded so every run sees the same data: the outcome mapping, the 70 / 30 split,
 * the bins proposed for every characteristic, then the bin tables, the logistic fit, the points and KS / AUC
 * on both samples.
 */
import { isCreditError } from "../src/core/errors";
import {
  type BinnedCharacteristicInput,
  type Characteristic,
  fitScorecard,
  outcomeFlags,
  proposeBinning,
  proposeOutcomeMapping,
  type RawValue,
  splitSample,
} from "../src/core/scorecard";
import { bestOf, type BenchResult } from "./measure";
import { seededRandom } from "../src/core/scorecard/_lib/seededRandom";

const ROWS = 100_000;
const NUMERIC = 14;
const CATEGORICAL = 6;

/** A history table whose bad odds depend on most characteristics, monotonically or by level. */
export function scorecardHistory(rows = ROWS): { characteristics: Characteristic[]; outcome: RawValue[] } {
  const next = seededRandom(20_260_601);
  const numeric = Array.from({ length: NUMERIC }, () => new Array<RawValue>(rows));
  const categorical = Array.from({ length: CATEGORICAL }, () => new Array<RawValue>(rows));
  const outcome = new Array<RawValue>(rows);
  for (let r = 0; r < rows; r++) {
    let logOdds = -2.2;
    for (let j = 0; j < NUMERIC; j++) {
      const x = Math.round((next() + next() + next()) * 1000) / 10; // 0–300, peaked, one decimal
      logOdds += ((j % 5) - 2) * 0.004 * (x - 150);
      numeric[j]![r] = next() < 0.02 ? null : x;
    }
    for (let j = 0; j < CATEGORICAL; j++) {
      const level = Math.floor(next() * next() * (4 + 2 * j)); // skewed: later levels are rare
      logOdds += (((level * 7) % 5) - 2) * 0.15;
      categorical[j]![r] = `L${level}`;
    }
    outcome[r] = next() < 1 / (1 + Math.exp(-logOdds)) ? "bad" : "good";
  }
  return {
    characteristics: [
      ...numeric.map((values, j) => ({ name: `N${j + 1}`, values })),
      ...categorical.map((values, j) => ({ name: `C${j + 1}`, values })),
    ],
    outcome,
  };
}

export function benchScorecard(): BenchResult[] {
  const history = scorecardHistory();
  let auc = 0;
  const ms = bestOf(3, () => {
    const mapping = proposeOutcomeMapping(history.outcome);
    if (isCreditError(mapping)) throw new Error(mapping.id);
    const flags = outcomeFlags(history.outcome, mapping);
    if (isCreditError(flags)) throw new Error(flags.id);
    const split = splitSample(flags, { seed: 1 });
    if (isCreditError(split)) throw new Error(split.id);
    const characteristics: BinnedCharacteristicInput[] = history.characteristics.map((c) => {
      const binning = proposeBinning(c, flags, { rows: split.training });
      if (isCreditError(binning)) throw new Error(`${c.name}: ${binning.id}`);
      return { ...c, binning };
    });
    const card = fitScorecard({ characteristics, outcomes: flags, split });
    if (isCreditError(card)) throw new Error(`${card.id} ${JSON.stringify(card.params)}`);
    auc = card.holdout?.auc ?? 0;
  });
  if (!(auc > 0.6)) throw new Error(`the benchmark card does not discriminate (holdout AUC ${auc})`);
  return [{ name: "Scorecard, 100,000 rows × 20 chars", value: ms, unit: "ms", target: "< 5,000 ms" }];
}
