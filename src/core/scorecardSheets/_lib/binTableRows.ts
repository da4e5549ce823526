import { cellAddress, type CellInput, rangeAddress } from "../../report";
import { type ScorecardCharacteristic } from "../../scorecard";
import { binText } from "../binText";
import { type BinTableCells } from "../pointsFormula";
import { type ScorecardSheetLabels } from "../scorecardSheetLabels";
import { absolute, fillPlaceholders, templateFormula } from "./excelText";
import { BIN_COLUMNS as C, BIN_TABLE_WIDTH } from "./scorecardColumns";
import { type SheetParts } from "./sheetParts";
import { inputStyle, nameRowStyle } from "./sheetStyles";

const COUNT = "0";
const RATE = "0.0%";
const WOE = "0.0000";
const POINTS = "0";

/** Range bins of a characteristic: every bin but the missing one. */
export function rangeBinCount(characteristic: ScorecardCharacteristic): number {
  return characteristic.bins.length - (characteristic.hasMissingBin ? 1 : 0);
}

function absoluteRange(row: number, column: number, rows: number): string {
  // Always a range, even of one cell: MATCH and SUMPRODUCT read it as a list either way.
  return `${absolute(cellAddress(row, column))}:${absolute(cellAddress(row + rows - 1, column))}`;
}

/** The bin's description: a live formula for ranges (edited cut points show at once), text otherwise. */
function descriptionCell(
  characteristic: ScorecardCharacteristic,
  bin: number,
  row: number,
  labels: ScorecardSheetLabels,
): CellInput {
  const description = characteristic.bins[bin]?.description;
  if (description === undefined || description.kind !== "range") {
    return description === undefined ? null : binText(description, labels);
  }
  const last = rangeBinCount(characteristic) - 1;
  const from = cellAddress(row, C.from);
  const to = cellAddress(row, C.to);
  if (last === 0) return labels.anyValue;
  if (bin === 0) return { formula: templateFormula(labels.below, { to }) };
  if (bin === last) return { formula: templateFormula(labels.atLeast, { from }) };
  return { formula: templateFormula(labels.between, { from, to }) };
}

/** Where a bin's note says blanks or unseen levels also go. */
function noteCell(
  characteristic: ScorecardCharacteristic,
  bin: number,
  labels: ScorecardSheetLabels,
): CellInput {
  if (bin !== characteristic.fallbackBin) return null;
  const takesBlanks = !characteristic.hasMissingBin;
  if (characteristic.binning.kind === "numeric") return takesBlanks ? labels.blankNote : null;
  return takesBlanks ? labels.fallbackAndBlankNote : labels.fallbackNote;
}

/**
 * Lays out one characteristic's block of the Scorecard sheet from `parts.row`: its name row, one row per bin
 * (bin number, description, from, to, count, goods, bads, bad rate, WOE, points, note) and, for a categorical
 * characteristic, its levels with their bin numbers. Returns the cells the scoring formulas read.
 */
export function layoutBinTable(
  characteristic: ScorecardCharacteristic,
  labels: ScorecardSheetLabels,
  parts: SheetParts,
): BinTableCells {
  const nameRow = parts.row;
  parts.blocks.push({
    topLeft: cellAddress(nameRow, 1),
    rows: [
      [
        characteristic.name,
        fillPlaceholders(labels.characteristicLine, {
          kind: labels.kinds[characteristic.binning.kind],
          iv: characteristic.iv.toFixed(4),
          strength: labels.strengths[characteristic.strength],
          coefficient: characteristic.coefficient.estimate.toFixed(4),
        }),
      ],
    ],
  });
  parts.styles.push(nameRowStyle(rangeAddress(nameRow, 1, 1, BIN_TABLE_WIDTH)));

  const first = nameRow + 1;
  const bins = characteristic.bins.length;
  const ranges = characteristic.binning.kind === "numeric" ? rangeBinCount(characteristic) : 0;
  const rows: CellInput[][] = characteristic.bins.map((bin, b) => {
    const row = first + b;
    const isRange = bin.description.kind === "range";
    return [
      b + 1,
      descriptionCell(characteristic, b, row, labels),
      isRange && b > 0 ? bin.description.from : null,
      isRange && b < ranges - 1 ? { formula: cellAddress(row + 1, C.from) } : null,
      bin.count,
      bin.goods,
      bin.bads,
      bin.badRate,
      bin.woe,
      bin.points,
      noteCell(characteristic, b, labels),
    ];
  });
  parts.blocks.push({ topLeft: cellAddress(first, 1), rows });
  parts.formats.push({ range: rangeAddress(first, C.count, bins, 3), format: COUNT });
  parts.formats.push({ range: rangeAddress(first, C.badRate, bins, 1), format: RATE });
  parts.formats.push({ range: rangeAddress(first, C.woe, bins, 1), format: WOE });
  parts.formats.push({ range: rangeAddress(first, C.points, bins, 1), format: POINTS });
  parts.styles.push(inputStyle(rangeAddress(first, C.points, bins, 1)));
  if (ranges > 1) parts.styles.push(inputStyle(rangeAddress(first + 1, C.from, ranges - 1, 1)));
  parts.row = first + bins;

  let levels: string | null = null;
  let levelBins: string | null = null;
  if (characteristic.binning.kind === "categorical") {
    const levelRows: CellInput[][] = characteristic.binning.groups.flatMap((group, g) =>
      group
        .map((level) => level.trim())
        .filter((level) => level !== "")
        .map((level) => [g + 1, level]),
    );
    parts.blocks.push({ topLeft: cellAddress(parts.row, C.description), rows: [[labels.levels]] });
    parts.styles.push({ range: cellAddress(parts.row, C.description), italic: true });
    const firstLevel = parts.row + 1;
    if (levelRows.length > 0) {
      parts.blocks.push({ topLeft: cellAddress(firstLevel, 1), rows: levelRows });
      parts.styles.push(inputStyle(rangeAddress(firstLevel, C.bin, levelRows.length, 1)));
      levels = absoluteRange(firstLevel, C.description, levelRows.length);
      levelBins = absoluteRange(firstLevel, C.bin, levelRows.length);
    }
    parts.row = firstLevel + levelRows.length;
  }
  parts.row += 1;
  return {
    points: absoluteRange(first, C.points, bins),
    cuts: ranges > 1 ? absoluteRange(first + 1, C.from, ranges - 1) : null,
    levels,
    levelBins,
  };
}
