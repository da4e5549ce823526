/**
 * What became of the last run, in words: Warnings sheet written (or why not), cancelled, refused by one of
 * its inputs (which one, and why), or failed — never a silent nothing.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { errorText, failureText } from "../aging/_lib/messageText";
import { ProblemMessages } from "../aging/ProblemMessages";
import { type WarningsRunState } from "./_lib/useWarningsRun";

/** The run's state and the name of the ledger it read. */
export interface WarningsOutcomeProps {
  readonly state: WarningsRunState;
  readonly ledgerName: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * The run's outcome messages (nothing while idle or running).
 *
 * @example
 * <WarningsOutcome state={state} ledgerName="Ledger" />
 */
export function WarningsOutcome({ state, ledgerName }: WarningsOutcomeProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const bar = (intent: "success" | "info" | "warning" | "error", body: string, title?: string) => (
    <OutcomeBar intent={intent} title={title}>
      {body}
    </OutcomeBar>
  );
  switch (state.status) {
    case "idle":
    case "running":
      return null;
    case "cancelled":
      return bar("info", t("warningsView.run.cancelled"));
    case "failed":
      return bar("error", failureText(i18n, state.error, ledgerName), t("warningsView.run.failedTitle"));
    case "blocked": {
      const { error, problems, source, shape } = state.blocked;
      const title =
        source === "settings"
          ? t("warningsView.run.blockedSettings")
          : source === "history"
            ? t("warningsView.run.blockedHistory", { sheet: shape?.sheet ?? "" })
            : t("warningsView.run.blockedLedger", { sheet: shape?.sheet ?? ledgerName });
      const blocking = problems.some((problem) => problem.severity === "blocking");
      // A refusal always says why: without a problem or an error, the source had no rows at all.
      const reasons =
        error !== null
          ? [errorText(i18n, error.id, error.params)]
          : blocking
            ? []
            : [t("warningsView.run.nothingRead")];
      return <ProblemMessages problems={problems} blockingTitle={title} extraBlocking={reasons} />;
    }
    case "done":
      return (
        <div className={styles.root}>
          {state.writeFailure === null
            ? bar("success", t("warningsView.run.written", { sheet: state.sheet }))
            : bar(
                "error",
                failureText(i18n, state.writeFailure.error, state.sheet),
                t("warningsView.run.writeFailedTitle"),
              )}
          {state.saveFailure !== null &&
            bar(
              "warning",
              t("warningsView.run.sourcesNotSaved", { reason: failureText(i18n, state.saveFailure.error) }),
            )}
        </div>
      );
  }
}
