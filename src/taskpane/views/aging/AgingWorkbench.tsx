/**
 * The aging view with a workbook: loads the sources and the last run's options, then hands over to
 * the workspace (so the workspace starts from a complete, remembered state).
 */
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { SetupGate } from "../_lib/SetupGate";
import { failureText } from "./_lib/messageText";
import { useAgingSetup } from "./_lib/useAgingSetup";
import { AgingWorkspace } from "./AgingWorkspace";

/** The host, the interface language and today's date. */
export interface AgingWorkbenchProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
  /** Today as `YYYY-MM-DD`, the default as-of date. */
  readonly today: string;
}

/**
 * The aging view over a workbook.
 *
 * @example
 * <AgingWorkbench host={host} language="en" today="2026-10-31" />
 */
export function AgingWorkbench({ host, language, today }: AgingWorkbenchProps) {
  const { t, i18n } = useTranslation();
  const setup = useAgingSetup(host);
  return (
    <SetupGate
      setup={setup}
      loadingLabel={t("agingView.loading")}
      failedTitle={t("agingView.loadFailed")}
      failureText={(error) => failureText(i18n, error)}
    >
      {(ready) => <AgingWorkspace host={host} setup={ready} language={language} today={today} />}
    </SetupGate>
  );
}
