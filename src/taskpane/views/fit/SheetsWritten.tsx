/**
 * The success of "Write sheets": the two sheets named, and a button that shows the Points scorecard.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { type FitSheets } from "../../../app/scorecard/runFit";
import { type WorkbookHost } from "../../../host";
import { failureText } from "../aging/_lib/messageText";

/** The sheets written and the host to show them on. */
export interface SheetsWrittenProps {
  readonly sheets: FitSheets;
  readonly host: WorkbookHost;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  button: { width: "100%" },
});

/**
 * The success bar with its "Go to sheet" button.
 *
 * @example
 * <SheetsWritten sheets={sheets} host={host} />
 */
export function SheetsWritten({ sheets, host }: SheetsWrittenProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [goToFailure, setGoToFailure] = useState<unknown>(null);
  const scorecard = sheets.scorecard.sheet;
  const goTo = () => {
    setGoToFailure(null);
    host.selectRange(scorecard, "A1").catch((error: unknown) => setGoToFailure(error ?? new Error("")));
  };
  return (
    <div className={styles.root}>
      <OutcomeBar intent="success" title={t("fitView.write.doneTitle")}>
        {t("fitView.write.done", { scorecard, report: sheets.modelReport.sheet })}
      </OutcomeBar>
      <Button className={styles.button} onClick={goTo}>
        {t("fitView.write.goTo", { sheet: scorecard })}
      </Button>
      {goToFailure !== null && (
        <OutcomeBar intent="error">
          {t("fitView.write.goToFailed", { reason: failureText(i18n, goToFailure, scorecard) })}
        </OutcomeBar>
      )}
    </div>
  );
}
