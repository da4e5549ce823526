/**
 * The sheet tabs under the grid, as in Excel: one tab per visible sheet, a report sheet appearing as
 * a new tab when the task pane writes it. Arrow keys move between tabs.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** The sheets and the one shown. */
export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onSelect: (sheet: string) => void;
}

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: { whiteSpace: "nowrap" },
});

/**
 * The sheet tabs.
 *
 * @example
 * <SheetTabs sheets={["Ledger", "Aging 2026-10-31"]} active="Ledger" onSelect={setSheet} />
 */
export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const { t } = useTranslation("playground");
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={active}
        onTabSelect={(_event, data) => onSelect(String(data.value))}
        aria-label={t("sheets.label")}
      >
        {sheets.map((sheet) => (
          <Tab key={sheet} value={sheet} className={styles.tab}>
            {sheet}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
