/**
 * The Fit panel's state from the history to the written sheets, one step after another: choosing a source
 * reads it, choosing the outcome column proposes the good values, "Propose" bins the characteristics,
 * "Fit" fits those ticked and "Write" writes the two sheets. Changing a step clears every later one, so
 * what the pane shows always belongs to the current choices.
 */
import { useRef, useState } from "react";
import {
  candidateFor,
  type FitProposal,
  type FitSheets,
  type FittedCard,
  fitProposed,
  type HistoryTable,
  type LeftOut,
  type OutcomeChoice,
  outcomeChoice,
  prepareFit,
  proposeCandidates,
  readHistory,
  writeFitSheets,
} from "../../../../app/scorecard/runFit";
import { type CreditError, isCreditError } from "../../../../core/errors";
import { type BinningSpec } from "../../../../core/scorecard";
import { type SourceRef, type WorkbookHost } from "../../../../host";
import { type SupportedLanguage } from "../../../../i18n";
import { goodMapping, initialGood } from "./goodValues";

/** The step a failure belongs to, shown under it. */
export type FitStep = "read" | "propose" | "fit" | "write";

/** What is under way; every control is disabled meanwhile. */
export type FitBusy = FitStep | null;

/** A fit with what it left out. */
export interface FitResult {
  readonly fitted: FittedCard;
  readonly leftOut: readonly LeftOut[];
}

/** Everything the panel shows. */
export interface FitFlowState {
  readonly history: HistoryTable | null;
  readonly outcome: OutcomeChoice | null;
  readonly good: ReadonlySet<string>;
  readonly proposal: FitProposal | null;
  /** Column indexes of the ticked characteristics. */
  readonly used: ReadonlySet<number>;
  readonly result: FitResult | null;
  readonly sheets: FitSheets | null;
  readonly failure: { readonly step: FitStep; readonly error: unknown } | null;
  readonly busy: FitBusy;
}

const EMPTY: FitFlowState = {
  history: null,
  outcome: null,
  good: new Set(),
  proposal: null,
  used: new Set(),
  result: null,
  sheets: null,
  failure: null,
  busy: null,
};

/** Lets React paint the busy state before a long synchronous step (binning, fitting) blocks the thread. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The panel's state and its actions.
 *
 * @example
 * const flow = useFitFlow(host, "en");
 * flow.chooseSource({ kind: "sheet", sheet: "History" });
 */
export function useFitFlow(host: WorkbookHost, language: SupportedLanguage) {
  const [state, setState] = useState<FitFlowState>(EMPTY);
  // A read that finishes after the user chose another source must not overwrite the newer choice.
  const reading = useRef(0);
  const update = (patch: Partial<FitFlowState>) => setState((previous) => ({ ...previous, ...patch }));
  const later = { proposal: null, used: new Set<number>(), result: null, sheets: null, failure: null };

  const chooseSource = (ref: SourceRef | null) => {
    const ticket = ++reading.current;
    setState({ ...EMPTY, busy: ref === null ? null : "read" });
    if (ref === null) return;
    const settle = (patch: Partial<FitFlowState>) => {
      if (ticket === reading.current) update({ ...patch, busy: null });
    };
    readHistory(host, ref).then(
      (history) =>
        settle(isCreditError(history) ? { failure: { step: "read", error: history } } : { history }),
      (error: unknown) => settle({ failure: { step: "read", error } }),
    );
  };

  const chooseTarget = (index: number) => {
    const column = state.history?.columns[index];
    if (column === undefined) return;
    const outcome = outcomeChoice(column);
    update({ ...later, outcome, good: initialGood(outcome) });
  };

  const toggleGood = (value: string, good: boolean) => {
    const next = new Set(state.good);
    if (good) next.add(value);
    else next.delete(value);
    update({ ...later, good: next });
  };

  const runPropose = async () => {
    const { history, outcome, good } = state;
    if (history === null || outcome === null) return;
    update({ ...later, busy: "propose" });
    await paint();
    const mapping = goodMapping(outcome, good);
    const setup = isCreditError(mapping) ? mapping : prepareFit(history, { target: outcome.column, mapping });
    if (isCreditError(setup)) {
      update({ failure: { step: "propose", error: setup }, busy: null });
      return;
    }
    const proposal = proposeCandidates(setup);
    const used = new Set(proposal.candidates.filter((c) => c.proposed).map((c) => c.column.index));
    update({ proposal, used, busy: null });
  };

  const toggleUse = (index: number, use: boolean) => {
    const next = new Set(state.used);
    if (use) next.add(index);
    else next.delete(index);
    update({ used: next, result: null, sheets: null, failure: null });
  };

  /**
   * Bins one characteristic again — as `binning` says, or as proposed when `null` — and puts it in the
   * proposal in place of the old one; its tick follows whether it is now proposed, and the fit is cleared
   * because it was fitted on the old bins. Returns the engine's refusal instead, changing nothing, so the
   * user keeps bins that work while correcting the edit.
   */
  const rebin = (index: number, binning: BinningSpec | null): CreditError | null => {
    const { proposal } = state;
    const old = proposal?.candidates.find((c) => c.column.index === index);
    if (proposal === null || old === undefined) return null;
    const changes = binning === null ? { kind: old.kind } : { binning };
    const candidate = candidateFor(proposal.setup, old.column, changes);
    if (candidate.error !== null) return candidate.error;
    const candidates = proposal.candidates.map((c) => (c === old ? candidate : c));
    const next = new Set(state.used);
    if (candidate.proposed) next.add(index);
    else next.delete(index);
    update({ proposal: { ...proposal, candidates }, used: next, result: null, sheets: null, failure: null });
    return null;
  };

  const runFit = async () => {
    const { proposal, used } = state;
    if (proposal === null) return;
    update({ result: null, sheets: null, failure: null, busy: "fit" });
    await paint();
    // fitProposed fits the "proposed" candidates and leaves out, by name, any the regression refuses:
    // the user's ticks stand in for the proposal.
    const chosen: FitProposal = {
      ...proposal,
      candidates: proposal.candidates.map((c) => ({ ...c, proposed: used.has(c.column.index) })),
    };
    const result = fitProposed(chosen);
    update(
      isCreditError(result)
        ? { failure: { step: "fit", error: result }, busy: null }
        : { result, busy: null },
    );
  };

  const runWrite = async () => {
    const { result, proposal } = state;
    if (result === null) return;
    update({ sheets: null, failure: null, busy: "write" });
    try {
      const sheets = await writeFitSheets(host, result.fitted, {
        language,
        proposal,
        leftOut: result.leftOut,
      });
      update({ sheets, busy: null });
    } catch (error) {
      update({ failure: { step: "write", error }, busy: null });
    }
  };

  // The steps report their failures in the state, so their promises never reject: the buttons drop them.
  return {
    state,
    chooseSource,
    chooseTarget,
    toggleGood,
    propose: () => void runPropose(),
    toggleUse,
    rebin,
    fit: () => void runFit(),
    write: () => void runWrite(),
  };
}
