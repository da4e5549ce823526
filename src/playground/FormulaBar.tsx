/**
 * The formula bar: the selected cell's address and its formula (or value), editable with the same
 * CREDIT suggestions as a cell. Enter or Tab writes the entry to the cell; Escape puts back what the
 * cell holds.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FunctionHelp } from "./formula/functionCatalog";
import { FormulaInput } from "./formula/FormulaInput";

/** The selected cell, what it holds, and where an entry goes. */
export interface FormulaBarProps {
  readonly address: string;
  /** The cell's formula or value as text. */
  readonly entry: string;
  readonly catalog: readonly FunctionHelp[];
  readonly onCommit: (typed: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "stretch",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  address: {
    flexShrink: 0,
    width: "72px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
  },
  fx: {
    alignSelf: "center",
    fontStyle: "italic",
    color: tokens.colorNeutralForeground3,
  },
  entry: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyMonospace,
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * The formula bar.
 *
 * @example
 * <FormulaBar address="B5" entry="=CREDIT.GRADE(G5)" catalog={catalog} onCommit={(typed) => edit("B5", typed)} />
 */
export function FormulaBar({ address, entry, catalog, onCommit }: FormulaBarProps) {
  const styles = useStyles();
  const { t } = useTranslation("playground");
  const [draft, setDraft] = useState(entry);
  useEffect(() => setDraft(entry), [entry, address]);
  return (
    <div className={styles.root}>
      <output className={styles.address} aria-label={t("formulaBar.cell")}>
        {address}
      </output>
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <div className={styles.entry}>
        <FormulaInput
          key={address}
          value={draft}
          onChange={setDraft}
          onCommit={() => onCommit(draft)}
          onCancel={() => setDraft(entry)}
          catalog={catalog}
          label={t("formulaBar.label")}
          listLabel={t("suggestions.label")}
        />
      </div>
    </div>
  );
}
