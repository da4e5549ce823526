/**
 * One warning run at a time: read the sources and run the checks with progress, write the Warnings sheet,
 * remember the sources. Cancel aborts the host's reads and writes through one AbortController; a
 * cancelled run writes nothing. Closing the view cancels a run still going.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { evidenceSheets } from "../../../../app/warnings/evidenceSheets";
import { warningsReportLabels } from "../../../../app/warnings/reportLabels";
import {
  runWarnings,
  type WarningsBlocked,
  type WarningsRequest,
  type WarningsRun,
} from "../../../../app/warnings/runWarnings";
import { warningsReportSpec, warningsSheetName } from "../../../../core/report";
import { HostError, type Progress, type WorkbookHost } from "../../../../host";
import { type SupportedLanguage } from "../../../../i18n";
import { type RememberedSources, sourcesValue, WARNING_SOURCES_SETTING } from "./rememberedSources";

/** What to run, in which language to write the sheet, and the sources to remember. */
export interface WarningsRunPlan {
  readonly request: WarningsRequest & { readonly settings: NonNullable<WarningsRequest["settings"]> };
  readonly language: SupportedLanguage;
  readonly remember: RememberedSources;
}

/** A failure kept with the step it happened in. */
export interface StepFailure {
  readonly error: unknown;
}

/** Where the run is. */
export type WarningsRunState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly phase: Progress["phase"];
      readonly done: number;
      readonly total: number;
    }
  | { readonly status: "cancelled" }
  | { readonly status: "blocked"; readonly blocked: WarningsBlocked }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "done";
      readonly run: WarningsRun;
      /** The Warnings sheet's name. */
      readonly sheet: string;
      readonly writeFailure: StepFailure | null;
      readonly saveFailure: StepFailure | null;
    };

/** The run's state and its two actions. */
export interface WarningsRunControls {
  readonly state: WarningsRunState;
  readonly start: (plan: WarningsRunPlan) => Promise<void>;
  readonly cancel: () => void;
}

/**
 * Runs the warning checks on `host`.
 *
 * @example
 * const { state, start, cancel } = useWarningsRun(host);
 * void start({ request, language: "en", remember });
 */
export function useWarningsRun(host: WorkbookHost): WarningsRunControls {
  const [state, setState] = useState<WarningsRunState>({ status: "idle" });
  const active = useRef<AbortController | null>(null);
  useEffect(() => () => active.current?.abort(), []);

  const start = useCallback(
    async (plan: WarningsRunPlan) => {
      active.current?.abort();
      const controller = new AbortController();
      active.current = controller;
      const { signal } = controller;
      // Only the latest run may change what the view shows.
      const show = (next: WarningsRunState) => {
        if (active.current === controller) setState(next);
      };
      const onProgress = ({ phase, done, total }: Progress) =>
        show({ status: "running", phase, done, total });
      show({ status: "running", phase: "read", done: 0, total: 0 });
      try {
        const run = await runWarnings(host, plan.request, { signal, onProgress });
        if (signal.aborted) throw new HostError("cancelled");
        if (run.kind === "blocked") {
          show({ status: "blocked", blocked: run });
          return;
        }
        show({ status: "running", phase: "write", done: 0, total: 0 });
        const sheet = warningsSheetName(plan.request.asOf);
        const spec = warningsReportSpec(run.report, {
          sheetName: sheet,
          labels: warningsReportLabels(plan.language),
          ...evidenceSheets(run),
          settings: run.settings,
          rejected: run.rejected,
        });
        const writeFailure = await failureOf(host.writeSheet(spec, { signal, onProgress }));
        if (signal.aborted || isCancellation(writeFailure?.error)) throw new HostError("cancelled");
        const saveFailure = await failureOf(
          host.setSetting(WARNING_SOURCES_SETTING, sourcesValue(plan.remember)),
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
