/**
 * One warning run at a time: read the sources and run the checks with progress, write the Warnings sheet,
 * remember the sources. Cancel aborts the host's reads and writes through one AbortController; a
 * cancelled run writes nothing. Closing the view cancels a run still going.
 */
import { useCallback } from "react";
import { evidenceSheets } from "../../../../app/warnings/evidenceSheets";
import { warningsReportLabels } from "../../../../app/warnings/reportLabels";
import {
  runWarnings,
  type WarningsBlocked,
  type WarningsRequest,
  type WarningsRun,
} from "../../../../app/warnings/runWarnings";
import { warningsReportSpec, warningsSheetName } from "../../../../core/report";
import { type WorkbookHost } from "../../../../host";
import { type SupportedLanguage } from "../../../../i18n";
import { type ReportRunState, useReportRun } from "../../_lib/useReportRun";
import { type RememberedSources, sourcesValue, WARNING_SOURCES_SETTING } from "./rememberedSources";

/** What to run, in which language to write the sheet, and the sources to remember. */
export interface WarningsRunPlan {
  readonly request: WarningsRequest & { readonly settings: NonNullable<WarningsRequest["settings"]> };
  readonly language: SupportedLanguage;
  readonly remember: RememberedSources;
}

export { type StepFailure } from "../../_lib/useReportRun";

/** Where the run is. */
export type WarningsRunState = ReportRunState<WarningsRun, WarningsBlocked>;

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
  const { state, start: startRun, cancel } = useReportRun<WarningsRun, WarningsBlocked>(host);
  const start = useCallback(
    (plan: WarningsRunPlan) =>
      startRun({
        compute: (options) => runWarnings(host, plan.request, options),
        report: (run) => {
          const sheet = warningsSheetName(plan.request.asOf);
          const spec = warningsReportSpec(run.report, {
            sheetName: sheet,
            labels: warningsReportLabels(plan.language),
            ...evidenceSheets(run),
            settings: run.settings,
            rejected: run.rejected,
          });
          return { sheet, spec };
        },
        remember: () => ({ key: WARNING_SOURCES_SETTING, value: sourcesValue(plan.remember) }),
      }),
    [host, startRun],
  );
  return { state, start, cancel };
}
