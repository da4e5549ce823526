/**
 * The characteristics a history offers: each column but the outcome, binned on the training rows with its
 * information value, and whether the Fit view proposes it for the card.
 */
import { type CreditError, isCreditError } from "../../core/errors";
import { parseNumberText } from "../../core/numbers";
import {
  binCharacteristic,
  type BinningOptions,
  type BinningSpec,
  type CharacteristicBins,
  characteristicKind,
  type CharacteristicKind,
  proposeBinning,
  type RawValue,
} from "../../core/scorecard";
import { type FitSetup } from "./fitSetup";
import { type HistoryColumn } from "./historyTable";

/** Below this IV a characteristic is useless (the engine's strength labels). */
const USEFUL_IV = 0.02;
/** A text column with more different values than this is an identifier whatever the sample's size. */
const MOST_LEVELS = 200;
/** …and so is one with more than this many levels, if they are over half of its filled cells. */
const MANY_LEVELS = 10;

/**
 * Why a candidate is not proposed for the card: an identifier (too many different values), a column of
 * blanks, a single bin, or an IV below 0.02.
 *
 * @example
 * const reason: CandidateReason = "tooManyLevels";
 */
export type CandidateReason = "tooManyLevels" | "empty" | "singleBin" | "useless";

/**
 * One column of the history as a candidate characteristic.
 *
 * @example
 * const duration: CandidateCharacteristic = { column, kind: "numeric", levels: 33, binning: { kind: "numeric", cuts: [12, 16, 36] },
 *   bins, reason: null, error: null, proposed: true, textNumbers: 0 };
 */
export interface CandidateCharacteristic {
  readonly column: HistoryColumn;
  readonly kind: CharacteristicKind;
  /** Different filled values. */
  readonly levels: number;
  /** The bins (proposed or as the user edited them); `null` when the column cannot be binned. */
  readonly binning: BinningSpec | null;
  /** The bin table on the training rows, with WOE and IV; `null` when not binned. */
  readonly bins: CharacteristicBins | null;
  readonly reason: CandidateReason | null;
  /** The engine's refusal of the binning, when it refused. */
  readonly error: CreditError | null;
  /** Proposed for the card: binned into two bins or more with an IV of 0.02 or more. */
  readonly proposed: boolean;
  /** Numbers typed as text in a numeric column, which the sheet's formulas read with Excel's VALUE. */
  readonly textNumbers: number;
}

/**
 * The candidates of a history: every column but the outcome, and the column that names the rows (the first
 * identifier), shown beside each score.
 *
 * @example
 * const proposal = proposeCandidates(setup);
 * proposal.candidates.filter((c) => c.proposed).map((c) => c.column.header); // ["Checking", "Duration", …]
 */
export interface FitProposal {
  readonly setup: FitSetup;
  readonly id: HistoryColumn | null;
  readonly candidates: readonly CandidateCharacteristic[];
}

function countLevels(values: readonly RawValue[]): { levels: number; filled: number } {
  const seen = new Set<string>();
  let filled = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const text = String(value).trim();
    if (text === "") continue;
    filled++;
    seen.add(text);
  }
  return { levels: seen.size, filled };
}

function countTextNumbers(values: readonly RawValue[]): number {
  let count = 0;
  for (const value of values) if (typeof value === "string" && parseNumberText(value) !== null) count++;
  return count;
}

/**
 * One column as a candidate: binned as `changes.binning` says (a user's edit), else proposed
 * (`proposeBinning` on the training rows, numeric or categorical as `changes.kind` says, else as the data
 * say), then counted on the training rows. Call it again after every edit: the WOE, IV and proposal follow.
 *
 * @example
 * candidateFor(setup, duration, { binning: { kind: "numeric", cuts: [12, 24] } }).bins?.iv; // 0.17
 */
export function candidateFor(
  setup: FitSetup,
  column: HistoryColumn,
  changes: {
    readonly kind?: CharacteristicKind;
    readonly binning?: BinningSpec;
    readonly options?: BinningOptions;
  } = {},
): CandidateCharacteristic {
  const kind = changes.binning?.kind ?? changes.kind ?? characteristicKind(column.values);
  const { levels, filled } = countLevels(column.values);
  const textNumbers = kind === "numeric" ? countTextNumbers(column.values) : 0;
  const base = { column, kind, levels, textNumbers };
  const unbinned = (
    reason: CandidateReason | null,
    error: CreditError | null = null,
  ): CandidateCharacteristic => ({
    ...base,
    binning: null,
    bins: null,
    reason,
    error,
    proposed: false,
  });
  if (filled === 0) return unbinned("empty");
  const identifier = levels > MOST_LEVELS || (levels > MANY_LEVELS && levels > filled / 2);
  if (kind === "categorical" && identifier && changes.binning === undefined) return unbinned("tooManyLevels");
  const characteristic = { name: column.header, values: column.values };
  const rows = setup.split.training;
  const binning =
    changes.binning ?? proposeBinning(characteristic, setup.outcomes, { ...changes.options, rows, kind });
  if (isCreditError(binning)) return unbinned(null, binning);
  const bins = binCharacteristic({ ...characteristic, binning }, setup.outcomes, rows);
  if (isCreditError(bins)) return { ...unbinned(null, bins), binning };
  const reason = bins.bins.length < 2 ? "singleBin" : bins.iv < USEFUL_IV ? "useless" : null;
  return { ...base, binning, bins, reason, error: null, proposed: reason === null };
}

/**
 * Every column but the outcome as a candidate ({@link candidateFor}); the first identifier column (text,
 * every filled value different) is taken to name the rows.
 *
 * @example
 * proposeCandidates(setup).id?.header; // "Customer"
 */
export function proposeCandidates(setup: FitSetup, options: BinningOptions = {}): FitProposal {
  const candidates = setup.history.columns
    .filter((column) => column !== setup.target)
    .map((column) => candidateFor(setup, column, { options }));
  const id =
    candidates.find((c) => {
      if (c.reason !== "tooManyLevels") return false;
      const { levels, filled } = countLevels(c.column.values);
      return levels === filled;
    })?.column ?? null;
  return { setup, id, candidates };
}
