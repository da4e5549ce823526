import { type CreditError, creditError, isCreditError } from "../errors";
import {
  type ColumnMapping,
  type LedgerDetection,
  type LedgerProblem,
  type RawCell,
  LEDGER_FIELDS,
  detectLedgerColumns,
  ledgerProblem,
} from "../ledger";
import { cellText } from "../ledger/_lib/cellText";
import { StreamingHistoryReader } from "./_lib/streamingHistoryReader";
import {
  type PaymentHistory,
  type PaymentHistoryReader,
  type PaymentHistoryReaderOptions,
} from "./paymentHistory";

/**
 * Finds the columns of a payment history (a sheet of invoices with their paid dates) by the ledger's header
 * words in English, 简体 and 繁體 — `回款日期`, `Paid date`, `SettledDate` are the settled date — with the
 * ledger's problems, except that a history needs exactly these: a customer, an invoice amount
 * (`historyNoAmountColumn`: an open balance says nothing about what was invoiced), a due or invoice date
 * (`ledgerNoDateColumn`) and a paid date (`historyNoSettledColumn`: without it no lateness can be
 * measured).
 *
 * @example
 * detectPaymentHistoryColumns([["客户", "到期日", "金额", "回款日期"], ["华东贸易", 46000, 1200, 46010]]).mapping;
 * // { customer: 0, dueDate: 1, amount: 2, settledDate: 3 }
 */
export function detectPaymentHistoryColumns(
  rows: readonly (readonly RawCell[])[],
  options: { readonly firstColumn?: number } = {},
): LedgerDetection {
  const detection = detectLedgerColumns(rows, options);
  return { ...detection, problems: historyProblems(detection.problems, detection.mapping) };
}

/** The ledger's problems made a history's: its own blocking problems in place of the ledger's amount rule. */
function historyProblems(problems: readonly LedgerProblem[], mapping: ColumnMapping): LedgerProblem[] {
  const kept = problems.filter((p) => p.id !== "ledgerNoAmountColumn");
  // Column problems only make sense once a header row is found; the ledger's own stop there too.
  if (kept.some((p) => p.id === "sourceEmpty" || p.id === "headerRowNotFound")) return kept;
  if (mapping.amount === undefined) kept.push(ledgerProblem("historyNoAmountColumn", "blocking"));
  if (mapping.settledDate === undefined) kept.push(ledgerProblem("historyNoSettledColumn", "blocking"));
  return kept;
}

/**
 * Starts reading a payment history block by block (see {@link readPaymentHistory} for the rules of a row).
 * Refuses options that cannot work: a mapping to no column (`ledgerMappingInvalid`), a bad header row
 * (`ledgerOptionInvalid`), or a missing customer, amount, date or paid-date column.
 *
 * @example
 * const reader = createPaymentHistoryReader({ mapping: { customer: 0, dueDate: 1, amount: 2, settledDate: 3 }, headerRow: 0 });
 * if (!isCreditError(reader)) { reader.addRows(rows, 1); reader.finish().records; }
 */
export function createPaymentHistoryReader(
  options: PaymentHistoryReaderOptions,
): PaymentHistoryReader | CreditError {
  const { mapping } = options;
  if (!Number.isInteger(options.headerRow) || options.headerRow < -1) {
    return creditError("#VALUE!", "ledgerOptionInvalid", {
      option: "headerRow",
      value: String(options.headerRow),
    });
  }
  for (const field of LEDGER_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && !(Number.isInteger(column) && column >= 0)) {
      return creditError("#VALUE!", "ledgerMappingInvalid", { field, value: String(column) });
    }
  }
  if (mapping.customer === undefined) return creditError("#VALUE!", "ledgerNoCustomerColumn");
  if (mapping.amount === undefined) return creditError("#VALUE!", "historyNoAmountColumn");
  if (mapping.dueDate === undefined && mapping.invoiceDate === undefined) {
    return creditError("#VALUE!", "ledgerNoDateColumn");
  }
  if (mapping.settledDate === undefined) return creditError("#VALUE!", "historyNoSettledColumn");
  return new StreamingHistoryReader(options);
}

/**
 * Options of {@link readPaymentHistory}: column overrides and where the rows sit in the sheet.
 *
 * @example
 * const options: PaymentHistoryOptions = { firstSheetRow: 3, mapping: { settledDate: 6 }, dayOrder: "dmy" };
 */
export interface PaymentHistoryOptions {
  /** Overrides of the detected columns, field by field. */
  readonly mapping?: ColumnMapping;
  /** Overrides the detected header row (0-based into the rows). */
  readonly headerRow?: number;
  /** 1-based sheet row of `rows[0]` (default 1). */
  readonly firstSheetRow?: number;
  /** 1-based sheet column of the rows' first cell (default 1). */
  readonly firstColumn?: number;
  readonly dayOrder?: PaymentHistoryReaderOptions["dayOrder"];
  readonly date1904?: boolean;
  readonly defaultCurrency?: string;
}

/**
 * Reads a payment history — a sheet of invoices with the date each was paid — into the records the warning
 * checks take (`runWarningChecks({ …, history: read.records })`), with every row that cannot be read listed
 * with its sheet row, column and reason. The columns are those of a ledger and are detected the same way
 * (see {@link detectPaymentHistoryColumns}); `mapping` overrides them field by field.
 *
 * - A record is one invoice: customer, invoice amount, due date, paid date (blank: not yet paid), invoice
 *   date and currency when the sheet has them. Cells read as in the ledger: text dates and amounts as a
 *   person types them, 0 or a blank date is no date, total lines ("Total", "合计") are refused.
 * - Missing due date: invoice date + terms (a terms column), else the invoice date, as in the ledger.
 * - Rejected: a blank or unreadable customer, an amount that is no number, a date that is no date, Excel
 *   error cells, rows without any date. Blank rows are skipped.
 *
 * With a blocking problem (no customer, amount, date or paid-date column, no header) nothing is read.
 *
 * @example
 * const history = readPaymentHistory([
 *   ["Customer", "Invoice date", "Due date", "Amount", "Paid date"],
 *   ["ACME", "2026-08-01", "2026-08-31", 1200, "2026-09-12"],
 * ]);
 * history.records[0]; // { customer: "ACME", amount: 1200, due: 46265, paid: 46277, invoiceDate: 46235, currency: "", row: 2 }
 */
export function readPaymentHistory(
  rows: readonly (readonly RawCell[])[],
  options: PaymentHistoryOptions = {},
): PaymentHistory {
  const firstColumn = options.firstColumn ?? 1;
  const detection = detectPaymentHistoryColumns(rows, { firstColumn });
  const mapping: ColumnMapping = { ...detection.mapping, ...(options.mapping ?? {}) };
  const headerRow = options.headerRow ?? detection.headerRow;
  const overridden = options.mapping !== undefined || options.headerRow !== undefined;
  // Columns given by hand are judged by the reader; a header row the search missed stays a problem only
  // when nothing was given in its place.
  const problems = overridden
    ? historyProblems(
        detection.problems.filter((p) => p.severity !== "blocking"),
        mapping,
      ).concat(missingColumns(mapping))
    : detection.problems;
  const headers =
    headerRow === detection.headerRow
      ? detection.headers
      : (rows[headerRow] ?? []).map((cell) => cellText(cell).trim());
  const empty = { headerRow, headers, mapping, records: [], rejected: [], paidCount: 0, dayOrder: null };
  if (problems.some((p) => p.severity === "blocking")) return { ...empty, problems };
  const reader = createPaymentHistoryReader({
    mapping,
    headerRow,
    dayOrder: options.dayOrder ?? null,
    date1904: options.date1904 === true,
    defaultCurrency: options.defaultCurrency ?? "",
    headers,
    firstColumn,
  });
  if (isCreditError(reader)) {
    // Only a mapping or header row given by hand gets here (the columns were checked above).
    const refusal: LedgerProblem = { id: reader.id, severity: "blocking", params: reader.params };
    return { ...empty, problems: [...problems, refusal] };
  }
  reader.addRows(rows, options.firstSheetRow ?? 1);
  return { headerRow, headers, mapping, problems, ...reader.finish() };
}

/** The customer and date problems of a mapping given (partly) by hand. */
function missingColumns(mapping: ColumnMapping): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  if (mapping.customer === undefined) problems.push(ledgerProblem("ledgerNoCustomerColumn", "blocking"));
  if (mapping.dueDate === undefined && mapping.invoiceDate === undefined) {
    problems.push(ledgerProblem("ledgerNoDateColumn", "blocking"));
  }
  return problems;
}
