/**
 * What became of the last run, in words: report written (or why not), cancelled, refused by the
 * ledger, or failed — with the translated reason, never a silent nothing.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { errorText, failureText } from "./_lib/messageText";
import { type AgingRunState } from "./_lib/useAgingRun";
import { ProblemMessages } from "./ProblemMessages";

/** The run's state and the name of the source it read. */
export interface RunOutcomeProps {
  readonly state: AgingRunState;
  readonly sourceName: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * The run's outcome messages (nothing while idle or running).
 *
 * @example
 * <RunOutcome state={state} sourceName="Ledger" />
 */
export function RunOutcome({ state, sourceName }: RunOutcomeProps) {
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
      return bar("info", t("agingView.run.cancelled"));
    case "failed":
      return bar("error", failureText(i18n, state.error, sourceName), t("agingView.run.failedTitle"));
    case "blocked": {
      const { error, problems } = state.blocked;
      const blocking = problems.some((problem) => problem.severity === "blocking");
      // A refusal always says why: without a problem or an error, the source had no rows at all.
      const reasons =
        error !== null
          ? [errorText(i18n, error.id, error.params)]
          : blocking
            ? []
            : [t("agingView.run.nothingRead")];
      return (
        <ProblemMessages
          problems={problems}
          blockingTitle={t("agingView.run.blockedTitle")}
          extraBlocking={reasons}
        />
      );
    }
    case "done":
      return (
        <div className={styles.root}>
          {state.writeFailure === null
            ? bar("success", t("agingView.run.written", { sheet: state.sheet }))
            : bar(
                "error",
                failureText(i18n, state.writeFailure.error, state.sheet),
                t("agingView.run.writeFailedTitle"),
              )}
          {state.saveFailure !== null &&
            bar(
              "warning",
              t("agingView.run.settingsNotSaved", { reason: failureText(i18n, state.saveFailure.error) }),
            )}
        </div>
      );
  }
}
