/**
 * Excel lets a long text run on over the empty cells to its right (a report's title, a sheet's
 * note): the grid shows that by spanning the cell over as many empty neighbours as the text needs.
 * Widths are estimates from character counts — a CJK character is about two Latin ones.
 */
import { type RawCell } from "../../host/port";

// Generous: a span one column too wide costs nothing, a text cut short hides a title.
const LATIN_PX = 8.5;
const WIDE_PX = 15;
const MAX_SPAN = 12;

/**
 * Estimated width of a text in pixels at the grid's font size, scaled for a larger font.
 *
 * @example
 * textWidth("Credit", 13); // 45
 */
export function textWidth(text: string, fontPx = 13): number {
  let width = 0;
  for (const character of text) width += character.charCodeAt(0) >= 0x2e80 ? WIDE_PX : LATIN_PX;
  return Math.ceil((width * fontPx) / 13);
}

/**
 * How many columns a cell spans: 1, or for text wider than its column, itself and the empty cells to
 * its right that the text needs (never over a cell with a value).
 *
 * @example
 * overflowSpan(["Receivables aging as of 2026-10-31", null, null], 0, [100, 100, 100], 13); // 3
 */
export function overflowSpan(
  row: readonly RawCell[],
  index: number,
  columnWidths: readonly number[],
  fontPx = 13,
): number {
  const value = row[index];
  if (typeof value !== "string") return 1;
  const needed = textWidth(value, fontPx) + 12;
  let available = columnWidths[index] ?? 0;
  let span = 1;
  while (available < needed && span < MAX_SPAN && index + span < columnWidths.length) {
    const next = row[index + span];
    if (next !== null && next !== undefined && next !== "") break;
    available += columnWidths[index + span] ?? 0;
    span++;
  }
  return span;
}
