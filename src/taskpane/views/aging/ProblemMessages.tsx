/**
 * Detection problems and run refusals as message bars: what blocks aging in an error bar, what is
 * merely worth a look in a warning bar.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type LedgerProblem } from "../../../core/ledger";
import { problemText } from "./_lib/messageText";

/** The problems to show, and extra lines (already translated) for the blocking bar. */
export interface ProblemMessagesProps {
  readonly problems: readonly LedgerProblem[];
  readonly blockingTitle: string;
  readonly extraBlocking?: readonly string[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The problem bars (nothing when there are no problems).
 *
 * @example
 * <ProblemMessages problems={detection.problems} blockingTitle="Aging cannot run yet" />
 */
export function ProblemMessages({ problems, blockingTitle, extraBlocking = [] }: ProblemMessagesProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const blocking = [
    ...problems
      .filter((problem) => problem.severity === "blocking")
      .map((problem) => problemText(i18n, problem)),
    ...extraBlocking,
  ];
  const warnings = problems
    .filter((problem) => problem.severity === "warning")
    .map((problem) => problemText(i18n, problem));
  if (blocking.length === 0 && warnings.length === 0) return null;
  const bar = (intent: "error" | "warning", title: string, lines: readonly string[]) => (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
  return (
    <div className={styles.root}>
      {blocking.length > 0 && bar("error", blockingTitle, blocking)}
      {warnings.length > 0 && bar("warning", t("agingView.columns.warningTitle"), warnings)}
    </div>
  );
}
