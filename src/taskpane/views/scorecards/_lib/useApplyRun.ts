/**
 * One application of a card at a time: check the card, read the customers with progress, write the Scores
 * sheet (applyCard does all three). Cancel aborts the host's reads and the write through one
 * AbortController; a cancelled run writes nothing. Closing the view cancels a run still going; only the
 * latest run may change what the view shows. The life cycle of the other views' runs (useReportRun), for a
 * run that writes its own sheet.
 */
import { useCallback } from "react";
import {
  applyCard,
  type ApplyCardDone,
  type ApplyCardRequest,
  type ScoresProblem,
} from "../../../../app/scores/applyCard";
import { type Progress, type WorkbookHost } from "../../../../host";
import { useLatestRun, wasCancelled } from "../../_lib/useLatestRun";

/** Where the run is. */
export type ApplyRunState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly phase: Progress["phase"];
      readonly done: number;
      readonly total: number;
    }
  | { readonly status: "cancelled" }
  | { readonly status: "blocked"; readonly problem: ScoresProblem }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "done"; readonly result: ApplyCardDone; readonly card: string };

/** The run's state and its two actions. */
export interface ApplyRunControls {
  readonly state: ApplyRunState;
  readonly start: (request: ApplyCardRequest) => Promise<void>;
  readonly cancel: () => void;
}

/**
 * Applies cards on `host`, one run at a time.
 *
 * @example
 * const { state, start, cancel } = useApplyRun(host);
 * void start({ card: "Scorecard", table: { kind: "table", table: "Customers" }, mapping, form: "addin", language: "en" });
 */
export function useApplyRun(host: WorkbookHost): ApplyRunControls {
  const { state, begin, cancel } = useLatestRun<ApplyRunState>({ status: "idle" });

  const start = useCallback(
    async (request: ApplyCardRequest) => {
      const { signal, show, end } = begin();
      const onProgress = ({ phase, done, total }: Progress) =>
        show({ status: "running", phase, done, total });
      show({ status: "running", phase: "read", done: 0, total: 0 });
      try {
        const result = await applyCard(host, request, { signal, onProgress });
        // A finished write is reported even when Cancel came too late to stop it: the sheet is there.
        show(
          result.kind === "blocked"
            ? { status: "blocked", problem: result }
            : { status: "done", result, card: request.card },
        );
      } catch (error) {
        show(wasCancelled(error, signal) ? { status: "cancelled" } : { status: "failed", error });
      } finally {
        end();
      }
    },
    [host, begin],
  );

  return { state, start, cancel };
}
