/**
 * One report run at a time, the life cycle the Aging and Warnings views share: read and compute with
 * progress, write the report sheet, remember the run in the workbook. Cancel aborts the host's reads and
 * writes through one AbortController; a cancelled run writes nothing. Closing the view cancels a run
 * still going. Only the latest run may change what the view shows.
 */
import { useCallback } from "react";
import { type SheetSpec } from "../../../core/report";
import {
  HostError,
  type Progress,
  type RunOptions,
  type SettingValue,
  type WorkbookHost,
} from "../../../host";
import { useLatestRun, wasCancelled } from "./useLatestRun";

/** A failure kept with the step it happened in. */
export interface StepFailure {
  readonly error: unknown;
}

/** Where a run is; `Run` is the finished computation, `Blocked` why its inputs cannot be used. */
export type ReportRunState<Run, Blocked> =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly phase: Progress["phase"];
      readonly done: number;
      readonly total: number;
    }
  | { readonly status: "cancelled" }
  | { readonly status: "blocked"; readonly blocked: Blocked }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "done";
      readonly run: Run;
      /** The report sheet's name. */
      readonly sheet: string;
      readonly writeFailure: StepFailure | null;
      readonly saveFailure: StepFailure | null;
    };

/** The three steps a view supplies: compute, lay out the report, and what to remember. */
export interface ReportRunSteps<
  Run extends { readonly kind: "done" },
  Blocked extends { readonly kind: "blocked" },
> {
  readonly compute: (options: RunOptions) => Promise<Run | Blocked>;
  readonly report: (run: Run) => { readonly sheet: string; readonly spec: SheetSpec };
  readonly remember: (run: Run) => { readonly key: string; readonly value: SettingValue };
}

/** The run's state and its two actions. */
export interface ReportRunControls<
  Run extends { readonly kind: "done" },
  Blocked extends { readonly kind: "blocked" },
> {
  readonly state: ReportRunState<Run, Blocked>;
  readonly start: (steps: ReportRunSteps<Run, Blocked>) => Promise<void>;
  readonly cancel: () => void;
}

/**
 * Runs report computations on `host`, one at a time.
 *
 * @example
 * const { state, start, cancel } = useReportRun<AgingRun, AgingBlocked>(host);
 * void start({ compute: (o) => runAging(host, request, o), report, remember });
 */
export function useReportRun<
  Run extends { readonly kind: "done" },
  Blocked extends { readonly kind: "blocked" },
>(host: WorkbookHost): ReportRunControls<Run, Blocked> {
  const { state, begin, cancel } = useLatestRun<ReportRunState<Run, Blocked>>({ status: "idle" });

  const start = useCallback(
    async (steps: ReportRunSteps<Run, Blocked>) => {
      const { signal, show, end } = begin();
      const onProgress = ({ phase, done, total }: Progress) =>
        show({ status: "running", phase, done, total });
      show({ status: "running", phase: "read", done: 0, total: 0 });
      try {
        const run = await steps.compute({ signal, onProgress });
        if (signal.aborted) throw new HostError("cancelled");
        if (run.kind === "blocked") {
          show({ status: "blocked", blocked: run });
          return;
        }
        const done = run;
        show({ status: "running", phase: "write", done: 0, total: 0 });
        const { sheet, spec } = steps.report(done);
        const writeFailure = await failureOf(host.writeSheet(spec, { signal, onProgress }));
        if (wasCancelled(writeFailure?.error, signal)) throw new HostError("cancelled");
        const { key, value } = steps.remember(done);
        const saveFailure = await failureOf(host.setSetting(key, value));
        show({ status: "done", run: done, sheet, writeFailure, saveFailure });
      } catch (error) {
        show(wasCancelled(error, signal) ? { status: "cancelled" } : { status: "failed", error });
      } finally {
        end();
      }
    },
    [host, begin],
  );

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
