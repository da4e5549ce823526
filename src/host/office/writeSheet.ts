/**
 * Writing a SheetSpec as a CreditKit-owned sheet, all or nothing. The report is built on a new,
 * hidden, uniquely named temporary sheet; only when every batch has landed is the old version
 * deleted and the temporary sheet renamed, shown, activated and recorded as owned, in one request.
 * Nothing is written to any other sheet.
 */
import { type SheetSpec, sheetNameProblem } from "../../core/report";
import {
  HostError,
  OWNED_SHEETS_SETTING,
  type RunOptions,
  throwIfCancelled,
  type WriteResult,
} from "../port";
import { type ProgressCounter, progressCounter } from "./_lib/progress";
import { sameName } from "./_lib/sameName";
import { toHostError } from "./_lib/toHostError";
import { uniqueName } from "./_lib/uniqueName";
import { type PendingTable, type StepTarget, type WriteStep } from "./_lib/writeStep";
import { type ExcelRun } from "./excelRun";
import { planSheetWrite, type SheetWritePlan } from "./planSheetWrite";
import { recoverFailedWrite, type WriteState } from "./recoverWrite";
import { loadSetting, ownedSheetNames, settingValue } from "./settings";

/** The workbook as the write found it. */
interface Before {
  /** The CreditKit sheet being replaced. */
  readonly old: Excel.Worksheet | undefined;
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  readonly owned: readonly string[];
}

/**
 * Writes `spec` as a sheet CreditKit owns, in one Excel.run:
 * 1. one request reads the sheet names, table names and the ownership list; a name held by a
 *    sheet CreditKit did not write is refused (`sheetNotOwned`), as is a table name held by a table
 *    outside the sheet being replaced;
 * 2. one request per batch (≤ 20,000 rows, < 4 MB) builds the temporary sheet: cells, number
 *    formats, then styles, tables, conditional formats, charts, validation, widths, panes, merges;
 * 3. one request commits: show the new sheet, delete the old, rename tables and sheet, activate,
 *    record ownership.
 * Cancellation is honoured before each request up to the commit. On failure or cancellation the
 * temporary sheet is removed (see {@link recoverFailedWrite}) and the error rethrown as a HostError.
 *
 * Formulas in a spec must not name the report's own sheet: they are entered while it still has its
 * temporary name, and a reference to the final name would point at the old sheet being deleted.
 *
 * @example
 * await writeReportSheet(excelRun, agingSpec, { signal, onProgress });
 * // { sheet: "Aging 2026-10-31", replaced: true, cells: 48210 }
 */
export async function writeReportSheet(
  run: ExcelRun,
  spec: SheetSpec,
  options: RunOptions = {},
): Promise<WriteResult> {
  const problem = sheetNameProblem(spec.name);
  if (problem) throw new HostError("invalidSheetName", { name: spec.name, problem });
  throwIfCancelled(options.signal);
  const plan = planSheetWrite(spec);
  try {
    return await run((context) => writeInContext(context, spec, plan, options));
  } catch (error) {
    throw toHostError(error);
  }
}

async function writeInContext(
  context: Excel.RequestContext,
  spec: SheetSpec,
  plan: SheetWritePlan,
  options: RunOptions,
): Promise<WriteResult> {
  const before = await inspectWorkbook(context, spec);
  const tables: PendingTable[] = [];
  const state: WriteState = {
    tempName: uniqueName("~CreditKit ", before.sheetNames),
    finalName: spec.name,
    hadOld: before.old !== undefined,
    created: false,
    committing: false,
    previousOwned: before.owned,
    nextOwned: [
      // Names of sheets that no longer exist are dropped, so a later sheet of that name is not taken for ours.
      ...before.owned.filter(
        (name) => !sameName(name, spec.name) && before.sheetNames.some((sheet) => sameName(sheet, name)),
      ),
      spec.name,
    ],
    tables,
  };
  const tablePrefix = uniqueName("CreditKitTmp_", before.tableNames);
  const progress = progressCounter("write", plan.cells, options.onProgress);
  let target: StepTarget | undefined;
  const temporarySheet = (): StepTarget => {
    if (target) return target;
    const sheet = context.workbook.worksheets.add(state.tempName);
    sheet.visibility = "Hidden";
    state.created = true;
    let count = 0;
    target = { sheet, tables, temporaryTableName: () => `${tablePrefix}_${++count}` };
    return target;
  };
  try {
    for (const batch of plan.batches) {
      throwIfCancelled(options.signal);
      await writeBatch(context, temporarySheet(), batch, progress);
    }
    throwIfCancelled(options.signal);
    const sheet = temporarySheet().sheet;
    state.committing = true;
    await commitSheet(context, sheet, before.old, state);
  } catch (error) {
    try {
      await recoverFailedWrite(context, state);
    } catch {
      // The original failure is what the user needs to see; a failed clean-up cannot be retried here.
    }
    throw error;
  }
  progress.finish();
  return { sheet: spec.name, replaced: state.hadOld, cells: plan.cells };
}

async function inspectWorkbook(context: Excel.RequestContext, spec: SheetSpec): Promise<Before> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const ownedSetting = loadSetting(context, OWNED_SHEETS_SETTING);
  await context.sync();
  const owned = ownedSheetNames(settingValue(ownedSetting));
  const old = sheets.items.find((sheet) => sameName(sheet.name, spec.name));
  if (old && !owned.some((name) => sameName(name, old.name)))
    throw new HostError("sheetNotOwned", { name: old.name });
  for (const wanted of spec.tables ?? []) {
    const holder = tables.items.find((table) => sameName(table.name, wanted.name));
    if (holder && !(old && sameName(holder.worksheet.name, old.name)))
      throw new HostError("hostFailure", { table: wanted.name }, "tableNameInUse");
  }
  return {
    old,
    sheetNames: sheets.items.map((sheet) => sheet.name),
    tableNames: tables.items.map((table) => table.name),
    owned,
  };
}

/** One batch: queue its steps, one sync. */
async function writeBatch(
  context: Excel.RequestContext,
  target: StepTarget,
  batch: readonly WriteStep[],
  progress: ProgressCounter,
): Promise<void> {
  let cells = 0;
  for (const step of batch) {
    step.apply(target);
    cells += step.cells;
  }
  await context.sync();
  progress.add(cells);
}

async function commitSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  old: Excel.Worksheet | undefined,
  state: WriteState,
): Promise<void> {
  // A workbook must keep a visible sheet: show the new one before the old one goes.
  sheet.visibility = "Visible";
  old?.delete();
  for (const pending of state.tables) pending.table.name = pending.finalName;
  sheet.name = state.finalName;
  sheet.activate();
  context.workbook.settings.add(OWNED_SHEETS_SETTING, state.nextOwned);
  await context.sync();
}
