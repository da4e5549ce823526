/**
 * A workbook from a file the user picked: an .xlsx as it is, a .csv (UTF-8, UTF-16, GBK or Big5, as
 * Excel and accounting systems save them) as one sheet named after the file. The bytes never leave
 * the page.
 */
import { sheetNameProblem } from "../../core/report";
import { decodeCsv } from "../../host/csv/decodeCsv";
import { EmbeddedWorkbook } from "../../host/embedded";
import { type SupportedLanguage } from "../../i18n";

/** The part of a browser `File` the reader needs (a test passes a plain object). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Why a file was not opened, for the message.
 *
 * @example
 * throw new UnsupportedFileError("notes.docx");
 */
export class UnsupportedFileError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is neither an .xlsx workbook nor a .csv file`);
    this.name = "UnsupportedFileError";
  }
}

/**
 * The name a CSV file's sheet gets: the file's name without its extension, cut to what Excel allows.
 *
 * @example
 * csvSheetName("ledger [2026].csv"); // "ledger 2026"
 * csvSheetName(".csv"); // "Sheet1"
 */
export function csvSheetName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[[\]:*?/\\]/g, "")
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, "")
    .trim();
  return base !== "" && sheetNameProblem(base) === null ? base : "Sheet1";
}

/**
 * Opens a picked file as an embedded workbook; rejects with {@link UnsupportedFileError} for other
 * kinds of file and with the host's `fileUnreadable` error for a damaged workbook.
 *
 * @example
 * const workbook = await openWorkbookFile(input.files[0], "en");
 */
export async function openWorkbookFile(
  file: PickedFile,
  language: SupportedLanguage,
): Promise<EmbeddedWorkbook> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension === "xlsx" || extension === "xlsm") {
    return EmbeddedWorkbook.fromXlsx(new Uint8Array(await file.arrayBuffer()), { language });
  }
  if (extension === "csv" || extension === "txt") {
    const { text } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    return EmbeddedWorkbook.fromCsv(text, { language, sheetName: csvSheetName(file.name) });
  }
  throw new UnsupportedFileError(file.name);
}
