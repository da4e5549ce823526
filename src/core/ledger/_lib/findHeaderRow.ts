import { type RawCell, isBlankCell } from "../rawCell";
import { cellText } from "./cellText";
import { headerKey } from "./headerKey";
import { type Synonym, headerScore } from "./headerScore";

/**
 * Rows searched for the header: titles, notes and blank rows above it rarely take more.
 *
 * @example
 * rows.slice(0, HEADER_SCAN_ROWS); // where the header must be
 */
export const HEADER_SCAN_ROWS = 30;

/**
 * Lowest score at which a header names a field.
 *
 * @example
 * headerScore("date", LEDGER_SYNONYMS.invoiceDate) >= MIN_FIELD_SCORE; // true (0.55)
 */
export const MIN_FIELD_SCORE = 0.5;

/**
 * Where the header was found, or why not.
 *
 * @example
 * const search: HeaderSearch = { kind: "notFound", firstFilledRow: 0 };
 */
export type HeaderSearch =
  | { readonly kind: "found"; readonly row: number }
  | { readonly kind: "notFound"; readonly firstFilledRow: number }
  | { readonly kind: "empty" };

/**
 * The header row among the first {@link HEADER_SCAN_ROWS} rows: the row whose cells name the most fields (at
 * least two different ones), the earliest on a tie. Rows with a single filled cell are skipped: that is a title,
 * often merged across the sheet, even when it contains a field word ("客户应收账款明细表").
 *
 * @example
 * findHeaderRow([["AR ledger 2013"], [], ["Customer", "Due date", "Amount"]], synonymsByField); // { kind: "found", row: 2 }
 */
export function findHeaderRow(
  rows: readonly (readonly RawCell[])[],
  synonymsByField: readonly (readonly Synonym[])[],
): HeaderSearch {
  let bestRow = -1;
  let bestScore = 0;
  let firstFilledRow = -1;
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan; r++) {
    const row = rows[r] ?? [];
    const filled = row.filter((cell) => !isBlankCell(cell));
    if (filled.length > 0 && firstFilledRow < 0) firstFilledRow = r;
    if (filled.length < 2) continue;
    const named = new Set<number>();
    let score = 0;
    for (const cell of row) {
      if (typeof cell !== "string") continue; // headers are text; numbers and dates are data
      const key = headerKey(cell);
      if (key === "") continue;
      let cellBest = 0;
      let cellField = -1;
      synonymsByField.forEach((synonyms, field) => {
        const s = headerScore(key, synonyms);
        if (s > cellBest) {
          cellBest = s;
          cellField = field;
        }
      });
      if (cellBest >= MIN_FIELD_SCORE) {
        score += cellBest;
        named.add(cellField);
      }
    }
    if (named.size >= 2 && score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestRow >= 0) return { kind: "found", row: bestRow };
  return firstFilledRow >= 0 ? { kind: "notFound", firstFilledRow } : { kind: "empty" };
}

/**
 * The texts of a header row, `width` cells long (blank where the row is shorter).
 *
 * @example
 * headerTexts(["Customer", 2013, null], 4); // ["Customer", "2013", "", ""]
 */
export function headerTexts(row: readonly RawCell[], width: number): string[] {
  return Array.from({ length: width }, (_, c) => cellText(row[c]).trim());
}
