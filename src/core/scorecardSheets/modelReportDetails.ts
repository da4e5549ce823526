import { type CharacteristicKind, type IvStrength } from "../scorecard";
import { type ScoreBandRow } from "./scoreBands";

/**
 * The development sample of a fit, as the Model report shows it.
 *
 * @example
 * const sample: FitSample = { rows: 1000, goods: 700, bads: 300, blank: 0, training: 700, holdout: 300,
 *   holdoutShare: 0.3, seed: 1 };
 */
export interface FitSample {
  /** Rows of the history read (blank rows left out). */
  readonly rows: number;
  readonly goods: number;
  readonly bads: number;
  /** Rows without an outcome, left out of the sample. */
  readonly blank: number;
  readonly training: number;
  readonly holdout: number;
  readonly holdoutShare: number;
  readonly seed: number;
}

/**
 * A characteristic that was considered for the card, with its information value on the training rows
 * (`null` when it could not be binned, `note` saying why).
 *
 * @example
 * const row: CandidateIv = { name: "Duration", kind: "numeric", bins: 4, iv: 0.17, strength: "medium", inCard: true, note: "" };
 */
export interface CandidateIv {
  readonly name: string;
  readonly kind: CharacteristicKind;
  readonly bins: number;
  readonly iv: number | null;
  readonly strength: IvStrength | null;
  readonly inCard: boolean;
  /** Why it is not in the card or has no IV, in the reader's language; "" for nothing to say. */
  readonly note: string;
}

/**
 * What the Model report shows besides the card itself.
 *
 * @example
 * const details: ModelReportDetails = { source: "History", outcome: { header: "Outcome", good: ["1"], bad: ["2"] },
 *   sample, candidates, bands: scoreBandTable(scores, outcomes.bad, split) };
 */
export interface ModelReportDetails {
  /** Default `MODEL_REPORT_SHEET`. */
  readonly sheetName?: string;
  /** The history sheet's name. */
  readonly source: string;
  readonly outcome: {
    readonly header: string;
    readonly good: readonly string[];
    readonly bad: readonly string[];
  };
  readonly sample: FitSample;
  readonly candidates: readonly CandidateIv[];
  readonly bands: readonly ScoreBandRow[];
}
