/**
 * The finished run: the warnings grouped by severity with their counts, most urgent first — each names the
 * customer and the rule, what was measured against what, the money at risk and the recommended action, and
 * selects its first evidence row in the source sheet on click — then the rules that could not run and why,
 * the customers a rule could not judge, and how many rows could not be read.
 */
import {
  Badge,
  Body1,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type WarningsRun } from "../../../app/warnings/runWarnings";
import { minorUnitDecimals } from "../../../core/money";
import { type WarningResult, type WarningSeverity, WARNING_SEVERITIES } from "../../../core/warnings";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { formatAmount, formatCount, formatPercent } from "../aging/_lib/formatNumbers";
import { failureText } from "../aging/_lib/messageText";
import { evidenceRange } from "./_lib/evidence";
import { type LooseT, looseT } from "./_lib/looseT";
import { SEVERITY_BADGE } from "./_lib/severityLook";

/** Warnings listed per severity in the pane; the Warnings sheet lists them all. */
export const LISTED_WARNINGS = 200;

/** The run to show and the host to select evidence rows on. */
export interface WarningsResultsProps {
  readonly run: WarningsRun;
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground2 },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A measured value or threshold as the interface language writes it. */
function valueText(
  result: WarningResult,
  value: number | string | null,
  t: LooseT,
  language: SupportedLanguage,
) {
  if (value === null) return t("warningsView.results.noValue");
  if (typeof value === "string") return value;
  switch (result.unit) {
    case "share":
      return formatPercent(value, language);
    case "amount":
      return formatAmount(value, minorUnitDecimals(result.currency), language);
    case "days":
      return t("warningsView.results.days", {
        value: formatAmount(value, Number.isInteger(value) ? 0 : 1, language),
      });
    default:
      return formatAmount(value, Number.isInteger(value) ? 0 : 1, language);
  }
}

/**
 * The result section.
 *
 * @example
 * {state.status === "done" && <WarningsResults run={state.run} host={host} language="en" />}
 */
export function WarningsResults({ run, host, language }: WarningsResultsProps) {
  const styles = useStyles();
  const { t: typed, i18n } = useTranslation();
  const t = looseT(i18n);
  const [selectFailure, setSelectFailure] = useState<{ error: unknown; sheet: string } | null>(null);
  const { report } = run;
  const select = (result: WarningResult) => {
    const at = evidenceRange(run, result);
    if (at === null) return;
    host.selectRange(at.sheet, at.address).then(
      () => setSelectFailure(null),
      (error: unknown) => setSelectFailure({ error, sheet: at.sheet }),
    );
  };
  const detail = (r: WarningResult) => {
    const measured =
      r.threshold === null
        ? valueText(r, r.value, t, language)
        : t("warningsView.results.measured", {
            value: valueText(r, r.value, t, language),
            threshold: valueText(r, r.threshold, t, language),
          });
    const amount = formatAmount(r.amountAtRisk, minorUnitDecimals(r.currency), language);
    const atRisk = t("warningsView.results.atRisk", {
      amount: r.currency === "" ? amount : `${amount} ${r.currency}`,
    });
    return `${measured} · ${atRisk} · ${t(r.action)}`;
  };

  return (
    <section className={styles.root} aria-label={typed("warningsView.results.heading")}>
      <Subtitle2 as="h2">{typed("warningsView.results.heading")}</Subtitle2>
      {report.results.length === 0 && <Body1>{typed("warningsView.results.none")}</Body1>}
      {WARNING_SEVERITIES.map((severity) => (
        <SeverityGroup
          key={severity}
          severity={severity}
          results={report.results.filter((r) => r.severity === severity)}
          language={language}
          label={(r) =>
            t("warningsView.results.item", { customer: r.customer, rule: t(`warnings:rules.${r.rule}.name`) })
          }
          detail={detail}
          canSelect={(r) => evidenceRange(run, r) !== null}
          onSelect={select}
        />
      ))}
      {selectFailure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failureText(i18n, selectFailure.error, selectFailure.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {report.notRun.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {typed("warningsView.results.notRunTitle", {
                count: formatCount(report.notRun.length, language),
              })}
            </MessageBarTitle>
            <ul className={styles.bullets}>
              {report.notRun.map((n) => (
                <li key={n.rule}>
                  {t("warningsView.results.notRunItem", {
                    rule: t(`warnings:rules.${n.rule}.name`),
                    reason: t(n.reason),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {report.notAssessed.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{typed("warningsView.results.notAssessedTitle")}</MessageBarTitle>
            <ul className={styles.bullets}>
              {report.notAssessed.map((n) => (
                <li key={`${n.rule} ${n.reason}`}>
                  {t("warningsView.results.notRunItem", {
                    rule: t(`warnings:rules.${n.rule}.name`),
                    reason: t(n.reason, { count: formatCount(n.count, language), example: n.example }),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1>
        {run.history.origin === "ledger"
          ? typed("warningsView.results.historyFromLedger")
          : run.history.origin === "none"
            ? typed("warningsView.results.noHistory")
            : typed("warningsView.results.historyFrom", { sheet: run.history.shape?.sheet ?? "" })}
      </Caption1>
      {run.rejected.length > 0 && (
        <Caption1>
          {typed("warningsView.results.rejected", { count: formatCount(run.rejected.length, language) })}
        </Caption1>
      )}
    </section>
  );
}

interface SeverityGroupProps {
  readonly severity: WarningSeverity;
  readonly results: readonly WarningResult[];
  readonly language: SupportedLanguage;
  readonly label: (result: WarningResult) => string;
  readonly detail: (result: WarningResult) => string;
  readonly canSelect: (result: WarningResult) => boolean;
  readonly onSelect: (result: WarningResult) => void;
}

function SeverityGroup({
  severity,
  results,
  language,
  label,
  detail,
  canSelect,
  onSelect,
}: SeverityGroupProps) {
  const styles = useStyles();
  const { i18n } = useTranslation();
  const t = looseT(i18n);
  const headingId = useId("severity");
  if (results.length === 0) return null;
  const listed = results.slice(0, LISTED_WARNINGS);
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <Badge
          appearance="filled"
          color={SEVERITY_BADGE[severity]}
          shape="circular"
          size="small"
          aria-hidden
        />
        <Subtitle2 as="h3" id={headingId}>
          {t("warningsView.results.group", {
            severity: t(`warnings:severity.${severity}`),
            count: formatCount(results.length, language),
          })}
        </Subtitle2>
      </div>
      {results.length > listed.length && (
        <Caption1>
          {t("warningsView.results.shown", {
            shown: formatCount(listed.length, language),
            count: formatCount(results.length, language),
          })}
        </Caption1>
      )}
      <ul className={styles.list}>
        {listed.map((result, index) => (
          <li key={index} className={styles.item}>
            {canSelect(result) ? (
              <Link as="button" onClick={() => onSelect(result)}>
                {label(result)}
              </Link>
            ) : (
              <Body1>{label(result)}</Body1>
            )}
            <Caption1 className={styles.detail}>{detail(result)}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
