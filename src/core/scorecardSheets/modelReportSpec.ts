/**
 * The Model report sheet (issue 8) as a SheetSpec: the sample and its split, KS / AUC / Gini on the
 * training rows and the holdout, the points scaling, the logistic regression's coefficients with standard
 * errors and p-values, the information value of every characteristic considered, bad rate by score band
 * with its chart, and every bin table of the card.
 */
import { type SheetSpec } from "../report";
import { type Scorecard } from "../scorecard";
import { fillPlaceholders } from "./_lib/excelText";
import { layoutCoefficients, layoutDiscrimination, layoutSample, layoutScaling } from "./_lib/modelSummary";
import { layoutInformationValues, layoutModelBinTables, layoutScoreBands } from "./_lib/modelTables";
import { sheetParts } from "./_lib/sheetParts";
import { HEADER_FILL, topStyles } from "./_lib/sheetStyles";
import { type ModelReportDetails } from "./modelReportDetails";
import { type ModelReportLabels } from "./modelReportLabels";
import { MODEL_REPORT_SHEET } from "./sheetNames";

const FIRST_SECTION_ROW = 5;
const COLUMN_WIDTHS = [34, 16, 14, 14, 14, 14, 14, 14, 10];

/**
 * The Model report of a fitted card.
 *
 * @example
 * const spec = modelReportSpec(card, labels, { source: "History", outcome: { header: "Outcome", good: ["1"], bad: ["2"] },
 *   sample, candidates, bands: scoreBandTable(scores, outcomes.bad, split) });
 * await host.writeSheet(spec); // the "Model report" sheet
 */
export function modelReportSpec(
  card: Scorecard,
  labels: ModelReportLabels,
  details: ModelReportDetails,
): SheetSpec {
  const parts = sheetParts(FIRST_SECTION_ROW);
  parts.blocks.push({
    topLeft: "A1",
    rows: [
      [fillPlaceholders(labels.title, { source: details.source })],
      [
        fillPlaceholders(labels.subtitle, {
          target: details.outcome.header,
          good: details.outcome.good.join(", "),
          bad: details.outcome.bad.join(", "),
        }),
      ],
      [labels.help],
    ],
  });
  parts.styles.push(...topStyles());
  layoutSample(details.sample, labels, parts);
  layoutDiscrimination(card, labels, parts);
  layoutScaling(card, labels, parts);
  layoutCoefficients(card, labels, parts);
  layoutInformationValues(details.candidates, labels, parts);
  layoutScoreBands(details.bands, labels, parts);
  layoutModelBinTables(card, labels, parts);
  return {
    name: details.sheetName ?? MODEL_REPORT_SHEET,
    tabColor: HEADER_FILL,
    blocks: parts.blocks,
    numberFormats: parts.formats,
    styles: parts.styles,
    conditionalFormats: parts.conditional,
    charts: parts.charts,
    columnWidths: COLUMN_WIDTHS.map((width, i) => ({ column: i + 1, width })),
  };
}
