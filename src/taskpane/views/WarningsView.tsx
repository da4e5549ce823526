/**
 * The warnings view: checks every customer against the warning rules (DESIGN §3.9). With a workbook host it
 * runs the whole flow (src/taskpane/views/warnings); without one it says what it will do and that no
 * workbook is connected.
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../host";
import { type SupportedLanguage } from "../../i18n";
import { EmptyState } from "./_lib/EmptyState";
import { isoDay } from "./aging";
import { WarningsWorkbench } from "./warnings";

/** The workbook to check, the interface language, and the clock the default as-of date comes from. */
export interface WarningsViewProps {
  readonly host?: WorkbookHost;
  readonly language?: SupportedLanguage;
  /** Reads the clock; the pane may, the core may not. Tests pass a fixed day. */
  readonly now?: () => Date;
}

const useStyles = makeStyles({
  note: {
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
});

const systemClock = () => new Date();

/**
 * The Warnings view.
 *
 * @example
 * <WarningsView host={officeWorkbookHost} language="en" />
 */
export function WarningsView({ host, language = "en", now = systemClock }: WarningsViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  // Read once: the default as-of date must not change under the user while the pane stays open.
  const [today] = useState(() => isoDay(now()));
  if (host === undefined) {
    return (
      <>
        <EmptyState
          icon={WarningRegular}
          title={t("warnings.title")}
          description={t("warnings.description")}
        />
        <Body1 as="p" className={styles.note}>
          {t("warningsView.notConnected")}
        </Body1>
      </>
    );
  }
  return <WarningsWorkbench host={host} language={language} today={today} />;
}
