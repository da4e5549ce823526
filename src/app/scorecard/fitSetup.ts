import { type CreditError, isCreditError } from "../../core/errors";
import {
  DEFAULT_HOLDOUT_SHARE,
  outcomeFlags,
  type OutcomeFlags,
  type OutcomeMapping,
  type SampleSplit,
  splitSample,
} from "../../core/scorecard";
import { type HistoryColumn, type HistoryTable } from "./historyTable";

/**
 * The seed of the split unless the user gives another: the same history always splits the same way.
 *
 * @example
 * prepareFit(history, { target, mapping, seed: DEFAULT_SPLIT_SEED });
 */
export const DEFAULT_SPLIT_SEED = 1;

/**
 * What a fit needs to start: the outcome column with its confirmed mapping and the split of the sample.
 *
 * @example
 * const request: FitSetupRequest = { target: historyColumn(history, "Outcome")!, mapping: { good: ["1"], bad: ["2"] } };
 */
export interface FitSetupRequest {
  readonly target: HistoryColumn;
  readonly mapping: OutcomeMapping;
  /** Share kept back to check the card on, 0 to below 1; default 0.3. */
  readonly holdoutShare?: number;
  /** Seed of the split; default {@link DEFAULT_SPLIT_SEED}. */
  readonly seed?: number;
}

/**
 * A history with its outcomes read and its sample split: what every later step works on.
 *
 * @example
 * const setup = prepareFit(history, request) as FitSetup;
 * setup.outcomes.bads; // 300
 */
export interface FitSetup {
  readonly history: HistoryTable;
  readonly target: HistoryColumn;
  readonly mapping: OutcomeMapping;
  readonly outcomes: OutcomeFlags;
  readonly split: SampleSplit;
  readonly holdoutShare: number;
  readonly seed: number;
}

/**
 * Reads the outcomes through the confirmed mapping and splits the sample (stratified, seeded).
 *
 * @example
 * prepareFit(history, { target, mapping: { good: ["1"], bad: ["2"] }, holdoutShare: 0.3, seed: 1 });
 * // { outcomes: { goods: 700, bads: 300, … }, split: { training: 700 rows, holdout: 300 rows }, … }
 */
export function prepareFit(history: HistoryTable, request: FitSetupRequest): FitSetup | CreditError {
  const outcomes = outcomeFlags(request.target.values, request.mapping);
  if (isCreditError(outcomes)) {
    // The engine counts data rows; the user looks for the row on the sheet.
    const row = outcomes.params.row;
    if (typeof row !== "number") return outcomes;
    return { ...outcomes, params: { ...outcomes.params, row: history.rows[row - 1] ?? row } };
  }
  const holdoutShare = request.holdoutShare ?? DEFAULT_HOLDOUT_SHARE;
  const seed = request.seed ?? DEFAULT_SPLIT_SEED;
  const split = splitSample(outcomes, { holdoutShare, seed });
  if (isCreditError(split)) return split;
  return { history, target: request.target, mapping: request.mapping, outcomes, split, holdoutShare, seed };
}
