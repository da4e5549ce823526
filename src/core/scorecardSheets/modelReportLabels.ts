import { type BinTextLabels } from "./binTextLabels";

/**
 * Every text of the Model report sheet, supplied by the edge in the user's language (see the `fit`
 * namespace). `{placeholders}` are filled by the layout.
 *
 * @example
 * const labels: ModelReportLabels = { ...fit.binWords, ...fit.modelReport }; // see src/app/scorecard/fitLabels.ts
 */
export interface ModelReportLabels extends BinTextLabels {
  /** "Model report — {source}". */
  readonly title: string;
  /** "Outcome column “{target}”: good = {good}, bad = {bad}". */
  readonly subtitle: string;
  readonly help: string;
  readonly sampleTitle: string;
  readonly historyRows: string;
  readonly withOutcome: string;
  readonly goods: string;
  readonly bads: string;
  readonly blankOutcome: string;
  readonly trainingRows: string;
  readonly holdoutRows: string;
  readonly holdoutShare: string;
  readonly seed: string;
  readonly discriminationTitle: string;
  readonly measure: string;
  readonly training: string;
  readonly holdout: string;
  readonly rows: string;
  readonly ks: string;
  readonly auc: string;
  readonly gini: string;
  /** In the holdout column when there is no holdout to measure on. */
  readonly noHoldout: string;
  readonly scalingTitle: string;
  readonly basePoints: string;
  readonly baseOdds: string;
  readonly pdo: string;
  readonly factor: string;
  readonly offset: string;
  readonly interceptPoints: string;
  readonly minScore: string;
  readonly maxScore: string;
  readonly coefficientsTitle: string;
  readonly characteristic: string;
  readonly estimate: string;
  readonly standardError: string;
  readonly z: string;
  readonly pValue: string;
  readonly intercept: string;
  readonly iterations: string;
  readonly deviance: string;
  readonly nullDeviance: string;
  readonly ivTitle: string;
  /** The strength thresholds, under the IV table. */
  readonly ivNote: string;
  readonly kind: string;
  readonly bins: string;
  readonly iv: string;
  readonly strength: string;
  readonly inCard: string;
  /** Heads the IV table's last column: why a characteristic is not in the card. */
  readonly note: string;
  readonly yes: string;
  readonly no: string;
  readonly bandsTitle: string;
  readonly band: string;
  readonly badRateTraining: string;
  readonly badRateHoldout: string;
  readonly rowsTraining: string;
  readonly badsTraining: string;
  readonly rowsHoldout: string;
  readonly badsHoldout: string;
  readonly chartTitle: string;
  readonly binTablesTitle: string;
  readonly bin: string;
  readonly description: string;
  readonly count: string;
  readonly badRate: string;
  readonly woe: string;
  readonly ivContribution: string;
  readonly points: string;
}
