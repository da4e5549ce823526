import { type ModelReportLabels, type ScorecardSheetLabels } from "../../core/scorecardSheets";
import { resources, type SupportedLanguage } from "../../i18n";

/**
 * The Scorecard sheet's text in `language`.
 *
 * @example
 * scorecardSheetLabels("zh-TW").count; // "列數"
 */
export function scorecardSheetLabels(language: SupportedLanguage): ScorecardSheetLabels {
  const fit = resources[language].fit;
  return { ...fit.binWords, ...fit.scorecardSheet };
}

/**
 * The Model report's text in `language`.
 *
 * @example
 * modelReportLabels("zh-CN").holdout; // "留出"
 */
export function modelReportLabels(language: SupportedLanguage): ModelReportLabels {
  const fit = resources[language].fit;
  return { ...fit.binWords, ...fit.modelReport };
}

/**
 * The notes a fit explains its choices with (`fit.notes`).
 *
 * @example
 * const key: FitNoteKey = "useless";
 */
export type FitNoteKey = keyof (typeof resources)["en"]["fit"]["notes"];

/**
 * A note of the `fit` namespace in `language`, its `{placeholders}` filled.
 *
 * @example
 * fitNote("en", "tooManyLevels", { levels: 1000 }); // "1000 different values: an identifier, not a characteristic"
 */
export function fitNote(
  language: SupportedLanguage,
  key: FitNoteKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return resources[language].fit.notes[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
