/**
 * The detected columns of the chosen source, read again whenever the source changes. A late answer
 * for a source the user has already left is dropped.
 */
import { useEffect, useState } from "react";
import { detectAgingColumns } from "../../../../app/aging/runAging";
import { type LedgerDetection } from "../../../../core/ledger";
import { type SourceShape, type WorkbookHost } from "../../../../host";
import { type SourceOption } from "./sourceOptions";

/** The detection of one source, while it loads, once read, or why it failed. */
export type DetectionState =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly sourceId: string }
  | {
      readonly status: "ready";
      readonly sourceId: string;
      readonly shape: SourceShape;
      readonly detection: LedgerDetection;
    }
  | { readonly status: "failed"; readonly sourceId: string; readonly error: unknown };

/**
 * Detects the columns of `source` on `host`.
 *
 * @example
 * const detection = useColumnDetection(host, selectedSource);
 */
export function useColumnDetection(host: WorkbookHost, source: SourceOption | undefined): DetectionState {
  const [state, setState] = useState<DetectionState>({ status: "idle" });
  useEffect(() => {
    if (source === undefined) {
      setState({ status: "idle" });
      return undefined;
    }
    let current = true;
    const sourceId = source.id;
    setState({ status: "loading", sourceId });
    detectAgingColumns(host, source.ref).then(
      ({ shape, detection }) => current && setState({ status: "ready", sourceId, shape, detection }),
      (error: unknown) => current && setState({ status: "failed", sourceId, error }),
    );
    return () => {
      current = false;
    };
  }, [host, source]);
  return state;
}
