/**
 * One aging run at a time: read and age the ledger with progress, write the report sheet, remember the
 * options — the shared run life cycle of useReportRun with aging's three steps.
 */
import { useCallback } from "react";
import { agingReportLabels } from "../../../../app/aging/reportLabels";
import {
  type AgingBlocked,
  type AgingRequest,
  type AgingRun,
  runAging,
} from "../../../../app/aging/runAging";
import { agingReportSpec, agingSheetName } from "../../../../core/report/agingReport";
import { type WorkbookHost } from "../../../../host";
import { type SupportedLanguage } from "../../../../i18n";
import { type ReportRunState, useReportRun } from "../../_lib/useReportRun";
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

export { type StepFailure } from "../../_lib/useReportRun";

/** Where the run is. */
export type AgingRunState = ReportRunState<AgingRun, AgingBlocked>;

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
  const { state, start: startRun, cancel } = useReportRun<AgingRun, AgingBlocked>(host);
  const start = useCallback(
    (plan: AgingRunPlan) =>
      startRun({
        compute: (options) => runAging(host, plan.request, options),
        report: (run) => {
          const sheet = agingSheetName(plan.request.asOf);
          const spec = agingReportSpec(run.result, {
            sheetName: sheet,
            sourceName: plan.sourceName,
            labels: agingReportLabels(plan.language),
          });
          return { sheet, spec };
        },
        remember: (run) => ({ key: LAST_RUN_SETTING, value: lastRunValue(plan.remember(run)) }),
      }),
    [host, startRun],
  );
  return { state, start, cancel };
}
