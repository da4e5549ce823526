/**
 * Saves the playground's workbook as an .xlsx download: the sheets, formulas, formats, report
 * sheets and CreditKit's settings, as the CLI would write them.
 */
import { type EmbeddedWorkbook } from "../../host/embedded";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The name of the download: the opened file's name with .xlsx.
 *
 * @example
 * downloadName("ledger.csv"); // "ledger.xlsx"
 */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "").trim();
  return `${base === "" ? "workbook" : base}.xlsx`;
}

/**
 * Writes the workbook and hands it to the browser as a download.
 *
 * @example
 * await downloadWorkbook(workbook, "creditkit-sample.xlsx");
 */
export async function downloadWorkbook(workbook: EmbeddedWorkbook, fileName: string): Promise<void> {
  const bytes = await workbook.toXlsx();
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = downloadName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
