/**
 * What became of the last application of a card, in words: the summary of the Scores sheet written (with a
 * button to show it), cancelled, blocked by a problem of the card or the table (its message), or failed —
 * never a silent nothing.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "../aging/_lib/formatNumbers";
import { failureText } from "../aging/_lib/messageText";
import { looseT } from "../warnings/_lib/looseT";
import { type ApplyRunState } from "./_lib/useApplyRun";

/** The run's state, the host to show the Scores sheet on, and the language of the numbers. */
export interface ApplyOutcomeProps {
  readonly state: ApplyRunState;
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  button: { width: "100%" },
});

/**
 * The run's outcome (nothing while idle or running).
 *
 * @example
 * <ApplyOutcome state={state} host={host} language="en" />
 */
export function ApplyOutcome({ state, host, language }: ApplyOutcomeProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [showFailure, setShowFailure] = useState<{ error: unknown; sheet: string } | null>(null);
  const bar = (intent: "success" | "info" | "error", body: string, title?: string) => (
    <OutcomeBar intent={intent} title={title}>
      {body}
    </OutcomeBar>
  );
  switch (state.status) {
    case "idle":
    case "running":
      return null;
    case "cancelled":
      return bar("info", t("scorecardsView.run.cancelled"));
    case "failed":
      return bar("error", failureText(i18n, state.error), t("scorecardsView.run.failedTitle"));
    case "blocked":
      return bar(
        "error",
        looseT(i18n)(`scores:problems.${state.problem.id}`, state.problem.params),
        t("scorecardsView.run.blockedTitle"),
      );
    case "done": {
      const { result, card } = state;
      const factors = Object.values(result.mapping.factors);
      const summary = looseT(i18n)("scores:summary", {
        count: formatCount(result.customers, language),
        source: result.table.text,
        card,
        sheet: result.sheet,
        factors: formatCount(factors.length, language),
        banded: formatCount(factors.filter((source) => source.kind === "banded").length, language),
      });
      const show = () =>
        host.selectRange(result.sheet, "A1").then(
          () => setShowFailure(null),
          (error: unknown) => setShowFailure({ error, sheet: result.sheet }),
        );
      return (
        <div className={styles.root}>
          <OutcomeBar intent="success" title={t("scorecardsView.run.doneTitle")}>
            {summary}
            {result.replaced && ` ${t("scorecardsView.run.replaced")}`}
          </OutcomeBar>
          <Button className={styles.button} onClick={() => void show()}>
            {t("scorecardsView.run.goTo", { sheet: result.sheet })}
          </Button>
          {showFailure !== null &&
            showFailure.sheet === result.sheet &&
            bar(
              "error",
              t("scorecardsView.run.goToFailed", {
                reason: failureText(i18n, showFailure.error, showFailure.sheet),
              }),
            )}
        </div>
      );
    }
  }
}
