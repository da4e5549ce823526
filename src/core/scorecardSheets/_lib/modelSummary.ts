import { cellAddress, type CellInput, rangeAddress } from "../../report";
import { type Discrimination, type Scorecard } from "../../scorecard";
import { type FitSample } from "../modelReportDetails";
import { type ModelReportLabels } from "../modelReportLabels";
import { type SheetParts } from "./sheetParts";
import { headerStyle, sectionStyle } from "./sheetStyles";

const MEASURE = "0.0000";

/** A section title on its own row. */
export function sectionTitle(parts: SheetParts, title: string): void {
  parts.blocks.push({ topLeft: cellAddress(parts.row, 1), rows: [[title]] });
  parts.styles.push(sectionStyle(cellAddress(parts.row, 1)));
  parts.row += 1;
}

/** A table: a heading row in the header style, then `rows`; leaves one empty row after it. */
export function table(parts: SheetParts, header: readonly CellInput[], rows: readonly CellInput[][]): number {
  const first = parts.row;
  parts.blocks.push({ topLeft: cellAddress(first, 1), rows: [header, ...rows] });
  parts.styles.push(headerStyle(rangeAddress(first, 1, 1, header.length)));
  parts.row = first + rows.length + 2;
  return first + 1;
}

/** Label–value pairs under a title. */
function pairs(parts: SheetParts, title: string, rows: readonly [string, CellInput, string][]): void {
  sectionTitle(parts, title);
  const first = parts.row;
  parts.blocks.push({ topLeft: cellAddress(first, 1), rows: rows.map(([label, value]) => [label, value]) });
  rows.forEach(([, , format], i) => {
    if (format !== "") parts.formats.push({ range: cellAddress(first + i, 2), format });
  });
  parts.row = first + rows.length + 1;
}

/** Rows, goods and bads of the history, and how it was split. */
export function layoutSample(sample: FitSample, labels: ModelReportLabels, parts: SheetParts): void {
  pairs(parts, labels.sampleTitle, [
    [labels.historyRows, sample.rows, "0"],
    [labels.withOutcome, sample.goods + sample.bads, "0"],
    [labels.goods, sample.goods, "0"],
    [labels.bads, sample.bads, "0"],
    [labels.blankOutcome, sample.blank, "0"],
    [labels.trainingRows, sample.training, "0"],
    [labels.holdoutRows, sample.holdout, "0"],
    [labels.holdoutShare, sample.holdoutShare, "0%"],
    [labels.seed, sample.seed, "0"],
  ]);
}

/** KS, AUC and Gini on the training rows and the holdout, side by side. */
export function layoutDiscrimination(card: Scorecard, labels: ModelReportLabels, parts: SheetParts): void {
  sectionTitle(parts, labels.discriminationTitle);
  const holdout = card.holdout;
  const column = (pick: (d: Discrimination) => number): [CellInput, CellInput] => [
    pick(card.training),
    holdout ? pick(holdout) : labels.noHoldout,
  ];
  const rows: CellInput[][] = [
    [labels.rows, ...column((d) => d.rows)],
    [labels.goods, ...column((d) => d.goods)],
    [labels.bads, ...column((d) => d.bads)],
    [labels.ks, ...column((d) => d.ks)],
    [labels.auc, ...column((d) => d.auc)],
    [labels.gini, ...column((d) => d.gini)],
  ];
  const first = table(parts, [labels.measure, labels.training, labels.holdout], rows);
  parts.formats.push({ range: rangeAddress(first, 2, 3, 2), format: "0" });
  parts.formats.push({ range: rangeAddress(first + 3, 2, 3, 2), format: MEASURE });
}

/** Base points, odds and PDO, and the factor and offset they give (DESIGN §3.7). */
export function layoutScaling(card: Scorecard, labels: ModelReportLabels, parts: SheetParts): void {
  pairs(parts, labels.scalingTitle, [
    [labels.basePoints, card.scale.basePoints, "0"],
    [labels.baseOdds, card.scale.baseOdds, "0.##"],
    [labels.pdo, card.scale.pdo, "0.##"],
    [labels.factor, card.factor, MEASURE],
    [labels.offset, card.offset, MEASURE],
    [labels.interceptPoints, card.basePoints, "0"],
    [labels.minScore, card.minScore, "0"],
    [labels.maxScore, card.maxScore, "0"],
  ]);
}

/** The logistic regression's coefficients, intercept first, and how the fit went. */
export function layoutCoefficients(card: Scorecard, labels: ModelReportLabels, parts: SheetParts): void {
  sectionTitle(parts, labels.coefficientsTitle);
  const coefficients = [
    { ...card.intercept, name: labels.intercept },
    ...card.characteristics.map((c) => c.coefficient),
  ];
  const rows: CellInput[][] = coefficients.map((c) => [c.name, c.estimate, c.standardError, c.z, c.pValue]);
  const first = table(
    parts,
    [labels.characteristic, labels.estimate, labels.standardError, labels.z, labels.pValue],
    rows,
  );
  parts.formats.push({ range: rangeAddress(first, 2, rows.length, 3), format: MEASURE });
  // p-values of strong characteristics are tiny: a fixed 4 decimals would show them as 0.
  parts.formats.push({ range: rangeAddress(first, 5, rows.length, 1), format: "0.00E+00" });
  const fit: CellInput[][] = [
    [labels.iterations, card.iterations],
    [labels.deviance, card.deviance],
    [labels.nullDeviance, card.nullDeviance],
  ];
  parts.blocks.push({ topLeft: cellAddress(parts.row, 1), rows: fit });
  parts.formats.push({ range: rangeAddress(parts.row + 1, 2, 2, 1), format: "0.00" });
  parts.row += fit.length + 1;
}
