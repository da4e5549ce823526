/**
 * Translation for both surfaces: the task pane (`createI18n` + react-i18next's provider) and the cell
 * functions (`translate`, no React). Resources are bundled, so initialisation is synchronous and the
 * first render already has its strings. Ledger and aging messages go through `ledgerMessage`, which
 * also shows field names by their labels.
 */
export {
  isSupportedLanguage,
  languageNames,
  resolveLanguage,
  type SupportedLanguage,
  supportedLanguages,
} from "./language";
export { ledgerMessage, ledgerMessageIn } from "./ledgerMessage";
export type { CliStrings } from "./locales/en/cli";
export type { ErrorStrings } from "./locales/en/errors";
export type { PlaygroundStrings } from "./locales/en/playground";
export type { ReportStrings } from "./locales/en/report";
export type { UiStrings } from "./locales/en/ui";
export { createI18n, resources, translate } from "./translate";
