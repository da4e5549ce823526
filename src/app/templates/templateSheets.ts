/**
 * The scorecard templates (issue 7) as sheets in the user's language: the core builds them, this edge gives
 * them their text. The task pane inserts them into the open workbook; `creditkit template` writes a file.
 */
import {
  type ExpertPanelLabels,
  type RatingCardLabels,
  type WeightedCardLabels,
  expertPanelSpec,
  ratingCardSpec,
  weightedCardSpec,
} from "../../core/templates";
import { type SheetSpec } from "../../core/report";
import { resources, type SupportedLanguage } from "../../i18n";

/**
 * The scorecard templates CreditKit writes.
 *
 * @example
 * const kind: TemplateKind = "weighted";
 */
export type TemplateKind = "weighted" | "rating" | "expert";

/**
 * Every template's labels in `language`, as the core's builders take them.
 *
 * @example
 * templateLabels("zh-TW").weighted.title; // "加權風險因素評分卡"
 */
export function templateLabels(language: SupportedLanguage): {
  readonly weighted: WeightedCardLabels & { readonly sheetName: string };
  readonly rating: RatingCardLabels & { readonly sheetName: string };
  readonly expert: ExpertPanelLabels & { readonly sheetName: string };
} {
  const table = resources[language].templates;
  return {
    weighted: { ...table.common, ...table.weighted },
    rating: { ...table.common, ...table.rating },
    expert: { ...table.common, ...table.expert },
  };
}

/**
 * The sheet a template kind is written as, in `language` and `form`.
 *
 * @example
 * templateSpec("rating", "portable", "en").name; // "Customer rating"
 */
export function templateSpec(
  kind: TemplateKind,
  form: "addin" | "portable",
  language: SupportedLanguage,
): SheetSpec {
  const labels = templateLabels(language);
  switch (kind) {
    case "weighted":
      return weightedCardSpec({ form, labels: labels.weighted, sheetName: labels.weighted.sheetName });
    case "rating":
      return ratingCardSpec({ form, labels: labels.rating, sheetName: labels.rating.sheetName });
    case "expert":
      return expertPanelSpec({ form, labels: labels.expert, sheetName: labels.expert.sheetName });
  }
}
