import { type SupportedLanguage, translate } from "../../i18n";
import { type TemplateKind, templateSpec } from "../../app/templates/templateSheets";
import { writeOutputFile } from "../files";
import { loadEmbedded } from "../loadEmbedded";

export { type TemplateKind, templateLabels, templateSpec } from "../../app/templates/templateSheets";

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
