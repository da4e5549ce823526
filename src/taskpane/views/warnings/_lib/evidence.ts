/**
 * The range the pane selects when a warning is clicked: the whole first evidence row of its source.
 */
import { evidenceSheets } from "../../../../app/warnings/evidenceSheets";
import { type WarningsRun } from "../../../../app/warnings/runWarnings";
import { firstEvidence, rangeAddress } from "../../../../core/report";
import { type WarningResult } from "../../../../core/warnings";

/**
 * The range to select for a warning: its first evidence row across the source's columns, `null` when it has
 * no evidence row.
 *
 * @example
 * evidenceRange(run, result); // { sheet: "Ledger", address: "A2:F2", row: 2 }
 */
export function evidenceRange(
  run: WarningsRun,
  result: WarningResult,
): { readonly sheet: string; readonly address: string; readonly row: number } | null {
  const at = firstEvidence(result, evidenceSheets(run));
  if (at === null) return null;
  const shapes = [run.ledger.shape, run.master?.shape, run.history.shape];
  const shape = shapes.find((s) => s !== undefined && s !== null && s.sheet === at.sheet);
  const columns = Math.max(1, shape?.columnCount ?? 1);
  return { sheet: at.sheet, address: rangeAddress(at.row, at.firstColumn, 1, columns), row: at.row };
}
