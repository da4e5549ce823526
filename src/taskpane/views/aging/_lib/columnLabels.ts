/**
 * How a column of the ledger is named in the column dropdowns: its header, or its letter when the
 * header is blank or shared with another column, so that every entry can be told apart.
 */
import { type TFunction } from "i18next";
import { columnLetters } from "../../../../core/report";

/**
 * A label per column of `headers`, whose first column is sheet column `firstColumn` (1-based).
 *
 * @example
 * columnLabels(["Customer", "", "Amount", "Amount"], 1, t);
 * // ["Customer", "Column B", "Amount (column C)", "Amount (column D)"]
 */
export function columnLabels(headers: readonly string[], firstColumn: number, t: TFunction): string[] {
  const counts = new Map<string, number>();
  for (const header of headers) counts.set(header, (counts.get(header) ?? 0) + 1);
  return headers.map((header, index) => {
    const column = columnLetters(firstColumn + index);
    if (header === "") return t("agingView.columns.blankHeader", { column });
    return (counts.get(header) ?? 0) > 1 ? t("agingView.columns.repeatedHeader", { header, column }) : header;
  });
}
