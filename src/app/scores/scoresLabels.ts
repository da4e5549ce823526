import { type ScoresSheetLabels } from "../../core/scores";
import { type ScorecardFactorId } from "../../core/templates";
import { resources, type SupportedLanguage, supportedLanguages } from "../../i18n";

/**
 * The Scores sheet's text in `language`: the `scores` namespace, with the factor names and form lines of
 * the weighted card's own text so the two sheets name things alike.
 *
 * @example
 * scoresLabels("zh-CN").score; // "得分"
 */
export function scoresLabels(
  language: SupportedLanguage,
): ScoresSheetLabels & { readonly sheetName: string } {
  const table = resources[language].scores;
  const card = resources[language].templates;
  return {
    ...table.sheet,
    formAddin: card.common.formAddin,
    formPortable: card.common.formPortable,
    factors: card.weighted.factors,
    bands: { ...table.sheet.bands, metrics: table.metrics },
    sheetName: table.sheetName,
  };
}

/**
 * The factors' names in every interface language, so a header typed in any of them maps to its factor.
 *
 * @example
 * factorNamesInEveryLanguage().length; // 3
 */
export function factorNamesInEveryLanguage(): readonly Readonly<Record<ScorecardFactorId, string>>[] {
  return supportedLanguages.map((language) => resources[language].templates.weighted.factors);
}
