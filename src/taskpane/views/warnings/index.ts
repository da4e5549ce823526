/** The warnings view's steps (sources, rules, run, result) over a workbook host. */
export { WarningsWorkbench, type WarningsWorkbenchProps } from "./WarningsWorkbench";
export { WARNING_SOURCES_SETTING } from "./_lib/rememberedSources";
