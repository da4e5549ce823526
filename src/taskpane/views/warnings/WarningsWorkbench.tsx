/**
 * The warnings view with a workbook: loads the sources, the stored rules and the last run's sources, then
 * hands over to the workspace (so the workspace starts from a complete, remembered state).
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
import { useWarningsSetup } from "./_lib/useWarningsSetup";
import { WarningsWorkspace } from "./WarningsWorkspace";

/** The host, the interface language and today's date. */
export interface WarningsWorkbenchProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
  /** Today as `YYYY-MM-DD`, the default as-of date. */
  readonly today: string;
}

const useStyles = makeStyles({
  status: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
});

/**
 * The warnings view over a workbook.
 *
 * @example
 * <WarningsWorkbench host={host} language="en" today="2026-10-31" />
 */
export function WarningsWorkbench({ host, language, today }: WarningsWorkbenchProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const setup = useWarningsSetup(host);
  if (setup.status === "loading") {
    return <Spinner className={styles.status} size="small" label={t("warningsView.loading")} />;
  }
  if (setup.status === "failed") {
    return (
      <div className={styles.status}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("warningsView.loadFailed")}</MessageBarTitle>
            {failureText(i18n, setup.error)}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <WarningsWorkspace host={host} setup={setup} language={language} today={today} />;
}
