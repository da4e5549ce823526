/** Tables, conditional formats, charts and data validation as write steps. */
import {
  type ChartSpec,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type TableSpec,
} from "../../core/report";
import { HostError } from "../port";
import { formatStep } from "./_lib/formatStep";
import { type WriteStep } from "./_lib/writeStep";

/**
 * The step adding a table. Table names are unique across the workbook and the sheet being
 * replaced may still hold this one, so the table is created under a temporary name and renamed
 * when the new sheet is committed, after the old one is gone. The range is passed as a Range of the
 * temporary sheet: a string address without a sheet name would mean the user's active sheet.
 *
 * @example
 * tableStep({ name: "AgingByCustomer", range: "A4:H120", style: "TableStyleMedium2", totalsRow: true });
 */
export function tableStep(spec: TableSpec): WriteStep {
  return formatStep(spec, (target) => {
    const table = target.sheet.tables.add(target.sheet.getRange(spec.range), true);
    table.name = target.temporaryTableName();
    table.style = spec.style;
    table.showTotals = spec.totalsRow === true;
    if (spec.bandedRows !== undefined) table.showBandedRows = spec.bandedRows;
    target.tables.push({ table, finalName: spec.name });
  });
}

const CELL_VALUE_OPERATOR = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  between: "Between",
  equalTo: "EqualTo",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

/**
 * The step adding one conditional format: a 2- or 3-colour scale (lowest, 50th percentile,
 * highest), a data bar, or a cell-value rule with a fill and/or font colour.
 *
 * @example
 * conditionalFormatStep({ kind: "dataBar", range: "C5:C120", color: "#5B9BD5" });
 */
export function conditionalFormatStep(spec: ConditionalFormatSpec): WriteStep {
  return formatStep(spec, ({ sheet }) => {
    const formats = sheet.getRange(spec.range).conditionalFormats;
    if (spec.kind === "colorScale") {
      const scale = formats.add("ColorScale").colorScale;
      scale.criteria = {
        minimum: { type: "LowestValue", color: spec.minColor },
        ...(spec.midColor !== undefined
          ? { midpoint: { type: "Percentile", formula: "50", color: spec.midColor } }
          : {}),
        maximum: { type: "HighestValue", color: spec.maxColor },
      };
    } else if (spec.kind === "dataBar") {
      formats.add("DataBar").dataBar.positiveFormat.fillColor = spec.color;
    } else {
      const rule = formats.add("CellValue").cellValue;
      rule.rule = {
        formula1: spec.formula1,
        ...(spec.formula2 !== undefined ? { formula2: spec.formula2 } : {}),
        operator: CELL_VALUE_OPERATOR[spec.operator],
      };
      if (spec.fill !== undefined) rule.format.fill.color = spec.fill;
      if (spec.fontColor !== undefined) rule.format.font.color = spec.fontColor;
    }
  });
}

const CHART_TYPE = {
  barStacked: "BarStacked",
  columnStacked: "ColumnStacked",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  pie: "Pie",
  line: "Line",
} as const;

/**
 * The step adding a chart over a range of the sheet, titled, placed at its anchor cell and sized
 * in points.
 *
 * @example
 * chartStep({ kind: "columnStacked", sourceRange: "A4:F10", seriesBy: "columns", title: "Aging",
 *   anchor: "J4", width: 480, height: 288 });
 */
export function chartStep(spec: ChartSpec): WriteStep {
  return formatStep(spec, ({ sheet }) => {
    const chart = sheet.charts.add(
      CHART_TYPE[spec.kind],
      sheet.getRange(spec.sourceRange),
      spec.seriesBy === "rows" ? "Rows" : "Columns",
    );
    chart.title.text = spec.title;
    chart.setPosition(spec.anchor);
    chart.width = spec.width;
    chart.height = spec.height;
  });
}

/**
 * The step adding an input rule (whole number or decimal between two bounds, or a drop-down list)
 * with the alert shown on a refused entry and an optional prompt. A list is given to Excel as
 * comma-separated text, so a list value containing a comma is refused before anything is written.
 *
 * @example
 * dataValidationStep({ range: "D5:D23", rule: { kind: "wholeNumber", min: 1, max: 5 },
 *   errorTitle: "Score", errorMessage: "Enter a whole number from 1 to 5." });
 */
export function dataValidationStep(spec: DataValidationSpec): WriteStep {
  const rule = spec.rule;
  if (rule.kind === "list" && rule.values.some((value) => value.includes(",")))
    throw new HostError("hostFailure", { range: spec.range }, "listValueWithComma");
  return formatStep(spec, ({ sheet }) => {
    const validation = sheet.getRange(spec.range).dataValidation;
    if (rule.kind === "list")
      validation.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
    else {
      const bounds = { formula1: rule.min, formula2: rule.max, operator: "Between" } as const;
      validation.rule = rule.kind === "wholeNumber" ? { wholeNumber: bounds } : { decimal: bounds };
    }
    validation.errorAlert = {
      title: spec.errorTitle,
      message: spec.errorMessage,
      showAlert: true,
      style: "Stop",
    };
    if (spec.prompt !== undefined) validation.prompt = { title: "", message: spec.prompt, showPrompt: true };
  });
}
