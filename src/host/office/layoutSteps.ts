/** Styles, column widths, freeze panes, merges and tab colour as write steps. */
import { type ColumnWidthSpec, type SheetSpec, type StyleSpec } from "../../core/report";
import { formatStep } from "./_lib/formatStep";
import { type WriteStep } from "./_lib/writeStep";

/** Points per character of column width: 7 px per character at 96 dpi is 5.25 pt. */
const POINTS_PER_CHARACTER = 5.25;
/** Excel adds 5 px of cell padding to every column: 3.75 pt. */
const PADDING_POINTS = 3.75;

/**
 * Column width in points (what `RangeFormat.columnWidth` takes) for a width in characters (what a
 * SheetSpec and Excel's column-width dialog use). Excel's width unit is the maximum digit width of
 * the default font: 7 px for Calibri 11 and Aptos 11 at 96 dpi, plus 5 px of padding; a point is
 * 0.75 px. So points = (7 × characters + 5) × 0.75 = characters × 5.25 + 3.75. Other default fonts
 * give slightly different widths; the layouts only need "about this wide".
 *
 * @example
 * columnWidthPoints(8.43); // 48.01 (Excel's default 8.43 characters is 64 px, 48 pt)
 * columnWidthPoints(20); // 108.75
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((Math.max(0, characters) * POINTS_PER_CHARACTER + PADDING_POINTS) * 100) / 100;
}

/**
 * The step applying one style (font, fill, alignment, wrapping) to a range.
 *
 * @example
 * styleStep({ range: "A1:H1", bold: true, fill: "#DDEBF7" });
 */
export function styleStep(style: StyleSpec): WriteStep {
  return formatStep(style, ({ sheet }) => {
    const format = sheet.getRange(style.range).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.italic !== undefined) format.font.italic = style.italic;
    if (style.fontColor !== undefined) format.font.color = style.fontColor;
    if (style.fontSize !== undefined) format.font.size = style.fontSize;
    if (style.fill !== undefined) format.fill.color = style.fill;
    if (style.horizontalAlignment !== undefined)
      format.horizontalAlignment = ALIGNMENT[style.horizontalAlignment];
    if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  });
}

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * The step setting one column's width.
 *
 * @example
 * columnWidthStep({ column: 2, width: 20 }); // column B, 108.75 pt
 */
export function columnWidthStep(spec: ColumnWidthSpec): WriteStep {
  return formatStep(spec, ({ sheet }) => {
    sheet.getRangeByIndexes(0, spec.column - 1, 1, 1).getEntireColumn().format.columnWidth =
      columnWidthPoints(spec.width);
  });
}

/**
 * The step freezing the top rows and left columns (none when both are 0).
 *
 * @example
 * freezeStep({ rows: 1, columns: 1 }); // freezes A1
 */
export function freezeStep(freeze: NonNullable<SheetSpec["freeze"]>): WriteStep[] {
  const rows = Math.max(0, Math.floor(freeze.rows));
  const columns = Math.max(0, Math.floor(freeze.columns));
  if (rows === 0 && columns === 0) return [];
  return [
    formatStep(freeze, ({ sheet }) => {
      if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else sheet.freezePanes.freezeColumns(columns);
    }),
  ];
}

/**
 * The step merging one range into a single cell.
 *
 * @example
 * mergeStep("A1:H1"); // a title across the report
 */
export function mergeStep(address: string): WriteStep {
  return formatStep(address, ({ sheet }) => sheet.getRange(address).merge(false));
}

/**
 * The step colouring the sheet's tab.
 *
 * @example
 * tabColorStep("#2F5597");
 */
export function tabColorStep(color: string): WriteStep {
  return formatStep(color, ({ sheet }) => {
    sheet.tabColor = color;
  });
}
