import { type ColumnCandidate } from "./_lib/assignColumns";
import { detectColumns } from "./_lib/detectColumns";
import { LEDGER_FIELD_SET } from "./_lib/ledgerFieldSet";
import { type ColumnMapping, type LedgerField } from "./ledgerField";
import { type LedgerProblem, ledgerProblem } from "./ledgerProblem";
import { type RawCell } from "./rawCell";

/**
 * The columns {@link detectLedgerColumns} proposes, for the user to confirm or override.
 *
 * @example
 * const d: LedgerDetection = detectLedgerColumns(rows);
 * d.mapping.dueDate; // 5
 */
export interface LedgerDetection {
  /** 0-based index into the rows of the header row; data starts on the row after it. */
  readonly headerRow: number;
  /** Header texts of that row, trimmed ("" for a blank header cell). */
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  /** 0–1 per field: the chosen header's score, halved when another column scored nearly as well; 0 when unmapped. */
  readonly confidence: Readonly<Record<LedgerField, number>>;
  /** Every column that could be the field (score ≥ 0.3), best first, for a dropdown. */
  readonly candidates: Readonly<Record<LedgerField, readonly ColumnCandidate[]>>;
  readonly problems: readonly LedgerProblem[];
}

/**
 * Finds the header row of a ledger (skipping titles, merged title rows and blank rows in the first 30 rows)
 * and maps its columns to ledger fields by header words in English, Simplified and Traditional Chinese.
 * Every guess is scored so that a user only confirms; a guess whose column holds mostly the wrong kind of
 * values (text under "Due date") counts half. Works the same on a sheet's used range and on an Excel table
 * (header in the first row). `firstColumn` (1-based, default 1) names columns by letter in problems.
 *
 * Blocking problems: `sourceEmpty`, `headerRowNotFound`, `ledgerNoCustomerColumn`, `ledgerNoAmountColumn`
 * (neither amount nor open balance), `ledgerNoDateColumn` (neither due nor invoice date). Warnings:
 * `noDataRows`, `duplicateHeader`, `blankHeaderWithData`, `fieldAmbiguous`.
 *
 * @example
 * const d = detectLedgerColumns([
 *   ["应收账款明细 2013-12"],
 *   [],
 *   ["客户名称", "发票号", "开票日期", "到期日", "金额", "币种"],
 *   ["华东贸易", "F-001", "2013-11-02", "2013-12-02", 1200, "CNY"],
 * ]);
 * d.headerRow; // 2
 * d.mapping; // { customer: 0, invoice: 1, invoiceDate: 2, dueDate: 3, amount: 4, currency: 5 }
 */
export function detectLedgerColumns(
  rows: readonly (readonly RawCell[])[],
  options: { readonly firstColumn?: number } = {},
): LedgerDetection {
  const found = detectColumns(rows, LEDGER_FIELD_SET, options.firstColumn ?? 1);
  const { mapping } = found;
  const problems = [...found.problems];
  if (!problems.some((p) => p.severity === "blocking")) {
    if (mapping.customer === undefined) problems.push(ledgerProblem("ledgerNoCustomerColumn", "blocking"));
    if (mapping.amount === undefined && mapping.open === undefined) {
      problems.push(ledgerProblem("ledgerNoAmountColumn", "blocking"));
    }
    if (mapping.dueDate === undefined && mapping.invoiceDate === undefined) {
      problems.push(ledgerProblem("ledgerNoDateColumn", "blocking"));
    }
  }
  return { ...found, problems };
}
