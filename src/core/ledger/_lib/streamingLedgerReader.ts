import { type DayOrderDetection, LAST_SERIAL, isDayOrder } from "../../dates";
import { minorUnitDecimals, normaliseCurrency } from "../../money";
import { columnLetters } from "../../report/address";
import { amountMinor, amountProblem } from "./amountCell";
import { cellText } from "./cellText";
import {
  DATE_AMBIGUOUS,
  DATE_CELL_ERROR,
  DATE_IMPOSSIBLE,
  DATE_OUT_OF_RANGE,
  DateCellReader,
} from "./dateCellReader";
import { ItemColumns } from "./itemColumns";
import { BLANK_KEY, KeyInterner, REFUSED_KEY } from "./keyInterner";
import { noticeIfAny } from "./noticeCounts";
import { readTermsValue } from "./readTermsText";
import { isSummaryLabel } from "./summaryRow";
import { detectLedgerDayOrder } from "../detectLedgerDayOrder";
import { type ColumnMapping, LEDGER_FIELDS, type LedgerField } from "../ledgerField";
import {
  ITEM_DUE_ASSUMED,
  ITEM_FUTURE_DATED,
  type LedgerItems,
  type LedgerNotice,
  type LedgerRejection,
} from "../ledgerItems";
import { type RawCell, isBlankCell } from "../rawCell";
import { dayOrderNotices } from "./dayOrderNotices";
import { type LedgerReader, type LedgerReaderOptions } from "../ledgerReader";

// Local aliases of what is read once per row: global and imported bindings can cost a getter call each
// (see aging/agingTotals), module constants cost nothing.
const { floor } = Math;
const DUE_ASSUMED = ITEM_DUE_ASSUMED;
const FUTURE_DATED = ITEM_FUTURE_DATED;
const LAST_DATE = LAST_SERIAL;
const blankCell = isBlankCell;
const readAmount = amountMinor;
const REFUSED = REFUSED_KEY;
const BLANK = BLANK_KEY;

/** Data rows without a single date text after which the reader stops looking for the day order. */
const GIVE_UP_DETECTION_ROWS = 100_000;

const DATE_REASONS: Readonly<Record<number, string>> = {
  [DATE_CELL_ERROR]: "ledgerCellError",
  [DATE_AMBIGUOUS]: "ledgerDateAmbiguous",
  [DATE_IMPOSSIBLE]: "ledgerDateImpossible",
  [DATE_OUT_OF_RANGE]: "ledgerDateOutOfRange",
};

function dateReason(code: number): string {
  return DATE_REASONS[code] ?? "ledgerDateUnreadable";
}

function col(mapping: ColumnMapping, field: LedgerField): number {
  return mapping[field] ?? -1;
}

/**
 * The ledger reader behind {@link createLedgerReader}: reads each data row into the item columns or a
 * rejection, with counts for the notices. Options must have passed `checkReaderOptions`.
 *
 * @example
 * const reader = new StreamingLedgerReader(options);
 * reader.addRows(rows, 1);
 * reader.finish().count;
 */
export class StreamingLedgerReader implements LedgerReader {
  private readonly options: LedgerReaderOptions;
  private readonly asOfDay: number;
  private readonly historical: boolean;
  private readonly dates: DateCellReader;
  private readonly orderGiven: boolean;
  private orderSettled: boolean;
  private detection: DayOrderDetection | null = null;
  private ambiguousTexts = 0;
  private rowsSampled = 0;
  private headers: readonly string[];
  private readonly items: ItemColumns;
  private readonly customers = new KeyInterner(isSummaryLabel);
  // Grouping by customer shares the customers' numbering; otherwise the group column has its own.
  private readonly groups: KeyInterner;
  private readonly groupByCustomer: boolean;
  private readonly currencies = new KeyInterner();
  private readonly currencyByText = new Map<string, number>();
  private readonly currencyDecimals: number[] = [];
  private readonly defaultCurrency: number;
  private readonly rejected: LedgerRejection[] = [];
  private readonly mappedColumns: readonly number[];
  // Columns, -1 when not mapped.
  private readonly cCustomer: number;
  private readonly cInvoiceDate: number;
  private readonly cDue: number;
  private readonly cTerms: number;
  private readonly cAmount: number;
  private readonly cPaid: number;
  private readonly cOpen: number;
  private readonly cSettled: number;
  private readonly cCurrency: number;
  private readonly cGroup: number;
  private rowsSeen = 0;
  private finished: LedgerItems | null = null;
  // Counts for notices.
  private blankRows = 0;
  private afterAsOf = 0;
  private settledByAsOf = 0;
  private zeroOpen = 0;
  private negative = 0;
  private future = 0;
  private assumed = 0;
  private assumedFromTerms = 0;
  private blankCurrency = 0;
  private blankGroup = 0;

  constructor(options: LedgerReaderOptions) {
    this.options = options;
    const m = options.mapping;
    this.asOfDay = floor(options.asOf);
    this.items = new ItemColumns(options.expectedRows);
    this.cCustomer = col(m, "customer");
    this.cInvoiceDate = col(m, "invoiceDate");
    this.cDue = col(m, "dueDate");
    this.cTerms = col(m, "termsDays");
    this.cAmount = col(m, "amount");
    this.cPaid = col(m, "paid");
    this.cOpen = col(m, "open");
    this.cSettled = col(m, "settledDate");
    this.cCurrency = col(m, "currency");
    this.cGroup = options.groupBy === "customer" ? this.cCustomer : col(m, options.groupBy);
    this.historical = this.cSettled >= 0;
    this.groupByCustomer = options.groupBy === "customer";
    this.groups = this.groupByCustomer ? this.customers : new KeyInterner();
    const order = options.dayOrder ?? null;
    this.orderGiven = order !== null && isDayOrder(order);
    this.orderSettled = this.orderGiven || [this.cInvoiceDate, this.cDue, this.cSettled].every((c) => c < 0);
    this.dates = new DateCellReader(this.orderGiven ? order : null, options.date1904 === true);
    this.headers = options.headers ?? [];
    this.mappedColumns = LEDGER_FIELDS.map((f) => col(m, f)).filter((c) => c >= 0);
    this.defaultCurrency = this.currencyIndex(normaliseCurrency(options.defaultCurrency ?? ""));
  }

  addRows(rows: readonly (readonly RawCell[])[], firstSheetRow: number): void {
    if (this.finished !== null) return;
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
      this.detectOrder(rows, firstData - 1);
      this.rowsSampled += rows.length - firstData;
      // A long run of serial-number dates: text dates are not coming, stop sampling every block.
      if (this.detection?.reason === "noEvidence" && this.rowsSampled >= GIVE_UP_DETECTION_ROWS) {
        this.orderSettled = true;
      }
    }
    for (let i = firstData; i < rows.length; i++) {
      this.readRow(rows[i] ?? [], firstSheetRow + i);
    }
    this.rowsSeen += rows.length;
  }

  finish(): LedgerItems {
    if (this.finished !== null) return this.finished;
    const it = this.items;
    const n = it.count;
    this.finished = {
      count: n,
      asOf: this.options.asOf,
      basis: this.options.basis,
      groupBy: this.options.groupBy,
      historical: this.historical,
      dayOrder: this.dates.dayOrder,
      groupKeys: this.groups.keys,
      currencies: this.currencies.keys,
      currencyDecimals: this.currencyDecimals,
      group: it.group.subarray(0, n),
      currency: it.currency.subarray(0, n),
      openMinor: it.openMinor.subarray(0, n),
      due: it.due.subarray(0, n),
      invoice: it.invoice.subarray(0, n),
      flags: it.flags.subarray(0, n),
      row: it.row.subarray(0, n),
      rejected: this.rejected,
      notices: this.notices(),
    };
    return this.finished;
  }

  private detectOrder(rows: readonly (readonly RawCell[])[], headerIndex: number): void {
    const detection = detectLedgerDayOrder(rows, this.options.mapping, headerIndex);
    this.ambiguousTexts += detection.evidence.ambiguous;
    // A later block of serial dates says nothing; it must not hide what an earlier block showed.
    if (this.detection === null || detection.reason !== "noEvidence") this.detection = detection;
    // Year-first texts read the same in any order, so "ymd" settles nothing for `1/2/2013` beside them.
    const decisive = detection.order === "dmy" || detection.order === "mdy";
    if (decisive || (detection.order === "ymd" && detection.evidence.ambiguous === 0)) {
      this.dates.setDayOrder(detection.order);
      this.orderSettled = true;
    } else if (detection.reason === "conflicting") {
      this.orderSettled = true; // more rows cannot undo a contradiction; each text is read on its own
    }
  }

  private currencyIndex(code: string): number {
    const index = this.currencies.indexOfKey(code);
    if (index === this.currencyDecimals.length) this.currencyDecimals.push(minorUnitDecimals(code));
    return index;
  }

  /** Index of a currency written as text, or `BLANK_KEY` for blank text; each distinct text is normalised once. */
  private currencyOfText(text: string): number {
    let index = this.currencyByText.get(text);
    if (index === undefined) {
      const code = normaliseCurrency(text);
      index = code === "" ? BLANK : this.currencyIndex(code);
      this.currencyByText.set(text, index);
    }
    return index;
  }

  private columnName(column: number): string {
    const header = this.headers[column];
    return header !== undefined && header !== ""
      ? header
      : columnLetters((this.options.firstColumn ?? 1) + column);
  }

  private isBlankRow(row: readonly RawCell[]): boolean {
    for (const c of this.mappedColumns) if (!blankCell(row[c])) return false;
    return true;
  }

  private readRow(row: readonly RawCell[], sheetRow: number): void {
    const asOfDay = this.asOfDay;
    let failColumn = -1;
    let failReason = "";

    // Currency first: the amount is counted in its minor unit.
    let currency = this.defaultCurrency;
    let currencyBlank = false;
    if (this.cCurrency >= 0) {
      const cell = row[this.cCurrency];
      const index = typeof cell === "string" ? this.currencyOfText(cell) : BLANK;
      if (index >= 0) currency = index;
      else if (typeof cell === "number") currency = this.currencyOfText(String(cell));
      else if (typeof cell === "object" && cell !== null) {
        failColumn = this.cCurrency;
        failReason = "ledgerCellError";
      } else currencyBlank = true;
    }
    const decimals = this.currencyDecimals[currency] ?? 2;

    // Dates that decide whether the item belongs to the as-of snapshot at all.
    let invoice = 0;
    if (this.cInvoiceDate >= 0) {
      const code = this.dates.read(row[this.cInvoiceDate]);
      if (code >= 0) invoice = code;
      else if (failColumn < 0) {
        failColumn = this.cInvoiceDate;
        failReason = dateReason(code);
      }
    }
    let settled = 0;
    let settledOk = true;
    if (this.historical) {
      const code = this.dates.read(row[this.cSettled]);
      if (code >= 0) settled = code;
      else {
        settledOk = false;
        if (failColumn < 0) {
          failColumn = this.cSettled;
          failReason = dateReason(code);
        }
      }
    }
    if (this.historical) {
      if (invoice > asOfDay) {
        this.afterAsOf += 1;
        return;
      }
      if (settledOk && settled > 0 && settled <= asOfDay) {
        this.settledByAsOf += 1;
        return;
      }
    }

    // Open amount.
    let open: number;
    let amountColumn: number;
    if (this.cAmount >= 0 && (this.cOpen < 0 || settled > asOfDay)) {
      amountColumn = this.cAmount;
      open = readAmount(row[this.cAmount], decimals);
      if (open === open && this.cPaid >= 0 && settled <= asOfDay) {
        const paid = readAmount(row[this.cPaid], decimals);
        if (paid !== paid) amountColumn = this.cPaid;
        open -= paid;
      }
    } else {
      amountColumn = this.cOpen;
      open = readAmount(row[this.cOpen], decimals);
    }
    const amountOk = open === open; // false for NaN
    if (!amountOk) {
      if (failColumn < 0) {
        failColumn = amountColumn;
        failReason = amountProblem(row[amountColumn], decimals);
      }
    } else if (open === 0) {
      // A blank row reads as a zero amount with no failure, so blank rows are told apart only here.
      if (this.isBlankRow(row)) this.blankRows += 1;
      else this.zeroOpen += 1;
      return;
    }

    // Who owes. Customer texts are interned (and checked for total-line labels) once per distinct text.
    let group = -1;
    if (this.cCustomer >= 0) {
      const cell = row[this.cCustomer];
      let reason = "";
      if (typeof cell === "string") {
        const index = this.customers.indexOfText(cell);
        if (index === BLANK) reason = "ledgerCustomerBlank";
        else if (index === REFUSED) reason = "ledgerSummaryRow";
        else if (this.groupByCustomer) group = index;
      } else if (typeof cell === "number") {
        const index = this.customers.indexOfNumber(cell);
        if (this.groupByCustomer) group = index;
      } else if (cell === null || cell === undefined) reason = "ledgerCustomerBlank";
      else if (typeof cell === "boolean") reason = "ledgerCustomerUnreadable";
      else reason = "ledgerCellError";
      if (reason !== "" && failColumn < 0) {
        failColumn = this.cCustomer;
        failReason = reason;
      }
    }
    if (!this.groupByCustomer) {
      const cell = row[this.cGroup];
      const index = typeof cell === "string" ? this.groups.indexOfText(cell) : BLANK;
      if (index >= 0) group = index;
      else if (typeof cell === "number") group = this.groups.indexOfNumber(cell);
      else if (typeof cell === "object" && cell !== null) {
        if (failColumn < 0) {
          failColumn = this.cGroup;
          failReason = "ledgerCellError";
        }
      } else {
        this.blankGroup += 1;
        group = this.groups.indexOfKey("");
      }
    }

    // Due date, assumed when missing.
    let due = 0;
    let flags = 0;
    if (this.cDue >= 0) {
      const code = this.dates.read(row[this.cDue]);
      if (code >= 0) due = code;
      else if (failColumn < 0) {
        failColumn = this.cDue;
        failReason = dateReason(code);
      }
    }
    if (due === 0 && failColumn < 0) {
      if (invoice === 0) {
        failColumn = this.cDue >= 0 ? this.cDue : this.cInvoiceDate;
        failReason = "ledgerNoDate";
      } else {
        let terms = 0;
        if (this.cTerms >= 0) {
          const cell = row[this.cTerms];
          if (!blankCell(cell)) {
            const days = typeof cell === "number" || typeof cell === "string" ? readTermsValue(cell) : null;
            if (days === null) {
              failColumn = this.cTerms;
              failReason =
                typeof cell === "object" && cell !== null ? "ledgerCellError" : "ledgerTermsUnreadable";
            } else {
              terms = days;
              if (days > 0) this.assumedFromTerms += 1;
            }
          }
        }
        due = invoice + terms;
        flags |= DUE_ASSUMED;
        if (due > LAST_DATE && failColumn < 0) {
          failColumn = this.cTerms;
          failReason = "ledgerDateOutOfRange";
        }
      }
    }
    if (this.options.basis === "invoice" && invoice === 0 && failColumn < 0) {
      failColumn = this.cInvoiceDate;
      failReason = "ledgerInvoiceDateMissing";
    }

    if (failColumn >= 0) {
      this.reject(row, sheetRow, failColumn, failReason, amountOk ? open : Number.NaN, currency, decimals);
      return;
    }
    if (flags & DUE_ASSUMED) this.assumed += 1;
    if (invoice > asOfDay) {
      flags |= FUTURE_DATED;
      this.future += 1;
    }
    if (open < 0) this.negative += 1;
    if (currencyBlank) this.blankCurrency += 1;
    this.items.push(group, currency, open, due, invoice, flags, sheetRow);
  }

  private reject(
    row: readonly RawCell[],
    sheetRow: number,
    column: number,
    reason: string,
    minor: number,
    currency: number,
    decimals: number,
  ): void {
    const base = { row: sheetRow, column: this.columnName(column), value: cellText(row[column]), reason };
    this.rejected.push(
      minor === minor
        ? { ...base, amount: minor / 10 ** decimals, currency: this.currencies.keys[currency] ?? "" }
        : base,
    );
  }

  private notices(): LedgerNotice[] {
    const groupBy = this.options.groupBy;
    const notices: LedgerNotice[] = [
      ...noticeIfAny("ledgerRowsRejected", this.rejected.length),
      ...noticeIfAny("ledgerInvoicedAfterAsOf", this.afterAsOf),
      ...noticeIfAny("ledgerSettledByAsOf", this.settledByAsOf),
      ...noticeIfAny("ledgerFutureDated", this.future),
      ...noticeIfAny("ledgerDueDateAssumed", this.assumed, { fromTerms: this.assumedFromTerms }),
      ...noticeIfAny("ledgerZeroOpenSkipped", this.zeroOpen),
      ...noticeIfAny("ledgerNegativeItems", this.negative),
      ...noticeIfAny("ledgerBlankRows", this.blankRows),
      ...noticeIfAny("ledgerCurrencyBlank", this.blankCurrency, {
        currency: this.currencies.keys[this.defaultCurrency] ?? "",
      }),
      ...noticeIfAny("ledgerGroupBlank", this.blankGroup, { groupBy }),
    ];
    if (!this.orderGiven && this.detection !== null) {
      notices.push(...dayOrderNotices(this.detection, this.dates.dayOrder, this.ambiguousTexts));
    }
    return notices;
  }
}
