import {
  type ExpertPanelLabels,
  type RatingCardLabels,
  type WeightedCardLabels,
  expertPanelSpec,
  ratingCardSpec,
  weightedCardSpec,
} from "../../core/templates";
import { type SheetSpec } from "../../core/report";
import { type SupportedLanguage, translate } from "../../i18n";
import { templates as en } from "../../i18n/locales/en/templates";
import { type TemplatesStrings } from "../../i18n/locales/en/templates";
import { templates as zhCn } from "../../i18n/locales/zh-CN/templates";
import { templates as zhTw } from "../../i18n/locales/zh-TW/templates";
import { writeOutputFile } from "../files";
import { loadEmbedded } from "../loadEmbedded";

/**
 * The scorecard templates `creditkit template` writes.
 *
 * @example
 * const kind: TemplateKind = "weighted";
 */
export type TemplateKind = "weighted" | "rating" | "expert";

// The `templates` namespace is not in the i18n resources yet, so the tables are read here directly.
const TABLES: Readonly<Record<SupportedLanguage, TemplatesStrings>> = { en, "zh-CN": zhCn, "zh-TW": zhTw };

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
  const table = TABLES[language];
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

/**
 * `creditkit template <weighted|rating|expert> [--portable] --out FILE.xlsx`: writes an empty, live scorecard
 * sheet (inputs blank and validated, settings filled with the documented defaults) to a new workbook.
 *
 * @returns The line to print: which file was written.
 *
 * @example
 * await runTemplateCommand("weighted", { portable: true, out: "card.xlsx" }, "en"); // "Wrote card.xlsx."
 */
export async function runTemplateCommand(
  kind: TemplateKind,
  options: { portable?: boolean; out: string },
  language: SupportedLanguage,
): Promise<string> {
  const spec = templateSpec(kind, options.portable === true ? "portable" : "addin", language);
  const { EmbeddedWorkbook } = loadEmbedded();
  const workbook = EmbeddedWorkbook.empty({ language });
  await workbook.writeSheet(spec);
  workbook.removeSheet("Sheet1");
  writeOutputFile(options.out, await workbook.toXlsx());
  return translate(language, "cli:calc.wrote", { file: options.out });
}
