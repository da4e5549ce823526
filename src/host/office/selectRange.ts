/** Showing the user the cells a message is about. */
import { HostError } from "../port";
import { toHostError } from "./_lib/toHostError";

/**
 * Activates a sheet and selects a range on it, in one request; a missing sheet rejects with
 * `sheetNotFound`, an address Excel cannot read with `hostFailure`.
 *
 * @example
 * await excelRun((context) => selectCells(context, "Ledger", "C412"));
 */
export async function selectCells(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error, new HostError("sheetNotFound", { name: sheet }));
  }
}
