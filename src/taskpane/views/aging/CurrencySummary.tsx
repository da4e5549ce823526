/**
 * Step 5: one card per currency (currencies are never added together): total open, share overdue,
 * open items, rows not read, DSO when sales were given, and the bucket bar.
 */
import { Card, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type BucketLabel, bucketLabelText } from "../../../core/aging";
import { type AgingKpis, type AgingTotal } from "../../../core/ledger";
import { type SupportedLanguage } from "../../../i18n";
import { formatAmount, formatCount, formatDays, formatPercent } from "./_lib/formatNumbers";
import { BucketBar } from "./BucketBar";

/** One currency's totals and what to label them with. */
export interface CurrencySummaryProps {
  readonly total: AgingTotal;
  readonly buckets: readonly BucketLabel[];
  /** The run's KPIs when they are for this currency. */
  readonly kpis: AgingKpis | null;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  figures: {
    display: "grid",
    // Two columns of figures at 320 px; a wider pane fits more side by side.
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

/**
 * A currency's summary card.
 *
 * @example
 * <CurrencySummary total={result.totals[0]} buckets={result.buckets} kpis={null} language="en" />
 */
export function CurrencySummary({ total, buckets, kpis, language }: CurrencySummaryProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId("currency");
  const amount = (value: number) => formatAmount(value, total.decimals, language);
  const figures: [string, string][] = [
    [t("agingView.summary.totalOpen"), amount(total.open)],
    [t("agingView.summary.overdue"), formatPercent(total.overduePct, language)],
    [t("agingView.summary.items"), formatCount(total.items, language)],
  ];
  if (total.rejectedRows > 0) {
    figures.push([
      t("agingView.summary.rejected"),
      `${formatCount(total.rejectedRows, language)} (${amount(total.rejectedAmount)})`,
    ]);
  }
  if (kpis !== null) figures.push([t("agingView.summary.dso"), formatDays(kpis.dso, language)]);
  const segments = buckets.map((bucket, index) => {
    const value = total.buckets[index] ?? 0;
    const label = bucket.key === "notDue" ? t("agingView.summary.notDue") : bucketLabelText(bucket);
    return { label, amount: value, text: amount(value) };
  });

  return (
    <Card className={styles.card} role="group" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {total.currency === ""
          ? t("agingView.summary.noCurrency")
          : t("agingView.summary.currency", { currency: total.currency })}
      </Subtitle2>
      <dl className={styles.figures}>
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <BucketBar segments={segments} />
    </Card>
  );
}
