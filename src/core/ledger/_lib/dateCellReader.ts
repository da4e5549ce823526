import { type DayOrder, fromDate1904, isValidSerialDate, parseDateText } from "../../dates";
import { isCreditError } from "../../errors";
import { type RawCell } from "../rawCell";

/**
 * {@link DateCellReader.read}: a blank cell (null, blank text, or 0 — DESIGN §2). Dates are serials ≥ 1.
 *
 * @example
 * new DateCellReader(null, false).read(null) === DATE_BLANK; // true
 */
export const DATE_BLANK = 0;

/**
 * {@link DateCellReader.read}: the cell holds an Excel error.
 *
 * @example
 * new DateCellReader(null, false).read({ error: "#N/A" }) === DATE_CELL_ERROR; // true
 */
export const DATE_CELL_ERROR = -1;

/**
 * {@link DateCellReader.read}: text that is no date, or a boolean.
 *
 * @example
 * new DateCellReader(null, false).read("soon") === DATE_UNREADABLE; // true
 */
export const DATE_UNREADABLE = -2;

/**
 * {@link DateCellReader.read}: `1/2/2013` without a day order.
 *
 * @example
 * new DateCellReader(null, false).read("1/2/2013") === DATE_AMBIGUOUS; // true
 */
export const DATE_AMBIGUOUS = -3;

/**
 * {@link DateCellReader.read}: a date that does not exist (month 13, 30 February, 25:00).
 *
 * @example
 * new DateCellReader(null, false).read("2013-02-30") === DATE_IMPOSSIBLE; // true
 */
export const DATE_IMPOSSIBLE = -4;

/**
 * {@link DateCellReader.read}: outside Excel's dates (before 1900, after 9999, a negative serial).
 *
 * @example
 * new DateCellReader(null, false).read(-1) === DATE_OUT_OF_RANGE; // true
 */
export const DATE_OUT_OF_RANGE = -5;

/** Distinct date texts remembered; a ledger has a few thousand dates, a bigger cache only costs memory. */
const CACHE_LIMIT = 100_000;

// Local aliases: read once per row, and global lookups are slow in sandboxed realms (see aging/agingTotals).
const { floor } = Math;
const validSerial = isValidSerialDate;

function textCode(id: string): number {
  if (id === "dateAmbiguous") return DATE_AMBIGUOUS;
  if (id === "dateImpossible" || id === "dateMonthImpossible" || id === "timeImpossible")
    return DATE_IMPOSSIBLE;
  if (id === "dateYearOutOfRange") return DATE_OUT_OF_RANGE;
  return DATE_UNREADABLE;
}

/**
 * Reads date cells of a ledger as whole-day 1900-system serials. Numbers are serials (converted from the 1904
 * system when the workbook uses it); 0 and blank text are a blank cell (DESIGN §2); text goes through
 * `parseDateText` with the day order, and each distinct text is parsed once. Failures are negative codes, so
 * the per-row path allocates nothing.
 *
 * @example
 * const dates = new DateCellReader("mdy", false);
 * dates.read("1/2/2013"); // 41276 (2013-01-02)
 * dates.read("2013-02-30"); // DATE_IMPOSSIBLE
 */
export class DateCellReader {
  private order: DayOrder | null;
  private readonly date1904: boolean;
  private readonly cache = new Map<string, number>();

  constructor(order: DayOrder | null, date1904: boolean) {
    this.order = order;
    this.date1904 = date1904;
  }

  /** The order ambiguous texts are read in. */
  get dayOrder(): DayOrder | null {
    return this.order;
  }

  /** Changes the day order (after detection); texts read before are read again. */
  setDayOrder(order: DayOrder | null): void {
    this.order = order;
    this.cache.clear();
  }

  /** A whole-day serial ≥ 1, {@link DATE_BLANK}, or a negative failure code. */
  read(cell: RawCell | undefined): number {
    if (typeof cell === "number") return this.fromNumber(cell);
    if (typeof cell === "string") return this.fromText(cell);
    if (cell === null || cell === undefined) return DATE_BLANK;
    if (typeof cell === "boolean") return DATE_UNREADABLE;
    return DATE_CELL_ERROR;
  }

  private fromNumber(value: number): number {
    if (value === 0) return DATE_BLANK;
    let serial = value;
    if (this.date1904) {
      const converted = fromDate1904(value);
      if (isCreditError(converted)) return DATE_OUT_OF_RANGE;
      serial = converted;
    }
    return validSerial(serial) ? floor(serial) : DATE_OUT_OF_RANGE;
  }

  private fromText(text: string): number {
    const known = this.cache.get(text);
    if (known !== undefined) return known;
    let code: number;
    if (text.trim() === "") code = DATE_BLANK;
    else {
      const parsed = parseDateText(text, this.order);
      code = isCreditError(parsed) ? textCode(parsed.id) : floor(parsed);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, code);
    return code;
  }
}
