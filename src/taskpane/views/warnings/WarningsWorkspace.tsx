/**
 * The warnings view once the workbook is known: choose the ledger, the customer master and the payment
 * history, set the as-of date, switch rules and set thresholds (saved in the workbook at once, so the whole
 * team gets the same checks), run, and read the warnings. Holds the user's choices; the steps are the
 * components it renders.
 */
import {
  Body1,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { saveWarningSettings } from "../../../app/warnings/warningSettingsStore";
import { type WarningSettings } from "../../../core/warnings";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { asOfSerial } from "../aging/_lib/agingForm";
import { failureText } from "../aging/_lib/messageText";
import { SourceDropdown } from "../aging/SourceDropdown";
import { type WarningsSetup } from "./_lib/useWarningsSetup";
import { useWarningsRun } from "./_lib/useWarningsRun";
import { RuleList } from "./RuleList";
import { WarningsOutcome } from "./WarningsOutcome";
import { WarningsResults } from "./WarningsResults";
import { RunControls } from "../aging/RunControls";

/** The host, the loaded starting point, the language and today's date. */
export interface WarningsWorkspaceProps {
  readonly host: WorkbookHost;
  readonly setup: Extract<WarningsSetup, { status: "ready" }>;
  readonly language: SupportedLanguage;
  /** Today as `YYYY-MM-DD`, the default as-of date. */
  readonly today: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  wide: { minWidth: 0, width: "100%" },
});

/**
 * The warnings workspace.
 *
 * @example
 * {setup.status === "ready" && <WarningsWorkspace host={host} setup={setup} language="en" today="2026-10-31" />}
 */
export function WarningsWorkspace({ host, setup, language, today }: WarningsWorkspaceProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { sources } = setup;
  const [ledgerId, setLedgerId] = useState(setup.initial.ledger);
  const [masterId, setMasterId] = useState(setup.initial.master);
  const [historyId, setHistoryId] = useState(setup.initial.history);
  const [asOfText, setAsOfText] = useState(today);
  const [settings, setSettings] = useState<WarningSettings>(setup.settings);
  const [saveFailure, setSaveFailure] = useState<{ error: unknown } | null>(null);
  const { state, start, cancel } = useWarningsRun(host);
  const running = state.status === "running";
  const asOf = asOfSerial(asOfText);
  const ref = (id: string) => sources.find((option) => option.id === id)?.ref ?? null;
  const ledger = sources.find((option) => option.id === ledgerId);

  const changeRules = (next: WarningSettings) => {
    setSettings(next);
    saveWarningSettings(host, next).then(
      () => setSaveFailure(null),
      (error: unknown) => setSaveFailure({ error }),
    );
  };
  const run = () => {
    if (ledger === undefined || asOf === null) return;
    const master = ref(masterId);
    const history = ref(historyId);
    void start({
      request: { ledger: ledger.ref, master, history, asOf, settings },
      language,
      remember: { ledger: ledger.ref, master, history },
    });
  };

  return (
    <div className={styles.root}>
      {setup.settingsError !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("warningsView.settingsUnreadable", { reason: failureText(i18n, setup.settingsError) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h2">{t("warningsView.sources.heading")}</Subtitle2>
        {sources.length === 0 ? (
          <Body1 as="p">{t("warningsView.sources.empty")}</Body1>
        ) : (
          <>
            <Field label={t("warningsView.sources.ledger")}>
              <SourceDropdown
                sources={sources}
                selected={ledgerId}
                placeholder={t("warningsView.sources.placeholder")}
                disabled={running}
                onSelect={setLedgerId}
              />
            </Field>
            <Field label={t("warningsView.sources.master")}>
              <SourceDropdown
                sources={sources}
                selected={masterId}
                noneLabel={t("warningsView.sources.none")}
                disabled={running}
                onSelect={setMasterId}
              />
            </Field>
            <Field label={t("warningsView.sources.history")} hint={t("warningsView.sources.historyHint")}>
              <SourceDropdown
                sources={sources}
                selected={historyId}
                noneLabel={t("warningsView.sources.fromLedger")}
                disabled={running}
                onSelect={setHistoryId}
              />
            </Field>
          </>
        )}
        <Field
          label={t("warningsView.asOf")}
          validationMessage={asOf === null ? t("warningsView.asOfInvalid") : undefined}
        >
          <Input
            type="date"
            className={styles.wide}
            value={asOfText}
            disabled={running}
            onChange={(_event, data) => setAsOfText(data.value)}
          />
        </Field>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2">{t("warningsView.rules.heading")}</Subtitle2>
        <Caption1 className={styles.intro}>{t("warningsView.rules.intro")}</Caption1>
        {saveFailure !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {t("warningsView.rules.saveFailed", { reason: failureText(i18n, saveFailure.error) })}
            </MessageBarBody>
          </MessageBar>
        )}
        <RuleList settings={settings} language={language} onChange={changeRules} disabled={running} />
      </section>
      <RunControls
        labels="warningsView.run"
        state={state}
        canRun={ledger !== undefined && asOf !== null && !running}
        language={language}
        onRun={run}
        onCancel={cancel}
      />
      <WarningsOutcome state={state} ledgerName={ledger?.name ?? ""} />
      {state.status === "done" && <WarningsResults run={state.run} host={host} language={language} />}
    </div>
  );
}
