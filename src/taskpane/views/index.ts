/** The task pane's views, one per navigation tab. */
export { AgingView } from "./AgingView";
export { ScorecardsView, type ScorecardsViewProps } from "./ScorecardsView";
export { SettingsView, type SettingsViewProps } from "./SettingsView";
export { WarningsView, type WarningsViewProps } from "./WarningsView";
