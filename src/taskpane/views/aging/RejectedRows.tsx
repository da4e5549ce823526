/**
 * The ledger rows that could not be read (first 200, with the full count): each names its row and
 * column and, where the cell can be placed, selects it in the workbook on click.
 */
import { Body1, Caption1, Link, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type LedgerRejection } from "../../../core/ledger";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "./_lib/formatNumbers";
import { errorText } from "./_lib/messageText";
import { type LedgerLayout, rejectionCell } from "./_lib/rejectionCell";

/** Most rejected rows listed in the pane; the report sheet lists them all. */
export const LISTED_REJECTIONS = 200;

/** The rejections, where the ledger sits, and what a click does. */
export interface RejectedRowsProps {
  readonly rejected: readonly LedgerRejection[];
  readonly layout: LedgerLayout;
  readonly language: SupportedLanguage;
  /** Selects the cell at this A1 address on the ledger's sheet. */
  readonly onSelect: (address: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  reason: { color: tokens.colorNeutralForeground2 },
});

/**
 * The rejected rows section.
 *
 * @example
 * <RejectedRows rejected={result.rejected} layout={{ shape, headers, mapping }} language="en" onSelect={select} />
 */
export function RejectedRows({ rejected, layout, language, onSelect }: RejectedRowsProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const headingId = useId("rejected");
  const listed = rejected.slice(0, LISTED_REJECTIONS);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("agingView.rejected.heading", { count: formatCount(rejected.length, language) })}
      </Subtitle2>
      {rejected.length === 0 && <Body1>{t("agingView.rejected.none")}</Body1>}
      {rejected.length > listed.length && (
        <Caption1>
          {t("agingView.rejected.shown", {
            shown: formatCount(listed.length, language),
            count: formatCount(rejected.length, language),
          })}
        </Caption1>
      )}
      {listed.length > 0 && (
        <ul className={styles.list}>
          {listed.map((rejection, index) => {
            const address = rejectionCell(rejection, layout);
            const name = t("agingView.rejected.show", { row: rejection.row, column: rejection.column });
            return (
              <li key={index} className={styles.item}>
                {address === null ? (
                  <Body1>{name}</Body1>
                ) : (
                  <Link as="button" onClick={() => onSelect(address)}>
                    {name}
                  </Link>
                )}
                <Caption1 className={styles.reason}>
                  {errorText(i18n, rejection.reason, {
                    column: rejection.column,
                    value: rejection.value,
                    row: rejection.row,
                  })}
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
