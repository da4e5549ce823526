/**
 * exceljs, loaded the first time a file is read or written. It is a fifth of the playground's script
 * and runs every one of its modules when loaded, while the page's first view (the sample, built in
 * memory) needs none of it; the playground's build puts it in a chunk of its own.
 */
import type * as ExcelJs from "exceljs";

/** The exceljs module. */
export type ExcelJsModule = typeof ExcelJs;

let loading: Promise<ExcelJsModule> | undefined;

/**
 * The exceljs module, loaded once.
 *
 * @example
 * const { Workbook } = await loadExcelJs();
 * const workbook = new Workbook();
 */
export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then((loaded) =>
    // A CommonJS package: bundlers and TypeScript's CommonJS output give its exports as they are,
    // Node's own import() under `default`.
    "Workbook" in loaded ? loaded : (loaded as unknown as { default: ExcelJsModule }).default,
  );
  return loading;
}
