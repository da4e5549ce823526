import { cellAddress, type CellInput, rangeAddress } from "../../report";
import { type Scorecard } from "../../scorecard";
import { binText } from "../binText";
import { type CandidateIv } from "../modelReportDetails";
import { type ModelReportLabels } from "../modelReportLabels";
import { type BandTally, type ScoreBandRow } from "../scoreBands";
import { sectionTitle, table } from "./modelSummary";
import { type SheetParts } from "./sheetParts";
import { nameRowStyle, NOTE_COLOR } from "./sheetStyles";

/**
 * The smallest default row height among the fonts Excel ships as defaults (DengXian 11 in Chinese Excel,
 * 14.25 pt): rows reserved for a chart from it are enough wherever the sheet is opened.
 */
const MIN_ROW_POINTS = 14.25;
const CHART_WIDTH = 480;
const CHART_HEIGHT = 260;
const BIN_TABLE_COLUMNS = 9;

/** Information value of every characteristic considered, with its strength and whether the card uses it. */
export function layoutInformationValues(
  candidates: readonly CandidateIv[],
  labels: ModelReportLabels,
  parts: SheetParts,
): void {
  sectionTitle(parts, labels.ivTitle);
  const rows: CellInput[][] = candidates.map((c) => [
    c.name,
    labels.kinds[c.kind],
    c.bins,
    c.iv,
    c.strength === null ? null : labels.strengths[c.strength],
    c.inCard ? labels.yes : labels.no,
    c.note === "" ? null : c.note,
  ]);
  const header = [
    labels.characteristic,
    labels.kind,
    labels.bins,
    labels.iv,
    labels.strength,
    labels.inCard,
    labels.note,
  ];
  const first = table(parts, header, rows);
  if (rows.length > 0) {
    parts.formats.push({ range: rangeAddress(first, 4, rows.length, 1), format: "0.0000" });
    parts.conditional.push({
      kind: "dataBar",
      range: rangeAddress(first, 4, rows.length, 1),
      color: "#5B9BD5",
    });
  }
  parts.row -= 1;
  parts.blocks.push({ topLeft: cellAddress(parts.row, 1), rows: [[labels.ivNote]] });
  parts.styles.push({ range: cellAddress(parts.row, 1), italic: true, fontColor: NOTE_COLOR });
  parts.row += 2;
}

const rate = (tally: BandTally | null): CellInput =>
  tally === null || tally.rows === 0 ? null : tally.bads / tally.rows;

/** Bad rate per score band on the training rows and the holdout, and a chart of it. */
export function layoutScoreBands(
  bands: readonly ScoreBandRow[],
  labels: ModelReportLabels,
  parts: SheetParts,
): void {
  sectionTitle(parts, labels.bandsTitle);
  const withHoldout = bands.some((b) => b.holdout !== null);
  const header = [
    labels.band,
    labels.badRateTraining,
    ...(withHoldout ? [labels.badRateHoldout] : []),
    labels.rowsTraining,
    labels.badsTraining,
    ...(withHoldout ? [labels.rowsHoldout, labels.badsHoldout] : []),
  ];
  const rows: CellInput[][] = bands.map((band) => [
    binText({ kind: "range", from: band.from, to: band.to }, labels),
    rate(band.training),
    ...(withHoldout ? [rate(band.holdout)] : []),
    band.training.rows,
    band.training.bads,
    ...(withHoldout ? [band.holdout?.rows ?? 0, band.holdout?.bads ?? 0] : []),
  ]);
  const headerRow = parts.row;
  const first = table(parts, header, rows);
  const rates = withHoldout ? 2 : 1;
  if (rows.length === 0) return;
  parts.formats.push({ range: rangeAddress(first, 2, rows.length, rates), format: "0.0%" });
  parts.formats.push({
    range: rangeAddress(first, 2 + rates, rows.length, header.length - 1 - rates),
    format: "0",
  });
  parts.charts.push({
    kind: "columnClustered",
    sourceRange: rangeAddress(headerRow, 1, rows.length + 1, 1 + rates),
    seriesBy: "columns",
    title: labels.chartTitle,
    anchor: cellAddress(parts.row, 1),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  parts.row += Math.ceil(CHART_HEIGHT / MIN_ROW_POINTS) + 1;
}

/** Each characteristic's bin table as counted on the training rows, with its IV contributions and points. */
export function layoutModelBinTables(card: Scorecard, labels: ModelReportLabels, parts: SheetParts): void {
  sectionTitle(parts, labels.binTablesTitle);
  for (const c of card.characteristics) {
    parts.blocks.push({
      topLeft: cellAddress(parts.row, 1),
      rows: [[c.name, `IV ${c.iv.toFixed(4)} · ${labels.strengths[c.strength]}`]],
    });
    parts.styles.push(nameRowStyle(rangeAddress(parts.row, 1, 1, BIN_TABLE_COLUMNS)));
    parts.row += 1;
    const rows: CellInput[][] = c.bins.map((bin, b) => [
      b + 1,
      binText(bin.description, labels),
      bin.count,
      bin.goods,
      bin.bads,
      bin.badRate,
      bin.woe,
      bin.ivContribution,
      bin.points,
    ]);
    const header = [
      labels.bin,
      labels.description,
      labels.count,
      labels.goods,
      labels.bads,
      labels.badRate,
      labels.woe,
      labels.ivContribution,
      labels.points,
    ];
    const first = table(parts, header, rows);
    parts.formats.push({ range: rangeAddress(first, 3, rows.length, 3), format: "0" });
    parts.formats.push({ range: rangeAddress(first, 6, rows.length, 1), format: "0.0%" });
    parts.formats.push({ range: rangeAddress(first, 7, rows.length, 2), format: "0.0000" });
    parts.formats.push({ range: rangeAddress(first, 9, rows.length, 1), format: "0" });
  }
}
