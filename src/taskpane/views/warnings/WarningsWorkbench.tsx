/**
 * The warnings view with a workbook: loads the sources, the stored rules and the last run's sources, then
 * hands over to the workspace (so the workspace starts from a complete, remembered state).
 */
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { SetupGate } from "../_lib/SetupGate";
import { failureText } from "../aging/_lib/messageText";
import { useWarningsSetup } from "./_lib/useWarningsSetup";
import { WarningsWorkspace } from "./WarningsWorkspace";

/** The host, the interface language and today's date. */
export interface WarningsWorkbenchProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
  /** Today as `YYYY-MM-DD`, the default as-of date. */
  readonly today: string;
}

/**
 * The warnings view over a workbook.
 *
 * @example
 * <WarningsWorkbench host={host} language="en" today="2026-10-31" />
 */
export function WarningsWorkbench({ host, language, today }: WarningsWorkbenchProps) {
  const { t, i18n } = useTranslation();
  const setup = useWarningsSetup(host);
  return (
    <SetupGate
      setup={setup}
      loadingLabel={t("warningsView.loading")}
      failedTitle={t("warningsView.loadFailed")}
      failureText={(error) => failureText(i18n, error)}
    >
      {(ready) => <WarningsWorkspace host={host} setup={ready} language={language} today={today} />}
    </SetupGate>
  );
}
