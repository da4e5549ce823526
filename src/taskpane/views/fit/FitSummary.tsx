/**
 * A fitted card at a glance: KS, AUC and Gini on the training and holdout rows, the range of scores, and
 * any characteristic the fit had to leave out (with the engine's reason).
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { type FittedCard, type LeftOut } from "../../../app/scorecard/runFit";
import { type Discrimination } from "../../../core/scorecard";
import { resources, type SupportedLanguage } from "../../../i18n";
import { errorText } from "../aging/_lib/messageText";
import { formatAmount, formatCount } from "../aging/_lib/formatNumbers";

/** The fitted card, what the fit left out, and the language of the numbers. */
export interface FitSummaryProps {
  readonly fitted: FittedCard;
  readonly leftOut: readonly LeftOut[];
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
  cell: {
    textAlign: "end",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { textAlign: "start" },
  note: { color: tokens.colorNeutralForeground2 },
});

type Measure = "ks" | "auc" | "gini";
const MEASURES: readonly Measure[] = ["ks", "auc", "gini"];

/**
 * The fit's summary.
 *
 * @example
 * <FitSummary fitted={fitted} leftOut={[]} language="en" />
 */
export function FitSummary({ fitted, leftOut, language }: FitSummaryProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const words = resources[language].fit.modelReport;
  const { card } = fitted;
  const value = (sample: Discrimination | null, measure: Measure) =>
    sample === null ? words.noHoldout : formatAmount(sample[measure], 3, language);
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Caption1>{t("fitView.fit.caption")}</Caption1>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {words.measure}
            </th>
            <th scope="col" className={styles.cell}>
              {words.training}
            </th>
            <th scope="col" className={styles.cell}>
              {words.holdout}
            </th>
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((measure) => (
            <tr key={measure}>
              <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
                {words[measure]}
              </th>
              <td className={styles.cell}>{value(card.training, measure)}</td>
              <td className={styles.cell}>{value(card.holdout, measure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Caption1 className={styles.note}>
        {t("fitView.fit.range", {
          min: formatCount(card.minScore, language),
          max: formatCount(card.maxScore, language),
        })}
      </Caption1>
      {leftOut.length > 0 && (
        <OutcomeBar intent="warning" title={t("fitView.fit.leftOutTitle")}>
          {leftOut.map(({ column, error }) => (
            <div key={column.index}>
              {t("fitView.fit.leftOut", {
                name: column.header,
                reason: errorText(i18n, error.id, error.params),
              })}
            </div>
          ))}
        </OutcomeBar>
      )}
    </>
  );
}
