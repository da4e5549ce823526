import { type DayOrderDetection, detectDayOrder } from "../dates";
import { type ColumnMapping } from "./ledgerField";
import { type RawCell } from "./rawCell";

/** Date texts looked at: enough to meet a day above 12 in any real ledger, few enough to stay quick. */
const SAMPLE_TEXTS = 5000;

/** Rows looked at: a block of serial-number dates has no texts, and scanning all of it would be wasted. */
const SAMPLE_ROWS = 20_000;

/**
 * Detects the day order of a ledger's text dates (`1/2/2013`) from its invoice, due and settled date columns
 * together — one export writes all its dates one way. Only the first 20,000 rows after `headerRow` count
 * (at most 5,000 texts); numbers (serial dates) say nothing about the order and are skipped.
 *
 * @example
 * detectLedgerDayOrder([["Due"], ["1/2/2013"], ["1/15/2013"]], { dueDate: 0 }, 0).order; // "mdy"
 */
export function detectLedgerDayOrder(
  rows: readonly (readonly RawCell[])[],
  mapping: ColumnMapping,
  headerRow: number,
): DayOrderDetection {
  const columns = [mapping.invoiceDate, mapping.dueDate, mapping.settledDate].filter(
    (c): c is number => c !== undefined && c >= 0,
  );
  const texts: string[] = [];
  const first = Math.max(0, headerRow + 1);
  const end = Math.min(rows.length, first + SAMPLE_ROWS);
  for (let r = first; r < end && texts.length < SAMPLE_TEXTS; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    for (const c of columns) {
      const cell = row[c];
      if (typeof cell === "string" && cell.trim() !== "") texts.push(cell);
    }
  }
  return detectDayOrder(texts);
}
