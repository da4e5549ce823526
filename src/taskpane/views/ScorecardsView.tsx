/**
 * The scorecards view: inserts live scorecard templates and applies a weighted card to a customer table
 * (DESIGN §3.1–§3.4). With a workbook host it runs the whole flow (src/taskpane/views/scorecards); without
 * one it says what it will do and that no workbook is connected.
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../host";
import { type SupportedLanguage } from "../../i18n";
import { EmptyState } from "./_lib/EmptyState";
import { ScorecardsWorkbench } from "./scorecards";

/** The workbook to work on and the interface language (the language sheets are written in). */
export interface ScorecardsViewProps {
  readonly host?: WorkbookHost;
  readonly language?: SupportedLanguage;
}

const useStyles = makeStyles({
  note: {
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
});

/**
 * The Scorecards view.
 *
 * @example
 * <ScorecardsView host={officeWorkbookHost} language="zh-CN" />
 */
export function ScorecardsView({ host, language = "en" }: ScorecardsViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (host === undefined) {
    return (
      <>
        <EmptyState
          icon={ClipboardTaskListLtrRegular}
          title={t("scorecards.title")}
          description={t("scorecards.description")}
        />
        <Body1 as="p" className={styles.note}>
          {t("scorecardsView.notConnected")}
        </Body1>
      </>
    );
  }
  return <ScorecardsWorkbench host={host} language={language} />;
}
