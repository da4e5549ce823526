/**
 * The sheets a warning run's evidence rows are on, as the Warnings sheet and the CLI's evidence texts take
 * them: the ledger's, the master's, and the history's (or the ledger itself when its paid dates served).
 */
import { type EvidenceSheet } from "../../core/report";
import { type SourceShape } from "../../host";
import { type WarningsRun } from "./runWarnings";

/**
 * The sheets a run's evidence rows are on.
 *
 * @example
 * warningsReportSpec(run.report, { sheetName, labels, ...evidenceSheets(run) });
 */
export function evidenceSheets(run: WarningsRun): {
  readonly ledger: EvidenceSheet;
  readonly master: EvidenceSheet | null;
  readonly history: EvidenceSheet | "ledger" | null;
} {
  const at = (shape: SourceShape): EvidenceSheet => ({ sheet: shape.sheet, firstColumn: shape.firstColumn });
  return {
    ledger: at(run.ledger.shape),
    master: run.master ? at(run.master.shape) : null,
    history: run.history.origin === "ledger" ? "ledger" : run.history.shape ? at(run.history.shape) : null,
  };
}
