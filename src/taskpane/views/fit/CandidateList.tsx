/**
 * The candidate characteristics after "Propose": each with its kind, IV and strength badge and a "use" tick
 * (pre-ticked when proposed), why it is not proposed, and its bins to look at and edit. Stacked, one block
 * per characteristic, so the list fits a 320 px pane without scrolling sideways.
 */
import { Badge, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type CandidateCharacteristic } from "../../../app/scorecard/runFit";
import { type CreditError } from "../../../core/errors";
import { type BinningSpec } from "../../../core/scorecard";
import { resources, type SupportedLanguage } from "../../../i18n";
import { formatAmount } from "../aging/_lib/formatNumbers";
import { CandidateBins } from "./CandidateBins";
import { candidateReason, strengthColor } from "./_lib/candidateText";

/** The candidates, the ticked ones (by column index) and how to change them. */
export interface CandidateListProps {
  readonly candidates: readonly CandidateCharacteristic[];
  readonly used: ReadonlySet<number>;
  readonly onToggle: (index: number, use: boolean) => void;
  /** Bins a candidate again (`null`: as proposed); returns the engine's refusal, if it refused. */
  readonly onRebin: (index: number, binning: BinningSpec | null) => CreditError | null;
  readonly disabled: boolean;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    // Lines up with the checkbox's label, not its box.
    paddingLeft: tokens.spacingHorizontalXXXL,
  },
  bins: { paddingLeft: tokens.spacingHorizontalXXXL, minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/**
 * The characteristics list.
 *
 * @example
 * <CandidateList candidates={proposal.candidates} used={used} onToggle={toggle} onRebin={flow.rebin}
 *   disabled={false} language="en" />
 */
export function CandidateList({
  candidates,
  used,
  onToggle,
  onRebin,
  disabled,
  language,
}: CandidateListProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const words = resources[language].fit.binWords;
  return (
    <ul className={styles.list}>
      {candidates.map((candidate) => {
        const { column, bins } = candidate;
        const reason = candidateReason(i18n, language, candidate);
        const iv = bins === null ? t("fitView.candidates.none") : formatAmount(bins.iv, 3, language);
        return (
          <li key={column.index} className={styles.item}>
            <Checkbox
              className={styles.name}
              label={column.header}
              checked={used.has(column.index)}
              // Without bins there is nothing to fit.
              disabled={disabled || candidate.binning === null}
              onChange={(_event, data) => onToggle(column.index, data.checked === true)}
            />
            <div className={styles.line}>
              <Caption1>{t("fitView.candidates.line", { kind: words.kinds[candidate.kind], iv })}</Caption1>
              {bins !== null && (
                <Badge appearance="tint" color={strengthColor(bins.strength)}>
                  {words.strengths[bins.strength]}
                </Badge>
              )}
            </div>
            {reason !== null && (
              <Caption1 className={mergeClasses(styles.line, styles.reason)}>{reason}</Caption1>
            )}
            {bins !== null && (
              <div className={styles.bins}>
                <CandidateBins
                  bins={bins}
                  onRebin={(binning) => onRebin(column.index, binning)}
                  disabled={disabled}
                  language={language}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
