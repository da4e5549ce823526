/** The Fit panel: fits a statistical points scorecard from a history table (issue 8). */
export { FitPanel, type FitPanelProps } from "./FitPanel";
