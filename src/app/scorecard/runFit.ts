/**
 * A fit run over a workbook host (issue 8): read the history, confirm the outcome mapping, propose and
 * bin the characteristics on the training rows, fit the card with those proposed — leaving out, one at a
 * time, any the logistic regression cannot use — and, when asked, write the Scorecard and Model report
 * sheets. The CLI calls it in one go; the Fit view calls its steps one by one: {@link readHistory},
 * {@link outcomeChoice}, {@link prepareFit}, {@link proposeCandidates} / {@link candidateFor},
 * {@link fitCard}, {@link writeFitSheets}. Neither touches Office.js or HyperFormula directly.
 */
import { creditError, type CreditError, isCreditError } from "../../core/errors";
import { type ScoreScaleInput } from "../../core/scaling";
import { type OutcomeMapping, type OutcomeMappingBasis, outcomeMappingFromGood } from "../../core/scorecard";
import { type RunOptions, type SourceRef, type WorkbookHost } from "../../host";
import { type SupportedLanguage } from "../../i18n";
import { type FitProposal, proposeCandidates } from "./candidates";
import { type FitChoice, fitCard, type FittedCard } from "./fitCard";
import { prepareFit } from "./fitSetup";
import { historyColumn, type HistoryColumn, type HistoryTable, readHistory } from "./historyTable";
import { type OutcomeChoice, outcomeChoice } from "./outcomeChoice";
import { type FitSheets, type LeftOut, writeFitSheets } from "./writeFitSheets";

export {
  candidateFor,
  type CandidateCharacteristic,
  type FitProposal,
  proposeCandidates,
} from "./candidates";
export { type FitChoice, fitCard, type FittedCard } from "./fitCard";
export { DEFAULT_SPLIT_SEED, type FitSetup, type FitSetupRequest, prepareFit } from "./fitSetup";
export { historyColumn, type HistoryColumn, type HistoryTable, readHistory } from "./historyTable";
export { type OutcomeChoice, outcomeChoice, type OutcomeValueCount } from "./outcomeChoice";
export {
  type FitSheetOptions,
  type FitSheets,
  fitSheetSpecs,
  type LeftOut,
  writeFitSheets,
} from "./writeFitSheets";

/**
 * What to fit.
 *
 * @example
 * const request: FitRequest = { source: { kind: "sheet", sheet: "German credit" }, target: "Outcome", good: "1" };
 */
export interface FitRequest {
  readonly source: SourceRef;
  /** The outcome column: its header, or its column letters. */
  readonly target: string;
  /** The outcome value that means good, every other value bad (`--good`); `mapping` wins when both are given. */
  readonly good?: string | null;
  /** The confirmed mapping; with neither it nor `good`, the proposed mapping is taken. */
  readonly mapping?: OutcomeMapping | null;
  /** 0-based header row within the source, overriding the search. */
  readonly headerRow?: number;
  readonly holdoutShare?: number;
  readonly seed?: number;
  readonly scale?: ScoreScaleInput;
  /** Write the two sheets to the host when given. */
  readonly write?: {
    readonly language: SupportedLanguage;
    readonly scorecardSheet?: string;
    readonly modelReportSheet?: string;
  };
}

/**
 * A finished run.
 *
 * @example
 * if (run.kind === "done") run.fitted.card.holdout?.auc; // 0.78
 */
export interface FitRun {
  readonly kind: "done";
  readonly history: HistoryTable;
  readonly outcome: OutcomeChoice;
  readonly mapping: OutcomeMapping;
  /** How the mapping came: proposed from the values (`oneTwo`, `words`, …) or `given` by the user. */
  readonly basis: OutcomeMappingBasis | "given";
  readonly proposal: FitProposal;
  readonly fitted: FittedCard;
  /** Proposed characteristics the fit could not use, in the order they were left out. */
  readonly leftOut: readonly LeftOut[];
  /** Characteristics of the card with numbers typed as text, and how many. */
  readonly textNumbers: readonly { readonly column: HistoryColumn; readonly count: number }[];
  readonly sheets: FitSheets | null;
}

/**
 * A run that stopped, at which step, and why.
 *
 * @example
 * if (run.kind === "blocked") ledgerMessage("en", run.error.id, run.error.params);
 */
export interface FitBlocked {
  readonly kind: "blocked";
  readonly step: "read" | "target" | "outcome" | "fit";
  readonly error: CreditError;
  readonly history: HistoryTable | null;
  readonly outcome: OutcomeChoice | null;
}

/** Refusals naming one characteristic that leaving it out can cure. */
const CURABLE = new Set(["logisticSingular", "logisticSeparation", "characteristicConstant", "binEmpty"]);

function culprit(error: CreditError, choices: readonly FitChoice[]): FitChoice | undefined {
  if (!CURABLE.has(error.id)) return undefined;
  const name = error.params.predictor ?? error.params.characteristic;
  return choices.find((choice) => choice.column.header === name);
}

/**
 * Fits the proposed characteristics, leaving out — and recording — each one the regression refuses by name
 * (constant, repeating the others, separating goods from bads), until the fit succeeds or a refusal names
 * no characteristic.
 *
 * @example
 * fitProposed(proposal); // { fitted, leftOut: [] }
 */
export function fitProposed(
  proposal: FitProposal,
  options: { readonly scale?: ScoreScaleInput } = {},
): { readonly fitted: FittedCard; readonly leftOut: readonly LeftOut[] } | CreditError {
  let choices: FitChoice[] = proposal.candidates.flatMap((c) =>
    c.proposed && c.binning ? [{ column: c.column, binning: c.binning }] : [],
  );
  const leftOut: LeftOut[] = [];
  for (;;) {
    if (choices.length === 0) return creditError("#VALUE!", "scorecardNoCharacteristics");
    const fitted = fitCard(proposal.setup, choices, options);
    if (!isCreditError(fitted)) return { fitted, leftOut };
    const dropped = culprit(fitted, choices);
    if (dropped === undefined) return fitted;
    leftOut.push({ column: dropped.column, error: fitted });
    choices = choices.filter((choice) => choice !== dropped);
  }
}

/**
 * Runs a fit end to end on a host: progress and cancellation through `options` (a cancelled run rejects
 * with HostError `cancelled` and leaves the workbook as it was).
 *
 * @example
 * const run = await runFit(host, { source: { kind: "sheet", sheet: "German credit" }, target: "Outcome",
 *   write: { language: "en" } }, { signal, onProgress });
 */
export async function runFit(
  host: WorkbookHost,
  request: FitRequest,
  options: RunOptions = {},
): Promise<FitRun | FitBlocked> {
  const blocked = (
    step: FitBlocked["step"],
    error: CreditError,
    history: HistoryTable | null = null,
    outcome: OutcomeChoice | null = null,
  ): FitBlocked => ({ kind: "blocked", step, error, history, outcome });
  const history = await readHistory(host, request.source, { ...options, headerRow: request.headerRow });
  if (isCreditError(history)) return blocked("read", history);
  const target = historyColumn(history, request.target);
  if (target === null) {
    const columns = history.columns.map((c) => c.header).join(", ");
    return blocked(
      "target",
      creditError("#VALUE!", "historyColumnNotFound", { column: request.target, columns }),
      history,
    );
  }
  const outcome = outcomeChoice(target);
  let mapping: OutcomeMapping;
  let basis: FitRun["basis"] = "given";
  if (request.mapping) mapping = request.mapping;
  else if (request.good !== undefined && request.good !== null) {
    const given = outcomeMappingFromGood(target.values, request.good);
    if (isCreditError(given)) return blocked("outcome", given, history, outcome);
    mapping = given;
  } else if (outcome.proposal) {
    mapping = { good: outcome.proposal.good, bad: outcome.proposal.bad };
    basis = outcome.proposal.basis;
  } else {
    return blocked(
      "outcome",
      outcome.problem ?? creditError("#VALUE!", "outcomeColumnEmpty"),
      history,
      outcome,
    );
  }
  const setup = prepareFit(history, {
    target,
    mapping,
    holdoutShare: request.holdoutShare,
    seed: request.seed,
  });
  if (isCreditError(setup)) return blocked("outcome", setup, history, outcome);
  const proposal = proposeCandidates(setup);
  const result = fitProposed(proposal, { scale: request.scale });
  if (isCreditError(result)) return blocked("fit", result, history, outcome);
  const { fitted, leftOut } = result;
  const textNumbers = proposal.candidates
    .filter((c) => fitted.columns.includes(c.column) && c.textNumbers > 0)
    .map((c) => ({ column: c.column, count: c.textNumbers }));
  const sheets = request.write
    ? await writeFitSheets(host, fitted, {
        ...request.write,
        proposal,
        leftOut,
        signal: options.signal,
        onProgress: options.onProgress,
      })
    : null;
  return { kind: "done", history, outcome, mapping, basis, proposal, fitted, leftOut, textNumbers, sheets };
}
