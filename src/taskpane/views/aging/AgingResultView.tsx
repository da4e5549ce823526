/**
 * Step 5: the finished run — a summary card per currency, the notices, and the rows not read, whose
 * cells the user can jump to.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AgingRun } from "../../../app/aging/runAging";
import { isCreditError } from "../../../core/errors";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { errorText, failureText } from "./_lib/messageText";
import { CurrencySummary } from "./CurrencySummary";
import { RejectedRows } from "./RejectedRows";

/** The run to show and the host to select cells on. */
export interface AgingResultViewProps {
  readonly run: AgingRun;
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The result section.
 *
 * @example
 * {state.status === "done" && <AgingResultView run={state.run} host={host} language="en" />}
 */
export function AgingResultView({ run, host, language }: AgingResultViewProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [selectFailure, setSelectFailure] = useState<{ error: unknown } | null>(null);
  const { result, shape, detection, mapping } = run;
  const kpis = result.kpis;
  const select = (address: string) => {
    host.selectRange(shape.sheet, address).then(
      () => setSelectFailure(null),
      (error: unknown) => setSelectFailure({ error }),
    );
  };

  return (
    <section className={styles.root} aria-label={t("agingView.summary.heading")}>
      <Subtitle2 as="h2">{t("agingView.summary.heading")}</Subtitle2>
      {result.totals.map((total) => (
        <CurrencySummary
          key={total.currency}
          total={total}
          buckets={result.buckets}
          kpis={kpis !== null && !isCreditError(kpis) && kpis.currency === total.currency ? kpis : null}
          language={language}
        />
      ))}
      {isCreditError(kpis) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{errorText(i18n, kpis.id, kpis.params)}</MessageBarBody>
        </MessageBar>
      )}
      {result.notices.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("agingView.notices")}</MessageBarTitle>
            <ul className={styles.list}>
              {result.notices.map((notice) => (
                <li key={notice.id}>
                  {errorText(i18n, notice.id, { ...notice.params, count: notice.count })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {selectFailure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failureText(i18n, selectFailure.error, shape.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      <RejectedRows
        rejected={result.rejected}
        layout={{ shape, headers: detection.headers, mapping }}
        language={language}
        onSelect={select}
      />
    </section>
  );
}
