import { type DayOrder } from "../dates";
import { type ColumnMapping, type LedgerProblem, type LedgerRejection, type RawCell } from "../ledger";
import { type PaymentRecord } from "./paymentRecord";

/**
 * How to read a payment history: the confirmed columns (ledger fields: customer, amount, dueDate,
 * settledDate, and optionally invoiceDate, termsDays, currency), where the header is, and how to read dates.
 *
 * @example
 * const options: PaymentHistoryReaderOptions = { mapping: { customer: 0, dueDate: 1, amount: 2, settledDate: 3 }, headerRow: 0 };
 */
export interface PaymentHistoryReaderOptions {
  readonly mapping: ColumnMapping;
  /** 0-based index (counted over all rows handed to `addRows`) of the header row; -1 when there is none. */
  readonly headerRow: number;
  /** Order of ambiguous text dates (`1/2/2013`); detected from the date columns when omitted or null. */
  readonly dayOrder?: DayOrder | null;
  /** Numbers in date columns are 1904-system serials. */
  readonly date1904?: boolean;
  /** Currency of records without one (no currency column, or a blank cell); "" when omitted. */
  readonly defaultCurrency?: string;
  /** Header texts, to name columns in rejections; taken from the header row as it passes when omitted. */
  readonly headers?: readonly string[];
  /** 1-based sheet column of the rows' first cell, for column letters (default 1). */
  readonly firstColumn?: number;
}

/**
 * What reading a payment history gave: the records the warning checks take, the rows that could not be read
 * (sheet row, column and reason, as for the ledger: never dropped silently), how many records are paid, and
 * the day order used for ambiguous text dates.
 *
 * @example
 * const read: PaymentHistoryRead = reader.finish();
 * read.records.length - read.paidCount; // invoices not yet paid
 */
export interface PaymentHistoryRead {
  readonly records: readonly PaymentRecord[];
  readonly rejected: readonly LedgerRejection[];
  readonly paidCount: number;
  readonly dayOrder: DayOrder | null;
}

/**
 * A payment history read block by block, as a host reads it: `addRows` for every block in order from the
 * source's first row (the header included: `headerRow` counts from there), then `finish` once.
 *
 * @example
 * reader.addRows(block.rows, block.firstRow);
 * const { records } = reader.finish();
 */
export interface PaymentHistoryReader {
  /** Reads one block; `firstSheetRow` is the 1-based sheet row of `rows[0]`. */
  addRows(rows: readonly (readonly RawCell[])[], firstSheetRow: number): void;
  finish(): PaymentHistoryRead;
}

/**
 * A payment history read from a sheet or table in one go: the detected (or given) columns, the problems of
 * the detection (blocking ones leave `records` empty), the records and the rows not read.
 *
 * @example
 * const history = readPaymentHistory(rows);
 * if (!history.problems.some((p) => p.severity === "blocking")) runWarningChecks({ ledger, history: history.records });
 */
export interface PaymentHistory extends PaymentHistoryRead {
  /** 0-based index into the rows of the header row. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly problems: readonly LedgerProblem[];
}
