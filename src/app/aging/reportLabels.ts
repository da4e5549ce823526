import { type AgingReportLabels } from "../../core/report/agingReportLabels";
import { ledgerMessage, resources, type SupportedLanguage } from "../../i18n";

/**
 * The aging report's text in `language`, with rejection reasons, notices and errors worded by
 * `ledgerMessage` (fields by their labels, like the task pane and the CLI).
 *
 * @example
 * agingReportLabels("zh-CN").notDue; // "未到期"
 */
export function agingReportLabels(language: SupportedLanguage): AgingReportLabels {
  return {
    ...resources[language].report.aging,
    message: (id, params) => ledgerMessage(language, id, params),
  };
}
