/**
 * The Scorecard sheet (issue 8) as a SheetSpec: each characteristic's bins with their counts, WOE and
 * points as an editable table, and one row per history row whose points and score are portable formulas
 * over the history sheet's cells and those tables — so the card scores in any Excel, with or without the
 * add-in, and an edited point or cut point rescores every row.
 */
import { cellAddress, type CellInput, rangeAddress, type SheetSpec } from "../report";
import { type Scorecard } from "../scorecard";
import { fillPlaceholders, quotedSheet } from "./_lib/excelText";
import { layoutBinTable } from "./_lib/binTableRows";
import { BIN_TABLE_WIDTH, FIRST_ROW, HEADING_ROW, SCORES_COLUMN, SECTION_ROW } from "./_lib/scorecardColumns";
import { sheetParts, type SheetParts } from "./_lib/sheetParts";
import { HEADER_FILL, headerStyle, sectionStyle, topStyles } from "./_lib/sheetStyles";
import { type BinTableCells, pointsFormula } from "./pointsFormula";
import { type ScorecardSheetLabels } from "./scorecardSheetLabels";
import { type ScorecardSource } from "./scorecardSource";
import { SCORECARD_SHEET } from "./sheetNames";

/**
 * Options of {@link scorecardSheetSpec}.
 *
 * @example
 * const options: ScorecardSheetOptions = { sheetName: "Scorecard 2026" };
 */
export interface ScorecardSheetOptions {
  /** Default {@link SCORECARD_SHEET}. */
  readonly sheetName?: string;
}

/** Widths of the bin tables' columns, then of the scores table's fixed columns. */
const BIN_WIDTHS = [6, 30, 10, 10, 9, 9, 9, 9, 9, 9, 34, 3];
const ROW_WIDTH = 8;
const LONGEST_NAME_WIDTH = 24;

/**
 * Column A holds the bin numbers and, above each bin table, the characteristic's name, which the table's
 * description beside it would cut short: wide enough for the longest name, within reason.
 */
function nameWidth(card: { readonly characteristics: readonly { readonly name: string }[] }): number {
  // A Chinese character is about two digits wide.
  const widthOf = (name: string) =>
    [...name].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
  const longest = Math.max(0, ...card.characteristics.map((c) => widthOf(c.name)));
  return Math.min(LONGEST_NAME_WIDTH, Math.max(BIN_WIDTHS[0] ?? 6, longest + 2));
}
const ID_WIDTH = 16;
const POINTS_WIDTH = 12;

function sourceCell(source: ScorecardSource, row: number, column: number): string {
  return `${quotedSheet(source.sheet)}!${cellAddress(row, column)}`;
}

/** A copy of a source cell that stays blank when the cell is (a plain reference would show 0). */
function copyFormula(cell: string): CellInput {
  return { formula: `IF(${cell}="","",${cell})` };
}

/** The scores table right of the bin tables: row, id, outcome, points per characteristic, score. */
function layoutScores(
  card: Scorecard,
  source: ScorecardSource,
  tables: readonly BinTableCells[],
  labels: ScorecardSheetLabels,
  parts: SheetParts,
): number {
  const fixed = [labels.sourceRow, ...(source.id ? [source.id.header] : []), source.outcome.header];
  const header = [...fixed, ...card.characteristics.map((c) => c.name), labels.score];
  parts.blocks.push({
    topLeft: cellAddress(SECTION_ROW, SCORES_COLUMN),
    rows: [[fillPlaceholders(labels.scoresTitle, { sheet: source.sheet })]],
  });
  parts.styles.push(sectionStyle(cellAddress(SECTION_ROW, SCORES_COLUMN)));
  parts.blocks.push({ topLeft: cellAddress(HEADING_ROW, SCORES_COLUMN), rows: [header] });
  parts.styles.push(headerStyle(rangeAddress(HEADING_ROW, SCORES_COLUMN, 1, header.length)));

  const firstPoints = SCORES_COLUMN + fixed.length;
  const k = card.characteristics.length;
  const rows: CellInput[][] = source.rows.map((sheetRow, i) => {
    const row = FIRST_ROW + i;
    return [
      sheetRow,
      ...(source.id ? [copyFormula(sourceCell(source, sheetRow, source.id.column))] : []),
      copyFormula(sourceCell(source, sheetRow, source.outcome.column)),
      ...card.characteristics.map((c, j) => ({
        formula: pointsFormula(
          c,
          sourceCell(source, sheetRow, source.columns[j] as number),
          tables[j] as BinTableCells,
        ),
      })),
      { formula: `SUM(${rangeAddress(row, firstPoints, 1, k)})` },
    ];
  });
  if (rows.length > 0) {
    parts.blocks.push({ topLeft: cellAddress(FIRST_ROW, SCORES_COLUMN), rows });
    parts.formats.push({ range: rangeAddress(FIRST_ROW, firstPoints, rows.length, k + 1), format: "0" });
    parts.styles.push({ range: rangeAddress(FIRST_ROW, firstPoints + k, rows.length, 1), bold: true });
    parts.conditional.push({
      kind: "colorScale",
      range: rangeAddress(FIRST_ROW, firstPoints + k, rows.length, 1),
      minColor: "#F8696B",
      midColor: "#FFEB84",
      maxColor: "#63BE7B",
    });
  }
  return header.length;
}

/**
 * The Scorecard sheet of a fitted card. The scoring formulas ({@link pointsFormula}) reference `source`'s
 * cells (`'German credit'!C2`) and the bin tables on this sheet, and give exactly the engine's points —
 * `scoreRows` — on every row.
 *
 * @example
 * const spec = scorecardSheetSpec(card, { sheet: "History", rows: [2, 3], columns: [1, 2], id: null,
 *   outcome: { header: "Outcome", column: 3, good: ["good"], bad: ["bad"] } }, labels);
 * await host.writeSheet(spec); // the "Points scorecard" sheet
 */
export function scorecardSheetSpec(
  card: Scorecard,
  source: ScorecardSource,
  labels: ScorecardSheetLabels,
  options: ScorecardSheetOptions = {},
): SheetSpec {
  const parts = sheetParts(FIRST_ROW);
  parts.blocks.push({
    topLeft: "A1",
    rows: [
      [fillPlaceholders(labels.title, { source: source.sheet })],
      [
        fillPlaceholders(labels.subtitle, {
          target: source.outcome.header,
          good: source.outcome.good.join(", "),
          bad: source.outcome.bad.join(", "),
          training: card.training.rows,
        }),
      ],
      [labels.help],
      [labels.binsTitle],
      [
        labels.bin,
        labels.description,
        labels.from,
        labels.to,
        labels.count,
        labels.goods,
        labels.bads,
        labels.badRate,
        labels.woe,
        labels.points,
        labels.note,
      ],
    ],
  });
  parts.styles.push(...topStyles(), sectionStyle(cellAddress(SECTION_ROW, 1)));
  parts.styles.push(headerStyle(rangeAddress(HEADING_ROW, 1, 1, BIN_TABLE_WIDTH)));
  const tables = card.characteristics.map((c) => layoutBinTable(c, labels, parts));
  const scoreColumns = layoutScores(card, source, tables, labels, parts);
  const scoreWidths = [
    ROW_WIDTH,
    ...(source.id ? [ID_WIDTH] : []),
    POINTS_WIDTH,
    ...card.characteristics.map(() => POINTS_WIDTH),
    POINTS_WIDTH,
  ].slice(0, scoreColumns);
  return {
    name: options.sheetName ?? SCORECARD_SHEET,
    tabColor: HEADER_FILL,
    blocks: parts.blocks,
    numberFormats: parts.formats,
    styles: parts.styles,
    conditionalFormats: parts.conditional,
    columnWidths: [nameWidth(card), ...BIN_WIDTHS.slice(1), ...scoreWidths].map((width, i) => ({
      column: i + 1,
      width,
    })),
    freeze: { rows: HEADING_ROW, columns: 0 },
  };
}
