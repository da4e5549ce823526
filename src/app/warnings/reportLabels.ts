import { type WarningsReportLabels } from "../../core/report";
import { ledgerMessage, resources, type SupportedLanguage, translate } from "../../i18n";

/**
 * The Warnings sheet's text in `language`: rule names, severities, actions and reasons of the `warnings`
 * namespace translated with their parameters, rejection reasons and errors worded by `ledgerMessage` (fields
 * by their labels, like the task pane and the CLI).
 *
 * @example
 * warningsReportLabels("zh-CN").message("warnings:severity.high", {}); // "高"
 */
export function warningsReportLabels(language: SupportedLanguage): WarningsReportLabels {
  return {
    ...resources[language].report.warnings,
    message: (id, params) =>
      id.startsWith("warnings:") ? translate(language, id, params) : ledgerMessage(language, id, params),
  };
}
