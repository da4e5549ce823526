import { type RawCell } from "../../port";

/**
 * A date as an Excel 1900-system serial. exceljs turns date-formatted serials into JavaScript dates
 * with its own offset (already shifted by 1,462 days for a 1904-system file), so this inverse of
 * exceljs's conversion gives back the 1900 serial the user typed — the conversion of a 1904 file.
 *
 * @example
 * serialOfDate(new Date(Date.UTC(2026, 9, 31))); // 46326
 */
export function serialOfDate(date: Date): number {
  return 25_569 + date.getTime() / 86_400_000;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return undefined;
  const rich = (value as { richText?: unknown }).richText;
  if (Array.isArray(rich)) {
    return rich
      .map((run) =>
        typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "",
      )
      .join("");
  }
  const text = (value as { text?: unknown }).text;
  return text === undefined ? undefined : textOf(text);
}

/**
 * An exceljs cell value or formula result as a {@link RawCell}: numbers, text (rich text and
 * hyperlinks as their text), booleans, dates as serials, errors as `{ error }`, anything else blank.
 *
 * @example
 * rawCellOfXlsx({ error: "#N/A" }); // { error: "#N/A" }
 * rawCellOfXlsx({ richText: [{ text: "Ac" }, { text: "me" }] }); // "Acme"
 */
export function rawCellOfXlsx(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfDate(value);
  if (typeof value === "object" && typeof (value as { error?: unknown }).error === "string") {
    return { error: (value as { error: string }).error };
  }
  return textOf(value) ?? null;
}
