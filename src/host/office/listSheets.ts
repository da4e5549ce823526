/** The workbook's worksheets, with their size and whether CreditKit wrote them. */
import { OWNED_SHEETS_SETTING, type SheetInfo } from "../port";
import { sameName } from "./_lib/sameName";
import { loadSetting, ownedSheetNames, settingValue } from "./settings";

/**
 * Every worksheet in tab order, in two requests (names and the ownership list, then the used
 * ranges). Sizes count cells with values only; a sheet is `visible` only when it is neither hidden
 * nor very hidden.
 *
 * @example
 * await excelRun(listWorksheets);
 * // [{ name: "Ledger", rowCount: 5001, columnCount: 8, visible: true, ownedByCreditKit: false }, …]
 */
export async function listWorksheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const owned = loadSetting(context, OWNED_SHEETS_SETTING);
  await context.sync();
  const ownedNames = ownedSheetNames(settingValue(owned));
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowCount,columnCount");
    return range;
  });
  await context.sync();
  return sheets.items.map((sheet, i): SheetInfo => {
    const range = used[i];
    const empty = !range || range.isNullObject;
    return {
      name: sheet.name,
      rowCount: empty ? 0 : range.rowCount,
      columnCount: empty ? 0 : range.columnCount,
      visible: sheet.visibility === "Visible",
      ownedByCreditKit: ownedNames.some((name) => sameName(name, sheet.name)),
    };
  });
}
