/**
 * The tab strip between the four views. Icons sit above short labels and the strip wraps, so it fits
 * the 320 px minimum pane width (and zoomed panes) without horizontal scrolling.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import {
  bundleIcon,
  CalendarClock20Filled,
  CalendarClock20Regular,
  ClipboardTaskListLtr20Filled,
  ClipboardTaskListLtr20Regular,
  type FluentIcon,
  Settings20Filled,
  Settings20Regular,
  Warning20Filled,
  Warning20Regular,
} from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";

/** The views of the task pane, in tab order. */
export type ViewId = "aging" | "warnings" | "scorecards" | "settings";

/**
 * Every view in tab order.
 *
 * @example
 * viewIds[0]; // "aging"
 */
export const viewIds: readonly ViewId[] = ["aging", "warnings", "scorecards", "settings"];

// The filled variant marks the selected tab, as in Office's own panes.
const icons: Readonly<Record<ViewId, FluentIcon>> = {
  aging: bundleIcon(CalendarClock20Filled, CalendarClock20Regular),
  warnings: bundleIcon(Warning20Filled, Warning20Regular),
  scorecards: bundleIcon(ClipboardTaskListLtr20Filled, ClipboardTaskListLtr20Regular),
  settings: bundleIcon(Settings20Filled, Settings20Regular),
};

/** The selected view and how to change it. */
export interface NavigationProps {
  selected: ViewId;
  onSelect: (view: ViewId) => void;
  /** Builds the id of a view's tab, so the tab panel can name itself after its tab. */
  tabId: (view: ViewId) => string;
  /** The id of the panel showing the selected view, for `aria-controls`. */
  panelId: string;
}

const useStyles = makeStyles({
  list: {
    flexWrap: "wrap",
    paddingInline: tokens.spacingHorizontalXS,
  },
  tab: {
    // Content-sized tabs that share the spare width; a row too narrow for all four wraps instead of scrolling.
    flexGrow: 1,
    // Icon above label: four side-by-side labels do not fit 320 px, stacked ones do.
    gridAutoFlow: "row",
    justifyItems: "center",
    rowGap: tokens.spacingVerticalXXS,
  },
  label: {
    gridColumnStart: 1,
    gridRowStart: 2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
});

/**
 * The tab strip.
 *
 * @example
 * <Navigation selected="aging" onSelect={setView} tabId={(v) => `tab-${v}`} panelId="panel" />
 */
export function Navigation({ selected, onSelect, tabId, panelId }: NavigationProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <TabList
      className={styles.list}
      size="small"
      selectedValue={selected}
      onTabSelect={(_event, data) => onSelect(toViewId(data.value))}
      aria-label={t("app.navigation")}
    >
      {viewIds.map((view) => {
        const Icon = icons[view];
        return (
          <Tab
            key={view}
            id={tabId(view)}
            value={view}
            aria-controls={panelId}
            className={styles.tab}
            icon={<Icon />}
            content={{ className: styles.label }}
          >
            {t(`nav.${view}`)}
          </Tab>
        );
      })}
    </TabList>
  );
}

function toViewId(value: unknown): ViewId {
  return viewIds.find((view) => view === value) ?? "aging";
}
