import { type BinTextLabels } from "./binTextLabels";

/**
 * Every text of the Scorecard sheet, supplied by the edge in the user's language (see the `fit` namespace).
 * `{placeholders}` are filled by the layout.
 *
 * @example
 * const labels: ScorecardSheetLabels = { ...fit.binWords, ...fit.scorecardSheet }; // see src/app/scorecard/fitLabels.ts
 */
export interface ScorecardSheetLabels extends BinTextLabels {
  /** "Statistical scorecard — {source}". */
  readonly title: string;
  /** "Outcome column “{target}”: good = {good}, bad = {bad} · fitted on {training} training rows". */
  readonly subtitle: string;
  /** What the sheet does and what may be edited. */
  readonly help: string;
  readonly binsTitle: string;
  /** "Scores of {sheet}". */
  readonly scoresTitle: string;
  readonly bin: string;
  readonly description: string;
  readonly from: string;
  readonly to: string;
  readonly count: string;
  readonly goods: string;
  readonly bads: string;
  readonly badRate: string;
  readonly woe: string;
  readonly points: string;
  readonly note: string;
  /** A characteristic's name row: "{kind} · IV {iv} ({strength}) · coefficient {coefficient}". */
  readonly characteristicLine: string;
  /** Above a categorical characteristic's level list. */
  readonly levels: string;
  /** Beside the fallback bin: where values the development sample never had go. */
  readonly fallbackNote: string;
  /** Beside a range bin that also takes blanks because the sample had none. */
  readonly blankNote: string;
  /** Beside both. */
  readonly fallbackAndBlankNote: string;
  /** The scores table's first column: the row of the source sheet. */
  readonly sourceRow: string;
  readonly score: string;
}
