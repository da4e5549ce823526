/**
 * Puts the sample into an embedded workbook, built in one pass (the page's first view waits for it),
 * with the sheets left to the user: the sample's ledger and master are not CreditKit's own, so no
 * report may replace them, and aging never skips them.
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
  options: SampleOptions & {
    readonly language?: SupportedLanguage;
    /** The sample already generated (the page has drawn its ledger), else generated from `options`. */
    readonly sample?: SampleWorkbook;
  } = {},
): Promise<{ workbook: EmbeddedWorkbook; sample: SampleWorkbook }> {
  const sample = options.sample ?? sampleWorkbook(options);
  const workbook = await EmbeddedWorkbook.fromSheetSpecs(sample.sheets, {
    language: options.language ?? "en",
  });
  // Recorded as "none of CreditKit's", as the workbook saved to a file has always said.
  await workbook.setSetting(OWNED_SHEETS_SETTING, []);
  return { workbook, sample };
}
