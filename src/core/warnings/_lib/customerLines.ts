import { type CreditError, creditError } from "../../errors";
import { type LedgerItems } from "../../ledger";

/** Above this many customer × currency cells a map replaces the dense lookup table (16 MB of Int32). */
const DENSE_LINE_LIMIT = 4_000_000;

const { abs } = Math;
const { MAX_SAFE_INTEGER } = Number;

/**
 * The ledger's open items by customer line (one customer in one currency, as the aging report's lines): the
 * exact minor-unit open and overdue sums of each line, and copies of its items' due dates, open amounts and
 * rows stored next to each other, so a rule that fires names its evidence rows by reading a short stretch of
 * memory — reading the ledger's own columns customer by customer jumps all over a million rows, and
 * cache misses then cost more than the checks.
 *
 * @example
 * const lines = customerLines(items) as CustomerLines;
 * lines.itemRow.subarray(lines.itemStart[0], lines.itemStart[1]); // the sheet rows of line 0
 */
export interface CustomerLines {
  readonly count: number;
  readonly group: Int32Array;
  readonly currency: Int32Array;
  /** Σ open of the line's items, credit notes included, in minor units. */
  readonly openMinor: Float64Array;
  /** Σ open of the items past their due date (credit notes past due included, as in the aging buckets). */
  readonly overdueMinor: Float64Array;
  /** Σ open of the lines of each currency (index into the ledger's currencies). */
  readonly currencyOpenMinor: Float64Array;
  /** Earliest due date of the line's items with a positive balance; +Infinity when it has none. */
  readonly earliestPositiveDue: Float64Array;
  /** The items of line `l` are at positions `itemStart[l]` to `itemStart[l + 1] - 1`, in ledger order. */
  readonly itemStart: Int32Array;
  readonly itemDue: Int32Array;
  readonly itemOpenMinor: Float64Array;
  readonly itemRow: Int32Array;
}

/**
 * Groups the items by customer line; a CreditError (`moneySumTooLarge`) when a currency's amounts add up
 * beyond what minor units count exactly, as the aging engine refuses them.
 *
 * @example
 * const lines = customerLines(items);
 * if (!isCreditError(lines)) lines.count; // customer × currency lines with open items
 */
export function customerLines(items: LedgerItems): CustomerLines | CreditError {
  const n = items.count;
  const asOfDay = Math.floor(items.asOf);
  const currencies = Math.max(1, items.currencies.length);
  const cells = items.groupKeys.length * currencies;
  const { group, currency, openMinor, due } = items;
  const lineGroup: number[] = [];
  const lineCurrency: number[] = [];
  const open: number[] = [];
  const overdue: number[] = [];
  const itemCount: number[] = [];
  const earliest: number[] = [];
  const magnitude = new Float64Array(currencies);
  const currencyOpen = new Float64Array(currencies);
  const table = cells <= DENSE_LINE_LIMIT ? new Int32Array(cells).fill(-1) : null;
  const map = table === null ? new Map<number, number>() : null;
  for (let i = 0; i < n; i++) {
    const g = group[i] as number;
    const c = currency[i] as number;
    const cell = g * currencies + c;
    let line = table !== null ? (table[cell] as number) : (map?.get(cell) ?? -1);
    if (line < 0) {
      line = lineGroup.length;
      if (table !== null) table[cell] = line;
      else map?.set(cell, line);
      lineGroup.push(g);
      lineCurrency.push(c);
      open.push(0);
      overdue.push(0);
      itemCount.push(0);
      earliest.push(Infinity);
    }
    const minor = openMinor[i] as number;
    const d = due[i] as number;
    open[line] = (open[line] as number) + minor;
    if (asOfDay - d > 0) overdue[line] = (overdue[line] as number) + minor;
    if (minor > 0 && d < (earliest[line] as number)) earliest[line] = d;
    itemCount[line] = (itemCount[line] as number) + 1;
    magnitude[c] = (magnitude[c] as number) + abs(minor);
    currencyOpen[c] = (currencyOpen[c] as number) + minor;
  }
  for (let c = 0; c < currencies; c++) {
    if ((magnitude[c] as number) > MAX_SAFE_INTEGER) {
      return creditError("#NUM!", "moneySumTooLarge", { decimals: items.currencyDecimals[c] ?? 2 });
    }
  }
  const count = lineGroup.length;
  const itemStart = new Int32Array(count + 1);
  for (let line = 0; line < count; line++) {
    itemStart[line + 1] = (itemStart[line] as number) + (itemCount[line] as number);
  }
  const cursor = itemStart.slice(0, count);
  const itemDue = new Int32Array(n);
  const itemOpenMinor = new Float64Array(n);
  const itemRow = new Int32Array(n);
  const { row } = items;
  // The line of each item is looked up again rather than stored: one more table read costs less than 4 bytes
  // an item of memory to allocate and collect.
  for (let i = 0; i < n; i++) {
    const cell = (group[i] as number) * currencies + (currency[i] as number);
    const line = table !== null ? (table[cell] as number) : (map?.get(cell) as number);
    const position = cursor[line] as number;
    cursor[line] = position + 1;
    itemDue[position] = due[i] as number;
    itemOpenMinor[position] = openMinor[i] as number;
    itemRow[position] = row[i] as number;
  }
  return {
    count,
    group: Int32Array.from(lineGroup),
    currency: Int32Array.from(lineCurrency),
    openMinor: Float64Array.from(open),
    overdueMinor: Float64Array.from(overdue),
    currencyOpenMinor: currencyOpen,
    earliestPositiveDue: Float64Array.from(earliest),
    itemStart,
    itemDue,
    itemOpenMinor,
    itemRow,
  };
}
