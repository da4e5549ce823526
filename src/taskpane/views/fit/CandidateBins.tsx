/**
 * A candidate's "Bins" disclosure: its bin table, one stacked line per bin (what the bin holds, rows, bad
 * rate, WOE) so it fits a 320 px pane without a wide table, and the field to edit the bins.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CreditError } from "../../../core/errors";
import { type BinningSpec, type CharacteristicBins } from "../../../core/scorecard";
import { binText } from "../../../core/scorecardSheets";
import { resources, type SupportedLanguage } from "../../../i18n";
import { formatAmount, formatCount, formatPercent } from "../aging/_lib/formatNumbers";
import { BinsEditor } from "./BinsEditor";
import { binningText } from "./_lib/binningText";

/** A binned candidate's bins and how to bin it again. */
export interface CandidateBinsProps {
  readonly bins: CharacteristicBins;
  readonly onRebin: (binning: BinningSpec | null) => CreditError | null;
  readonly disabled: boolean;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    alignSelf: "stretch",
    minWidth: 0,
  },
  lines: { listStyleType: "none", margin: 0, padding: 0, minWidth: 0 },
  line: { overflowWrap: "anywhere" },
});

/**
 * The bins disclosure of one candidate.
 *
 * @example
 * <CandidateBins bins={candidate.bins} onRebin={(b) => flow.rebin(index, b)} disabled={false}
 *   language="en" />
 */
export function CandidateBins({ bins, onRebin, disabled, language }: CandidateBinsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const words = resources[language].fit.binWords;
  return (
    <div className={styles.root}>
      <Button
        appearance="subtle"
        size="small"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t("fitView.bins.show")}
      </Button>
      {open && (
        <div id={panelId} className={styles.panel}>
          <ul className={styles.lines}>
            {bins.bins.map((bin, i) => (
              <li key={i} className={styles.line}>
                <Caption1>
                  {t("fitView.bins.line", {
                    bin: binText(bin.description, words),
                    rows: formatCount(bin.count, language),
                    badRate: formatPercent(bin.badRate, language),
                    woe: formatAmount(bin.woe, 3, language),
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
          <BinsEditor
            key={binningText(bins.binning)}
            binning={bins.binning}
            onRebin={onRebin}
            disabled={disabled}
          />
        </div>
      )}
    </div>
  );
}
