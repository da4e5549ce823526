/**
 * The Fit panel (issue 8): fits a statistical points scorecard on a history table in four steps — the
 * history and its outcome column, the good values, the characteristics (proposed by IV, ticked by the
 * user), the fit — and writes the Points scorecard and Model report sheets. The statistics are the app's
 * (src/app/scorecard/runFit); this panel only asks and shows.
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "../aging/_lib/formatNumbers";
import { SourceDropdown } from "../aging/SourceDropdown";
import { CandidateList } from "./CandidateList";
import { FailureBar } from "./FailureBar";
import { FitSummary } from "./FitSummary";
import { OutcomeValues } from "./OutcomeValues";
import { SheetsWritten } from "./SheetsWritten";
import { canMapOutcome } from "./_lib/goodValues";
import { type FitStep, useFitFlow } from "./_lib/useFitFlow";
import { useFitSources } from "./_lib/useFitSources";

/** The workbook to fit on and the language of the sheets and numbers. */
export interface FitPanelProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  wide: { minWidth: 0, width: "100%" },
});

/**
 * The Fit panel.
 *
 * @example
 * <FitPanel host={officeWorkbookHost} language="zh-CN" />
 */
export function FitPanel({ host, language }: FitPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const sources = useFitSources(host);
  const flow = useFitFlow(host, language);
  const headingId = useId();
  const [sourceId, setSourceId] = useState("");
  const [targetIndex, setTargetIndex] = useState("");
  const { history, outcome, good, proposal, used, result, sheets, failure, busy } = flow.state;
  const busyNow = busy !== null;
  const failed = (step: FitStep, title: string) =>
    failure?.step === step ? <FailureBar title={title} error={failure.error} /> : null;
  const working = (step: FitStep, label: string) =>
    busy === step ? <Spinner size="tiny" labelPosition="after" label={label} /> : null;

  if (sources.status === "loading") return <Spinner size="small" label={t("fitView.loading")} />;
  if (sources.status === "failed") {
    return <FailureBar title={t("fitView.loadFailed")} error={sources.error} />;
  }
  const options = sources.sources;
  const chooseSource = (id: string) => {
    setSourceId(id);
    setTargetIndex("");
    flow.chooseSource(options.find((option) => option.id === id)?.ref ?? null);
  };
  const chooseTarget = (value: string) => {
    setTargetIndex(value);
    flow.chooseTarget(Number(value));
  };
  const target = history?.columns[Number(targetIndex)];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("fitView.heading")}
      </Subtitle2>
      <Caption1 className={styles.intro}>{t("fitView.intro")}</Caption1>
      {options.length === 0 ? (
        <Body1 as="p">{t("fitView.history.noSources")}</Body1>
      ) : (
        <Field label={t("fitView.history.source")}>
          <SourceDropdown
            sources={options}
            selected={sourceId}
            placeholder={t("fitView.history.placeholder")}
            disabled={busyNow}
            onSelect={chooseSource}
          />
        </Field>
      )}
      {working("read", t("fitView.history.reading"))}
      {failed("read", t("fitView.history.readFailed"))}
      {history !== null && (
        <>
          <Caption1 className={styles.intro}>
            {t("fitView.history.size", {
              rows: formatCount(history.rows.length, language),
              columns: formatCount(history.columns.length, language),
            })}
          </Caption1>
          <Field label={t("fitView.history.target")}>
            <Dropdown
              className={styles.wide}
              placeholder={t("fitView.history.targetPlaceholder")}
              value={target?.header ?? ""}
              selectedOptions={targetIndex === "" ? [] : [targetIndex]}
              disabled={busyNow}
              onOptionSelect={(_event, data) => chooseTarget(data.optionValue ?? "")}
            >
              {history.columns.map((column) => (
                <Option key={column.index} value={String(column.index)} text={column.header}>
                  {column.header}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      )}
      {outcome !== null && (
        <>
          <OutcomeValues
            choice={outcome}
            good={good}
            onToggle={flow.toggleGood}
            disabled={busyNow}
            language={language}
          />
          {canMapOutcome(outcome) && (
            <Button
              appearance={proposal === null ? "primary" : "secondary"}
              disabled={busyNow}
              onClick={flow.propose}
            >
              {t("fitView.candidates.propose")}
            </Button>
          )}
        </>
      )}
      {working("propose", t("fitView.candidates.proposing"))}
      {failed("propose", t("fitView.candidates.failedTitle"))}
      {proposal !== null && (
        <>
          <Subtitle2 as="h3">{t("fitView.candidates.heading")}</Subtitle2>
          <Caption1 className={styles.intro}>{t("fitView.candidates.intro")}</Caption1>
          <CandidateList
            candidates={proposal.candidates}
            used={used}
            onToggle={flow.toggleUse}
            onRebin={flow.rebin}
            disabled={busyNow}
            language={language}
          />
          <Button
            appearance={result === null ? "primary" : "secondary"}
            disabled={busyNow}
            onClick={flow.fit}
          >
            {t("fitView.fit.start")}
          </Button>
        </>
      )}
      {working("fit", t("fitView.fit.fitting"))}
      {failed("fit", t("fitView.fit.failedTitle"))}
      {result !== null && (
        <>
          <FitSummary fitted={result.fitted} leftOut={result.leftOut} language={language} />
          <Button
            appearance={sheets === null ? "primary" : "secondary"}
            disabled={busyNow}
            onClick={flow.write}
          >
            {t("fitView.write.start")}
          </Button>
        </>
      )}
      {working("write", t("fitView.write.writing"))}
      {failed("write", t("fitView.write.failedTitle"))}
      {sheets !== null && <SheetsWritten sheets={sheets} host={host} />}
    </section>
  );
}
