/**
 * The aging view: buckets the open items of a ledger sheet (DESIGN §3.5). With a workbook host it runs
 * the whole flow (src/taskpane/views/aging); without one it says what it will do and that no workbook
 * is connected.
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarClockRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../host";
import { type SupportedLanguage } from "../../i18n";
import { EmptyState } from "./_lib/EmptyState";
import { AgingWorkbench, isoDay } from "./aging";

/** The workbook to age, the interface language, and the clock the default as-of date comes from. */
export interface AgingViewProps {
  readonly host?: WorkbookHost;
  readonly language: SupportedLanguage;
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
 * The Aging view.
 *
 * @example
 * <AgingView host={officeWorkbookHost} language="en" />
 */
export function AgingView({ host, language, now = systemClock }: AgingViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  // Read once: the default as-of date must not change under the user while the pane stays open.
  const [today] = useState(() => isoDay(now()));
  if (host === undefined) {
    return (
      <>
        <EmptyState
          icon={CalendarClockRegular}
          title={t("aging.title")}
          description={t("aging.description")}
        />
        <Body1 as="p" className={styles.note}>
          {t("agingView.notConnected")}
        </Body1>
      </>
    );
  }
  return <AgingWorkbench host={host} language={language} today={today} />;
}
