/** The aging view's steps (source, columns, options, run, result) over a workbook host. */
export { AgingWorkbench, type AgingWorkbenchProps } from "./AgingWorkbench";
export { isoDay } from "./_lib/agingForm";
export { LAST_RUN_SETTING } from "./_lib/lastRun";
