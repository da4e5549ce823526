/**
 * Where a rejected ledger row's offending cell is, so a click can select it. A rejection names its
 * column by header text (or by letter when the header is blank); the run's detection knows the
 * headers and the source's shape where they start.
 */
import { type ColumnMapping, type LedgerRejection } from "../../../../core/ledger";
import { cellAddress, columnNumber } from "../../../../core/report";
import { type SourceShape } from "../../../../host";

/** What a finished run knows about the ledger's layout. */
export interface LedgerLayout {
  readonly shape: SourceShape;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
}

/**
 * The A1 address of the cell a rejection is about, `null` when its column cannot be placed.
 * When several columns share the header, the one the run read (a mapped one) wins.
 *
 * @example
 * rejectionCell({ row: 7, column: "Due date", value: "", reason: "ledgerNoDate" },
 *   { shape: { sheet: "Ledger", firstRow: 3, firstColumn: 2, rowCount: 9, columnCount: 5 }, headers: ["Customer", "Due date"], mapping: { dueDate: 1 } });
 * // "C7"
 */
export function rejectionCell(rejection: LedgerRejection, layout: LedgerLayout): string | null {
  const { headers, mapping, shape } = layout;
  const matching = headers.flatMap((header, index) =>
    header.trim() === rejection.column.trim() ? [index] : [],
  );
  const mapped = new Set(Object.values(mapping));
  const index = matching.find((column) => mapped.has(column)) ?? matching[0];
  if (index !== undefined) return cellAddress(rejection.row, shape.firstColumn + index);
  // A blank header: the reader named the column by its sheet letter.
  const letterColumn = /^[A-Za-z]{1,3}$/.test(rejection.column) ? columnNumber(rejection.column) : 0;
  return letterColumn > 0 ? cellAddress(rejection.row, letterColumn) : null;
}
