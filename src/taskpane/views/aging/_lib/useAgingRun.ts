/**
 * One aging run at a time: read and age the ledger with progress, write the report sheet, remember the
 * options. Cancel aborts the host's reads and writes through one AbortController; a cancelled run
 * writes nothing. Closing the view cancels a run still going.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { agingReportLabels } from "../../../../app/aging/reportLabels";
import {
  type AgingBlocked,
  type AgingRequest,
  type AgingRun,
  runAging,
} from "../../../../app/aging/runAging";
import { agingReportSpec, agingSheetName } from "../../../../core/report/agingReport";
import { HostError, type Progress, type WorkbookHost } from "../../../../host";
import { type SupportedLanguage } from "../../../../i18n";
import { type LastRun, LAST_RUN_SETTING, lastRunValue } from "./lastRun";

/** What to run and how to report and remember it. */
export interface AgingRunPlan {
  readonly request: AgingRequest;
  /** The source's name, for the report's "Source" line. */
  readonly sourceName: string;
  /** Language of the report sheet. */
  readonly language: SupportedLanguage;
  /** The options to remember, given the finished run (its headers name the corrected columns). */
  readonly remember: (run: AgingRun) => LastRun;
}

/** A failure kept with the step it happened in. */
export interface StepFailure {
  readonly error: unknown;
}

/** Where the run is. */
export type AgingRunState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly phase: Progress["phase"];
      readonly done: number;
      readonly total: number;
    }
  | { readonly status: "cancelled" }
  | { readonly status: "blocked"; readonly blocked: AgingBlocked }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "done";
      readonly run: AgingRun;
      /** The report sheet's name. */
      readonly sheet: string;
      readonly writeFailure: StepFailure | null;
      readonly saveFailure: StepFailure | null;
    };

/** The run's state and its two actions. */
export interface AgingRunControls {
  readonly state: AgingRunState;
  readonly start: (plan: AgingRunPlan) => Promise<void>;
  readonly cancel: () => void;
}

/**
 * Runs aging on `host`.
 *
 * @example
 * const { state, start, cancel } = useAgingRun(host);
 * void start({ request, sourceName: "Ledger", language: "en", remember });
 */
export function useAgingRun(host: WorkbookHost): AgingRunControls {
  const [state, setState] = useState<AgingRunState>({ status: "idle" });
  const active = useRef<AbortController | null>(null);
  useEffect(() => () => active.current?.abort(), []);

  const start = useCallback(
    async (plan: AgingRunPlan) => {
      active.current?.abort();
      const controller = new AbortController();
      active.current = controller;
      const { signal } = controller;
      // Only the latest run may change what the view shows.
      const show = (next: AgingRunState) => {
        if (active.current === controller) setState(next);
      };
      const onProgress = ({ phase, done, total }: Progress) =>
        show({ status: "running", phase, done, total });
      show({ status: "running", phase: "read", done: 0, total: 0 });
      try {
        const run = await runAging(host, plan.request, { signal, onProgress });
        if (signal.aborted) throw new HostError("cancelled");
        if (run.kind === "blocked") {
          show({ status: "blocked", blocked: run });
          return;
        }
        show({ status: "running", phase: "write", done: 0, total: 0 });
        const sheet = agingSheetName(plan.request.asOf);
        const spec = agingReportSpec(run.result, {
          sheetName: sheet,
          sourceName: plan.sourceName,
          labels: agingReportLabels(plan.language),
        });
        const writeFailure = await failureOf(host.writeSheet(spec, { signal, onProgress }));
        if (signal.aborted || isCancellation(writeFailure?.error)) throw new HostError("cancelled");
        const saveFailure = await failureOf(
          host.setSetting(LAST_RUN_SETTING, lastRunValue(plan.remember(run))),
        );
        show({ status: "done", run, sheet, writeFailure, saveFailure });
      } catch (error) {
        show(signal.aborted || isCancellation(error) ? { status: "cancelled" } : { status: "failed", error });
      } finally {
        if (active.current === controller) active.current = null;
      }
    },
    [host],
  );

  const cancel = useCallback(() => active.current?.abort(), []);
  return { state, start, cancel };
}

async function failureOf(step: Promise<unknown>): Promise<StepFailure | null> {
  try {
    await step;
    return null;
  } catch (error) {
    return { error };
  }
}

function isCancellation(error: unknown): boolean {
  return error instanceof HostError && error.code === "cancelled";
}
