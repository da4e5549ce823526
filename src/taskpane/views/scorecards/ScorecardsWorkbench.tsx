/**
 * The scorecards view with a workbook: reads its sheets and tables (which sheets are weighted cards, which
 * source looks like a customer table), then hands over to the workspace.
 */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { failureText } from "../aging/_lib/messageText";
import { useScorecardsSetup } from "./_lib/useScorecardsSetup";
import { ScorecardsWorkspace } from "./ScorecardsWorkspace";

/** The host and the interface language (the language templates and the Scores sheet are written in). */
export interface ScorecardsWorkbenchProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  status: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
});

/**
 * The scorecards view over a workbook.
 *
 * @example
 * <ScorecardsWorkbench host={host} language="en" />
 */
export function ScorecardsWorkbench({ host, language }: ScorecardsWorkbenchProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { setup, refresh } = useScorecardsSetup(host);
  if (setup.status === "loading") {
    return <Spinner className={styles.status} size="small" label={t("scorecardsView.loading")} />;
  }
  if (setup.status === "failed") {
    return (
      <div className={styles.status}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("scorecardsView.loadFailed")}</MessageBarTitle>
            {failureText(i18n, setup.error)}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <ScorecardsWorkspace host={host} setup={setup} refresh={refresh} language={language} />;
}
