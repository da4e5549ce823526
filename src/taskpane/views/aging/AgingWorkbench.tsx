/**
 * The aging view with a workbook: loads the sources and the last run's options, then hands over to
 * the workspace (so the workspace starts from a complete, remembered state).
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

const useStyles = makeStyles({
  status: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
});

/**
 * The aging view over a workbook.
 *
 * @example
 * <AgingWorkbench host={host} language="en" today="2026-10-31" />
 */
export function AgingWorkbench({ host, language, today }: AgingWorkbenchProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const setup = useAgingSetup(host);
  if (setup.status === "loading") {
    return <Spinner className={styles.status} size="small" label={t("agingView.loading")} />;
  }
  if (setup.status === "failed") {
    return (
      <div className={styles.status}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("agingView.loadFailed")}</MessageBarTitle>
            {failureText(i18n, setup.error)}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <AgingWorkspace host={host} setup={setup} language={language} today={today} />;
}
