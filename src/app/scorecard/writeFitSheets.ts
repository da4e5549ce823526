/**
 * Writing a fitted card's two sheets, the Scorecard and the Model report, as owned CreditKit sheets.
 */
import { type CreditError } from "../../core/errors";
import { type SheetSpec, sheetNameProblem } from "../../core/report";
import {
  type CandidateIv,
  MODEL_REPORT_SHEET,
  modelReportSpec,
  SCORECARD_SHEET,
  scoreBandTable,
  scorecardSheetSpec,
} from "../../core/scorecardSheets";
import { HostError, type RunOptions, type WorkbookHost, type WriteResult } from "../../host";
import { ledgerMessage, type SupportedLanguage } from "../../i18n";
import { type CandidateCharacteristic, type FitProposal } from "./candidates";
import { type FittedCard } from "./fitCard";
import { fitNote, modelReportLabels, scorecardSheetLabels } from "./fitLabels";
import { type HistoryColumn } from "./historyTable";

/**
 * A characteristic the fit left out, and the engine's reason.
 *
 * @example
 * const dropped: LeftOut = { column: telephone, error: creditError("#NUM!", "logisticSingular", { predictor: "Telephone" }) };
 */
export interface LeftOut {
  readonly column: HistoryColumn;
  readonly error: CreditError;
}

/**
 * What the sheets are called and say, and what the fit considered.
 *
 * @example
 * const options: FitSheetOptions = { language: "en", proposal, leftOut: [] };
 */
export interface FitSheetOptions {
  readonly language: SupportedLanguage;
  /** The candidates, for the Model report's IV table; without them it lists the card's characteristics. */
  readonly proposal?: FitProposal | null;
  readonly leftOut?: readonly LeftOut[];
  /** Default "Points scorecard". */
  readonly scorecardSheet?: string;
  /** Default "Model report". */
  readonly modelReportSheet?: string;
}

/**
 * The two sheets as written.
 *
 * @example
 * const sheets: FitSheets = await writeFitSheets(host, fitted, { language: "en" });
 * sheets.scorecard.sheet; // "Points scorecard"
 */
export interface FitSheets {
  readonly scorecard: WriteResult;
  readonly modelReport: WriteResult;
}

function candidateNote(
  candidate: CandidateCharacteristic,
  inCard: boolean,
  leftOut: LeftOut | undefined,
  language: SupportedLanguage,
): string {
  if (inCard) return "";
  if (leftOut) {
    return fitNote(language, "leftOut", {
      reason: ledgerMessage(language, leftOut.error.id, leftOut.error.params),
    });
  }
  if (candidate.error) return ledgerMessage(language, candidate.error.id, candidate.error.params);
  if (candidate.reason === "tooManyLevels")
    return fitNote(language, "tooManyLevels", { levels: candidate.levels });
  if (candidate.reason !== null) return fitNote(language, candidate.reason);
  return fitNote(language, "notChosen");
}

/** The Model report's IV table: every candidate, strongest first, or the card's characteristics alone. */
function candidateRows(fitted: FittedCard, options: FitSheetOptions): CandidateIv[] {
  const inCard = new Set(fitted.columns);
  if (!options.proposal) {
    return fitted.card.characteristics.map((c) => ({
      name: c.name,
      kind: c.binning.kind,
      bins: c.bins.length,
      iv: c.iv,
      strength: c.strength,
      inCard: true,
      note: "",
    }));
  }
  const rows = options.proposal.candidates.map((candidate) => ({
    name: candidate.column.header,
    kind: candidate.kind,
    bins: candidate.bins?.bins.length ?? 0,
    iv: candidate.bins?.iv ?? null,
    strength: candidate.bins?.strength ?? null,
    inCard: inCard.has(candidate.column),
    note: candidateNote(
      candidate,
      inCard.has(candidate.column),
      options.leftOut?.find((l) => l.column === candidate.column),
      options.language,
    ),
  }));
  return rows.sort((a, b) => (b.iv ?? -1) - (a.iv ?? -1));
}

/**
 * The Scorecard and Model report sheets of a fitted card, as SheetSpecs (nothing written).
 *
 * @example
 * const { scorecard, modelReport } = fitSheetSpecs(fitted, { language: "zh-CN", proposal });
 */
export function fitSheetSpecs(
  fitted: FittedCard,
  options: FitSheetOptions,
): { readonly scorecard: SheetSpec; readonly modelReport: SheetSpec } {
  const { setup, card } = fitted;
  const { history, target, mapping, outcomes, split } = setup;
  const id = options.proposal?.id ?? null;
  const outcome = { header: target.header, good: mapping.good, bad: mapping.bad };
  const scorecard = scorecardSheetSpec(
    card,
    {
      sheet: history.shape.sheet,
      rows: history.rows,
      columns: fitted.columns.map((c) => c.column),
      id: id ? { header: id.header, column: id.column } : null,
      outcome: { ...outcome, column: target.column },
    },
    scorecardSheetLabels(options.language),
    { sheetName: options.scorecardSheet ?? SCORECARD_SHEET },
  );
  const modelReport = modelReportSpec(card, modelReportLabels(options.language), {
    sheetName: options.modelReportSheet ?? MODEL_REPORT_SHEET,
    source: history.shape.sheet,
    outcome,
    sample: {
      rows: history.rows.length,
      goods: outcomes.goods,
      bads: outcomes.bads,
      blank: outcomes.blank,
      training: split.training.length,
      holdout: split.holdout.length,
      holdoutShare: setup.holdoutShare,
      seed: setup.seed,
    },
    candidates: candidateRows(fitted, options),
    bands: scoreBandTable(fitted.scores, outcomes.bad, split),
  });
  return { scorecard, modelReport };
}

/** Refuses, before anything is written, a name Excel would refuse or a sheet CreditKit did not write. */
async function checkNames(host: WorkbookHost, specs: readonly SheetSpec[]): Promise<void> {
  const sheets = await host.listSheets();
  for (const spec of specs) {
    const problem = sheetNameProblem(spec.name);
    if (problem !== null) throw new HostError("invalidSheetName", { sheet: spec.name, problem });
    const taken = sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (taken && !taken.ownedByCreditKit) throw new HostError("sheetNotOwned", { sheet: taken.name });
  }
}

/**
 * Writes the Scorecard and Model report sheets, replacing earlier versions CreditKit wrote; the history is
 * never touched. Everything that would refuse either sheet (a bad name, a sheet of that name the user
 * wrote) is checked before the first is written, and a cancellation counts only until the Scorecard sheet
 * is in place — after that the Model report is written too — so a refused or cancelled run leaves the
 * workbook as it was, not with one sheet of the pair updated. (Only the host failing outright during the
 * second write could leave a new Scorecard beside the old Model report; each write itself is all or nothing.)
 *
 * @example
 * await writeFitSheets(host, fitted, { language: "en", proposal, signal, onProgress });
 */
export async function writeFitSheets(
  host: WorkbookHost,
  fitted: FittedCard,
  options: FitSheetOptions & RunOptions,
): Promise<FitSheets> {
  const specs = fitSheetSpecs(fitted, options);
  await checkNames(host, [specs.scorecard, specs.modelReport]);
  const scorecard = await host.writeSheet(specs.scorecard, {
    signal: options.signal,
    onProgress: options.onProgress,
  });
  const modelReport = await host.writeSheet(specs.modelReport, { onProgress: options.onProgress });
  return { scorecard, modelReport };
}
