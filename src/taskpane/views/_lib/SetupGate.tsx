/**
 * What a view shows while it reads the workbook before its first step: a spinner while loading, an
 * error bar that says why when the read failed, and the view itself once everything is there (so the
 * view always starts from a complete state).
 */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { type ReactNode } from "react";
import { OutcomeBar } from "./OutcomeBar";

/** A setup still loading or failed with its error: the states every view's setup shares. */
export type SetupPending =
  { readonly status: "loading" } | { readonly status: "failed"; readonly error: unknown };

/** The setup, the texts for the two waiting states, and the view to show once ready. */
export interface SetupGateProps<R extends { readonly status: "ready" }> {
  readonly setup: SetupPending | R;
  /** The spinner's label ("Reading the workbook…"). */
  readonly loadingLabel: string;
  /** The error bar's title, and its text from the error. */
  readonly failedTitle: string;
  readonly failureText: (error: unknown) => string;
  readonly children: (ready: R) => ReactNode;
}

const useStyles = makeStyles({
  status: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
});

/**
 * A spinner, an error bar, or the view.
 *
 * @example
 * <SetupGate setup={setup} loadingLabel={t("agingView.loading")} failedTitle={t("agingView.loadFailed")}
 *   failureText={(error) => failureText(i18n, error)}>
 *   {(ready) => <AgingWorkspace host={host} setup={ready} />}
 * </SetupGate>
 */
export function SetupGate<R extends { readonly status: "ready" }>({
  setup,
  loadingLabel,
  failedTitle,
  failureText,
  children,
}: SetupGateProps<R>) {
  const styles = useStyles();
  if (setup.status === "loading")
    return <Spinner className={styles.status} size="small" label={loadingLabel} />;
  if (setup.status === "failed") {
    return (
      <div className={styles.status}>
        <OutcomeBar intent="error" title={failedTitle}>
          {failureText(setup.error)}
        </OutcomeBar>
      </div>
    );
  }
  return <>{children(setup)}</>;
}
