/**
 * Putting the workbook back after a sheet write failed or was cancelled. Office.js requests are not
 * transactions: a failed request has carried out every command before the one that failed. So
 * recovery first looks at what is there (one request), then repairs it (one more).
 */
import { OWNED_SHEETS_SETTING } from "../port";
import { type PendingTable } from "./_lib/writeStep";

/** What a write had done when it stopped. */
export interface WriteState {
  readonly tempName: string;
  readonly finalName: string;
  /** A CreditKit sheet of the final name existed before the write. */
  readonly hadOld: boolean;
  /** The temporary sheet's creation was queued. */
  created: boolean;
  /** The commit request (delete old, rename new, record ownership) was sent. */
  committing: boolean;
  readonly previousOwned: readonly string[];
  readonly nextOwned: readonly string[];
  readonly tables: readonly PendingTable[];
}

/**
 * Restores the workbook after a failed write. Before the commit that means deleting the temporary
 * sheet: the workbook is exactly as it was. A commit that failed before deleting the old sheet is
 * undone the same way (and the ownership list restored). A commit that deleted the old sheet and
 * then failed cannot bring it back, so recovery finishes the commit instead (new sheet visible,
 * renamed, owned): the report is in place rather than lost with its predecessor.
 *
 * @example
 * try { … } catch (error) { await recoverFailedWrite(context, state); throw error; }
 */
export async function recoverFailedWrite(context: Excel.RequestContext, state: WriteState): Promise<void> {
  if (!state.created) return;
  const sheets = context.workbook.worksheets;
  const temp = sheets.getItemOrNullObject(state.tempName);
  temp.load("name");
  const final = sheets.getItemOrNullObject(state.finalName);
  final.load("name");
  await context.sync();
  const settings = context.workbook.settings;
  if (!temp.isNullObject && (!final.isNullObject || !state.hadOld)) {
    temp.delete();
    if (state.committing) settings.add(OWNED_SHEETS_SETTING, state.previousOwned);
  } else if (!temp.isNullObject) {
    temp.visibility = "Visible";
    temp.name = state.finalName;
    settings.add(OWNED_SHEETS_SETTING, state.nextOwned);
    for (const pending of state.tables) pending.table.name = pending.finalName;
  } else if (state.committing && !final.isNullObject) {
    final.visibility = "Visible";
    settings.add(OWNED_SHEETS_SETTING, state.nextOwned);
  } else return;
  await context.sync();
}
