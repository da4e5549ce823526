/**
 * The scorecards view with a workbook: reads its sheets and tables (which sheets are weighted cards, which
 * source looks like a customer table), then hands over to the workspace.
 */
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { SetupGate } from "../_lib/SetupGate";
import { failureText } from "../aging/_lib/messageText";
import { useScorecardsSetup } from "./_lib/useScorecardsSetup";
import { ScorecardsWorkspace } from "./ScorecardsWorkspace";

/** The host and the interface language (the language templates and the Scores sheet are written in). */
export interface ScorecardsWorkbenchProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
}

/**
 * The scorecards view over a workbook.
 *
 * @example
 * <ScorecardsWorkbench host={host} language="en" />
 */
export function ScorecardsWorkbench({ host, language }: ScorecardsWorkbenchProps) {
  const { t, i18n } = useTranslation();
  const { setup, refresh } = useScorecardsSetup(host);
  return (
    <SetupGate
      setup={setup}
      loadingLabel={t("scorecardsView.loading")}
      failedTitle={t("scorecardsView.loadFailed")}
      failureText={(error) => failureText(i18n, error)}
    >
      {(ready) => <ScorecardsWorkspace host={host} setup={ready} refresh={refresh} language={language} />}
    </SetupGate>
  );
}
