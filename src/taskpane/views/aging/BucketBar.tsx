/**
 * A horizontal stacked bar of a currency's aging buckets, drawn with divs: segment widths follow the
 * amounts, colours run from green (young) to red (old). The amounts are in the bar's label and title
 * and in the legend under it, so the bar is never the only way to read them.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** One bucket: its heading and its amount, formatted. */
export interface BucketSegment {
  readonly label: string;
  readonly amount: number;
  readonly text: string;
}

/** The buckets of one currency, youngest first. */
export interface BucketBarProps {
  readonly segments: readonly BucketSegment[];
}

// Youngest to oldest; buckets are spread over this scale whatever their number.
const palette = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteDarkRedBackground2,
];

/**
 * The colour of bucket `index` of `count`.
 *
 * @example
 * bucketColor(0, 6); // tokens.colorPaletteGreenBackground3
 */
export function bucketColor(index: number, count: number): string {
  const step = count > 1 ? (index * (palette.length - 1)) / (count - 1) : 0;
  return palette[Math.round(step)] ?? tokens.colorNeutralBackground5;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "16px",
    width: "100%",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
  },
  segment: { minWidth: "2px" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
});

/**
 * The bar and its legend.
 *
 * @example
 * <BucketBar segments={[{ label: "Not due", amount: 500, text: "500.00" }, { label: "1-30", amount: 1000, text: "1,000.00" }]} />
 */
export function BucketBar({ segments }: BucketBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const label = t("agingView.summary.bar", {
    buckets: segments.map((segment) => `${segment.label} ${segment.text}`).join("; "),
  });
  return (
    <>
      <div role="img" aria-label={label} title={label} className={styles.bar}>
        {segments.map((segment, index) =>
          // Credit notes can make a bucket negative: it shows in the legend, not as a width.
          segment.amount > 0 ? (
            <div
              key={index}
              className={styles.segment}
              style={{ flexGrow: segment.amount, backgroundColor: bucketColor(index, segments.length) }}
            />
          ) : null,
        )}
      </div>
      <ul className={styles.legend} aria-hidden>
        {segments.map((segment, index) => (
          <li key={index} className={styles.item}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: bucketColor(index, segments.length) }}
            />
            {`${segment.label}: ${segment.text}`}
          </li>
        ))}
      </ul>
    </>
  );
}
