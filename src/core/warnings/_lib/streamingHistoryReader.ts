// The history reads its cells as the ledger does, so a date, an amount or a customer means the same in both
// sheets and a rejection gives the same reason: the ledger's cell readers are reused, not copied.
import { LAST_SERIAL } from "../../dates";
import { type LedgerRejection, type RawCell, detectLedgerDayOrder, isBlankCell } from "../../ledger";
import { cellText } from "../../ledger/_lib/cellText";
import {
  DATE_AMBIGUOUS,
  DATE_CELL_ERROR,
  DATE_IMPOSSIBLE,
  DATE_OUT_OF_RANGE,
  DateCellReader,
} from "../../ledger/_lib/dateCellReader";
import { readTermsValue } from "../../ledger/_lib/readTermsText";
import { isSummaryLabel } from "../../ledger/_lib/summaryRow";
import { parseNumberText } from "../../numbers";
import { columnLetters } from "../../report/address";
import {
  type PaymentHistoryRead,
  type PaymentHistoryReader,
  type PaymentHistoryReaderOptions,
} from "../paymentHistory";
import { type PaymentRecord } from "../paymentRecord";

const DATE_REASONS: Readonly<Record<number, string>> = {
  [DATE_CELL_ERROR]: "ledgerCellError",
  [DATE_AMBIGUOUS]: "ledgerDateAmbiguous",
  [DATE_IMPOSSIBLE]: "ledgerDateImpossible",
  [DATE_OUT_OF_RANGE]: "ledgerDateOutOfRange",
};

const dateReason = (code: number): string => DATE_REASONS[code] ?? "ledgerDateUnreadable";

/** A cell that failed, or `null`: the first failure of a row is the one reported, as in the ledger. */
interface Failure {
  readonly column: number;
  readonly reason: string;
}

/**
 * The history reader behind `createPaymentHistoryReader`: each data row becomes a {@link PaymentRecord} or
 * a rejection. The day order of text dates is detected block by block until a block proves it, exactly as
 * the ledger reader does, so the same rows handed to both read their dates the same way.
 *
 * @example
 * const reader = new StreamingHistoryReader({ mapping: { customer: 0, dueDate: 1, amount: 2, settledDate: 3 }, headerRow: 0 });
 * reader.addRows([["Customer", "Due", "Amount", "Paid"], ["ACME", 46000, 100, 46010]], 1);
 * reader.finish().records; // [{ customer: "ACME", amount: 100, due: 46000, paid: 46010, invoiceDate: null, currency: "", row: 2 }]
 */
export class StreamingHistoryReader implements PaymentHistoryReader {
  private readonly options: PaymentHistoryReaderOptions;
  private readonly dates: DateCellReader;
  private orderSettled: boolean;
  private headers: readonly string[];
  private rowsSeen = 0;
  private readonly records: PaymentRecord[] = [];
  private readonly rejected: LedgerRejection[] = [];
  private paidCount = 0;
  private readonly mappedColumns: readonly number[];
  private readonly cCustomer: number;
  private readonly cAmount: number;
  private readonly cDue: number;
  private readonly cSettled: number;
  private readonly cInvoice: number;
  private readonly cTerms: number;
  private readonly cCurrency: number;

  constructor(options: PaymentHistoryReaderOptions) {
    this.options = options;
    const m = options.mapping;
    this.cCustomer = m.customer ?? -1;
    this.cAmount = m.amount ?? -1;
    this.cDue = m.dueDate ?? -1;
    this.cSettled = m.settledDate ?? -1;
    this.cInvoice = m.invoiceDate ?? -1;
    this.cTerms = m.termsDays ?? -1;
    this.cCurrency = m.currency ?? -1;
    this.mappedColumns = [
      this.cCustomer,
      this.cAmount,
      this.cDue,
      this.cSettled,
      this.cInvoice,
      this.cTerms,
      this.cCurrency,
    ].filter((c) => c >= 0);
    const order = options.dayOrder ?? null;
    this.orderSettled = order !== null;
    this.dates = new DateCellReader(order, options.date1904 === true);
    this.headers = options.headers ?? [];
  }

  addRows(rows: readonly (readonly RawCell[])[], firstSheetRow: number): void {
    const headerRow = this.options.headerRow;
    const firstData = Math.max(0, headerRow + 1 - this.rowsSeen);
    if (
      this.options.headers === undefined &&
      headerRow >= this.rowsSeen &&
      headerRow < this.rowsSeen + rows.length
    ) {
      this.headers = (rows[headerRow - this.rowsSeen] ?? []).map((cell) => cellText(cell).trim());
    }
    if (!this.orderSettled && firstData < rows.length) {
      const detection = detectLedgerDayOrder(rows, this.options.mapping, firstData - 1);
      const decisive = detection.order === "dmy" || detection.order === "mdy";
      if (decisive || (detection.order === "ymd" && detection.evidence.ambiguous === 0)) {
        this.dates.setDayOrder(detection.order);
        this.orderSettled = true;
      } else if (detection.reason === "conflicting") this.orderSettled = true;
    }
    for (let i = firstData; i < rows.length; i++) this.readRow(rows[i] ?? [], firstSheetRow + i);
    this.rowsSeen += rows.length;
  }

  finish(): PaymentHistoryRead {
    return {
      records: this.records,
      rejected: this.rejected,
      paidCount: this.paidCount,
      dayOrder: this.dates.dayOrder,
    };
  }

  private readRow(row: readonly RawCell[], sheetRow: number): void {
    if (this.mappedColumns.every((c) => isBlankCell(row[c]))) return;
    const failed: { first: Failure | null } = { first: null };
    const fail = (column: number, reason: string): void => {
      failed.first ??= { column, reason };
    };

    const customer = this.customerOf(row[this.cCustomer]);
    if (customer.reason !== "") fail(this.cCustomer, customer.reason);

    const amountCell = row[this.cAmount];
    const amount = amountOf(amountCell);
    if (amount === null) {
      fail(
        this.cAmount,
        typeof amountCell === "object" && amountCell !== null ? "ledgerCellError" : "ledgerAmountUnreadable",
      );
    }

    const invoice = this.dateOf(row, this.cInvoice, fail);
    let due = this.dateOf(row, this.cDue, fail);
    if (due === 0 && failed.first === null) {
      // As in the ledger: a missing due date is the invoice date plus the terms, or the invoice date.
      if (invoice === 0) fail(this.cDue >= 0 ? this.cDue : this.cInvoice, "ledgerNoDate");
      else {
        const terms = this.termsOf(row[this.cTerms]);
        if (terms === null) fail(this.cTerms, "ledgerTermsUnreadable");
        else if (invoice + terms > LAST_SERIAL) fail(this.cTerms, "ledgerDateOutOfRange");
        else due = invoice + terms;
      }
    }
    const paid = this.dateOf(row, this.cSettled, fail);

    let currency = this.options.defaultCurrency ?? "";
    if (this.cCurrency >= 0) {
      const cell = row[this.cCurrency];
      if (typeof cell === "string" && cell.trim() !== "") currency = cell.trim();
      else if (typeof cell === "number") currency = String(cell);
      else if (typeof cell === "object" && cell !== null) fail(this.cCurrency, "ledgerCellError");
    }

    if (failed.first !== null) {
      const { column, reason } = failed.first;
      this.rejected.push({
        row: sheetRow,
        column: this.columnName(column),
        value: cellText(row[column]),
        reason,
      });
      return;
    }
    if (paid > 0) this.paidCount += 1;
    this.records.push({
      customer: customer.name,
      amount: amount ?? 0,
      due,
      paid: paid > 0 ? paid : null,
      invoiceDate: invoice > 0 ? invoice : null,
      currency,
      row: sheetRow,
    });
  }

  /** The customer of a cell, or the reason it is none (total lines are refused, as in the ledger). */
  private customerOf(cell: RawCell | undefined): { readonly name: string; readonly reason: string } {
    if (typeof cell === "number") return { name: String(cell), reason: "" };
    if (typeof cell === "string") {
      const name = cell.trim();
      if (name === "") return { name, reason: "ledgerCustomerBlank" };
      return { name, reason: isSummaryLabel(name) ? "ledgerSummaryRow" : "" };
    }
    if (cell === null || cell === undefined) return { name: "", reason: "ledgerCustomerBlank" };
    return { name: "", reason: typeof cell === "boolean" ? "ledgerCustomerUnreadable" : "ledgerCellError" };
  }

  /** A date column's whole-day serial, 0 when the column is absent or the cell blank; failures are reported. */
  private dateOf(
    row: readonly RawCell[],
    column: number,
    fail: (column: number, reason: string) => void,
  ): number {
    if (column < 0) return 0;
    const code = this.dates.read(row[column]);
    if (code >= 0) return code;
    fail(column, dateReason(code));
    return 0;
  }

  /** Days of terms, 0 when there is no terms column or the cell is blank, `null` when unreadable. */
  private termsOf(cell: RawCell | undefined): number | null {
    if (this.cTerms < 0 || isBlankCell(cell)) return 0;
    return typeof cell === "number" || typeof cell === "string" ? readTermsValue(cell) : null;
  }

  private columnName(column: number): string {
    const header = this.headers[column];
    if (header !== undefined && header !== "") return header;
    return columnLetters((this.options.firstColumn ?? 1) + column);
  }
}

/** An amount cell as a number: blank is 0 (an invoice of nothing still tells when it was paid). */
function amountOf(cell: RawCell | undefined): number | null {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") {
    if (cell.trim() === "") return 0;
    const value = parseNumberText(cell);
    return value !== null && Number.isFinite(value) ? value : null;
  }
  return null;
}
