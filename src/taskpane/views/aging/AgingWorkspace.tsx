/**
 * The aging view once the workbook is known: choose the ledger, confirm its columns, set the options,
 * run, read the result. Holds the user's choices; the steps are the components it renders.
 */
import {
  Body1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type LedgerField } from "../../../core/ledger";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { type AgingFormValues, checkAgingForm, defaultAgingForm } from "./_lib/agingForm";
import { agingPlan } from "./_lib/agingPlan";
import { type ColumnOverrides } from "./_lib/columnOverrides";
import { formFromLastRun, restoredOverrides, type SavedMapping } from "./_lib/lastRun";
import { failureText } from "./_lib/messageText";
import { sourceId } from "./_lib/sourceOptions";
import { type AgingSetup } from "./_lib/useAgingSetup";
import { useAgingRun } from "./_lib/useAgingRun";
import { useColumnDetection } from "./_lib/useColumnDetection";
import { AgingOptionsForm } from "./AgingOptionsForm";
import { AgingResultView } from "./AgingResultView";
import { DetectedColumns } from "./DetectedColumns";
import { RunControls } from "./RunControls";
import { RunOutcome } from "./RunOutcome";
import { SourceDropdown } from "./SourceDropdown";

/** The host, the loaded starting point, the language and today's date. */
export interface AgingWorkspaceProps {
  readonly host: WorkbookHost;
  readonly setup: Extract<AgingSetup, { status: "ready" }>;
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
});

function initialForm(today: string, setup: AgingWorkspaceProps["setup"]): AgingFormValues {
  const defaults = defaultAgingForm(today);
  const { lastRun, sources } = setup;
  if (lastRun === null) return defaults;
  const masterId = lastRun.master === null ? "" : sourceId(lastRun.master);
  return formFromLastRun(defaults, lastRun, sources.some((option) => option.id === masterId) ? masterId : "");
}

/**
 * The aging workspace.
 *
 * @example
 * {setup.status === "ready" && <AgingWorkspace host={host} setup={setup} language="en" today="2026-10-31" />}
 */
export function AgingWorkspace({ host, setup, language, today }: AgingWorkspaceProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { sources, lastRun } = setup;
  const [selectedId, setSelectedId] = useState(setup.initialSource);
  const source = sources.find((option) => option.id === selectedId);
  const detection = useColumnDetection(host, source);
  const [overrides, setOverrides] = useState<ColumnOverrides>({});
  // The last run's corrections wait for the detection of its source, whose headers place them.
  const pendingMapping = useRef<SavedMapping | null>(
    lastRun !== null && sourceId(lastRun.source) === setup.initialSource ? lastRun.mapping : null,
  );
  const [form, setForm] = useState(() => initialForm(today, setup));
  const { state, start, cancel } = useAgingRun(host);
  const checked = checkAgingForm(form);

  useEffect(() => {
    const pending = pendingMapping.current;
    if (pending === null || detection.status !== "ready" || detection.sourceId !== setup.initialSource)
      return;
    pendingMapping.current = null;
    setOverrides(restoredOverrides(pending, detection.detection.headers));
  }, [detection, setup.initialSource]);

  const chooseSource = (id: string) => {
    pendingMapping.current = null;
    setOverrides({});
    setSelectedId(id);
  };
  const correct = (field: LedgerField, column: number | null) =>
    setOverrides((now) => ({ ...now, [field]: column }));

  const ready = source !== undefined && detection.status === "ready" && detection.sourceId === source.id;
  const plan = ready ? agingPlan({ source, form, overrides, sources, language }) : null;
  const run = () => {
    if (plan !== null) void start(plan);
  };

  return (
    <div className={styles.root}>
      {setup.lastRunError !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("agingView.savedOptionsUnreadable", { reason: failureText(i18n, setup.lastRunError.error) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h2">{t("agingView.source.heading")}</Subtitle2>
        {sources.length === 0 ? (
          <Body1 as="p">{t("agingView.source.empty")}</Body1>
        ) : (
          <Field label={t("agingView.source.label")}>
            <SourceDropdown
              sources={sources}
              selected={selectedId}
              placeholder={t("agingView.source.placeholder")}
              onSelect={chooseSource}
            />
          </Field>
        )}
      </section>
      {detection.status !== "idle" && (
        <section className={styles.section}>
          <Subtitle2 as="h2">{t("agingView.columns.heading")}</Subtitle2>
          {detection.status === "loading" && <Spinner size="tiny" label={t("agingView.columns.detecting")} />}
          {detection.status === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t("agingView.columns.detectFailed")} {failureText(i18n, detection.error, source?.name)}
              </MessageBarBody>
            </MessageBar>
          )}
          {detection.status === "ready" && (
            <DetectedColumns
              detection={detection.detection}
              shape={detection.shape}
              overrides={overrides}
              onChange={correct}
            />
          )}
        </section>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h2">{t("agingView.options.heading")}</Subtitle2>
        <AgingOptionsForm
          values={form}
          checked={checked}
          sources={sources}
          onChange={(change) => setForm((now) => ({ ...now, ...change }))}
        />
      </section>
      <RunControls
        state={state}
        canRun={plan !== null && state.status !== "running"}
        language={language}
        onRun={run}
        onCancel={cancel}
      />
      <RunOutcome state={state} sourceName={source?.name ?? ""} />
      {state.status === "done" && <AgingResultView run={state.run} host={host} language={language} />}
    </div>
  );
}
