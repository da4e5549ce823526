/**
 * The life cycle every run of a view shares: one run at a time through one AbortController, so Cancel
 * aborts the host's reads and writes; a new run or closing the view cancels the one still going; only
 * the latest run may change what the view shows.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { HostError } from "../../../host";

/** One run begun: its signal, how it shows a state (ignored once a newer run began), and its end. */
export interface LatestRun<State> {
  readonly signal: AbortSignal;
  readonly show: (next: State) => void;
  /** Call in `finally`: the run no longer holds the controller Cancel aborts. */
  readonly end: () => void;
}

/** The state shown, how to begin a run, and Cancel. */
export interface LatestRunControls<State> {
  readonly state: State;
  readonly begin: () => LatestRun<State>;
  readonly cancel: () => void;
}

/**
 * Runs that replace each other, starting from `idle`.
 *
 * @example
 * const { state, begin, cancel } = useLatestRun<MyState>({ status: "idle" });
 * const run = begin();
 * try { run.show(await work(run.signal)); } finally { run.end(); }
 */
export function useLatestRun<State>(idle: State): LatestRunControls<State> {
  const [state, setState] = useState<State>(idle);
  const active = useRef<AbortController | null>(null);
  useEffect(() => () => active.current?.abort(), []);
  const begin = useCallback((): LatestRun<State> => {
    active.current?.abort();
    const controller = new AbortController();
    active.current = controller;
    return {
      signal: controller.signal,
      show: (next) => {
        if (active.current === controller) setState(next);
      },
      end: () => {
        if (active.current === controller) active.current = null;
      },
    };
  }, []);
  const cancel = useCallback(() => active.current?.abort(), []);
  return { state, begin, cancel };
}

/**
 * Whether a run's failure is its cancellation: the signal was aborted, or the host said "cancelled".
 *
 * @example
 * show(wasCancelled(error, signal) ? { status: "cancelled" } : { status: "failed", error });
 */
export function wasCancelled(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof HostError && error.code === "cancelled");
}
