/**
 * The outcome column's values with their counts, each with a "good" tick (the proposal pre-ticked), and
 * the goods and bads the ticks make — or why the column cannot be an outcome.
 */
import {
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type OutcomeChoice } from "../../../app/scorecard/runFit";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "../aging/_lib/formatNumbers";
import { FailureBar } from "./FailureBar";
import { MOST_OUTCOME_VALUES, outcomeCounts } from "./_lib/goodValues";

/** The column's values, the ticked ones and how to change them. */
export interface OutcomeValuesProps {
  readonly choice: OutcomeChoice;
  readonly good: ReadonlySet<string>;
  readonly onToggle: (value: string, good: boolean) => void;
  readonly disabled: boolean;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  fieldset: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  value: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The good / bad choice.
 *
 * @example
 * <OutcomeValues choice={choice} good={good} onToggle={toggle} disabled={false} language="en" />
 */
export function OutcomeValues({ choice, good, onToggle, disabled, language }: OutcomeValuesProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const problem = choice.problem;
  if (problem !== null && problem.id !== "outcomeAmbiguous") {
    return <FailureBar title={t("fitView.outcome.problemTitle")} error={problem} />;
  }
  if (choice.values.length > MOST_OUTCOME_VALUES) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("fitView.outcome.tooMany", { values: choice.values.length })}</MessageBarBody>
      </MessageBar>
    );
  }
  const { goods, bads } = outcomeCounts(choice, good);
  return (
    <>
      {problem !== null && <FailureBar error={problem} />}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("fitView.outcome.legend")}</legend>
        {choice.values.map(({ value, count }) => (
          <Checkbox
            key={value}
            className={styles.value}
            label={t("fitView.outcome.value", { value, rows: formatCount(count, language) })}
            checked={good.has(value)}
            disabled={disabled}
            onChange={(_event, data) => onToggle(value, data.checked === true)}
          />
        ))}
      </fieldset>
      <Caption1 className={styles.note} aria-live="polite">
        {t("fitView.outcome.counts", {
          goods: formatCount(goods, language),
          bads: formatCount(bads, language),
        })}
      </Caption1>
      {choice.proposal !== null && (
        <Caption1 className={styles.note}>{t("fitView.outcome.proposed")}</Caption1>
      )}
      {choice.blank > 0 && (
        <Caption1 className={styles.note}>
          {t("fitView.outcome.blank", { rows: formatCount(choice.blank, language) })}
        </Caption1>
      )}
    </>
  );
}
