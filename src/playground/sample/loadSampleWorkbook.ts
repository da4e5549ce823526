/**
 * Puts the sample into an embedded workbook through the WorkbookHost port, then hands the sheets to
 * the user: a sheet written by `writeSheet` is marked as CreditKit's own (a report it may replace and
 * never ages), which the sample's ledger and master must not be.
 */
import { EmbeddedWorkbook } from "../../host/embedded";
import { OWNED_SHEETS_SETTING } from "../../host/port";
import { type SupportedLanguage } from "../../i18n";
import { type SampleOptions, type SampleWorkbook, sampleWorkbook } from "./sampleWorkbook";

/**
 * The sample as an embedded workbook, with the facts about it.
 *
 * @example
 * const { workbook } = await loadSampleWorkbook({ language: "en" });
 * workbook.sheetNames(); // ["Ledger", "Customers", "Scorecard"]
 */
export async function loadSampleWorkbook(
  options: SampleOptions & { readonly language?: SupportedLanguage } = {},
): Promise<{ workbook: EmbeddedWorkbook; sample: SampleWorkbook }> {
  const sample = sampleWorkbook(options);
  const first = sample.sheets[0]?.name ?? "Sheet1";
  // The first sheet is created empty under its own name and then written over, rather than written
  // beside a "Sheet1" removed afterwards: a removed sheet leaves a gap in the engine's sheet
  // numbering, and a recalculation in another language renumbers the sheets.
  const workbook = EmbeddedWorkbook.fromCsv("", { language: options.language ?? "en", sheetName: first });
  await workbook.setSetting(OWNED_SHEETS_SETTING, [first]);
  for (const spec of sample.sheets) await workbook.writeSheet(spec);
  await workbook.setSetting(OWNED_SHEETS_SETTING, []);
  return { workbook, sample };
}
