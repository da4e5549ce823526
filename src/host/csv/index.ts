/** The CSV host: one file as a read-only, streamed single-sheet workbook. */
export { CsvLedgerHost } from "./csvLedgerHost";
export { type CsvEncoding, decodeCsv } from "./decodeCsv";
