import { type ConditionalFormatSpec, type StyleSpec } from "../../report";

/** CreditKit's teal, as on the aging report's headers. */
export const HEADER_FILL = "#00786E";
/** Pale yellow: the cells the user types in. */
export const INPUT_FILL = "#FFF2CC";
/** Excel's own "light red fill with dark red text", which users already read as "something is wrong". */
export const ALERT_FILL = "#FFC7CE";
export const ALERT_FONT = "#9C0006";
/** Tab colour of the scorecard sheets. */
export const TEMPLATE_TAB = "#00786E";

/** The title, form line and help line at the top of every template. */
export function topStyles(): StyleSpec[] {
  return [
    { range: "A1", bold: true, fontSize: 14 },
    { range: "A2", italic: true, fontColor: "#595959" },
    { range: "A3", fontColor: "#595959" },
  ];
}

/** A section or column heading row. */
export function headerStyle(range: string): StyleSpec {
  return { range, bold: true, fill: HEADER_FILL, fontColor: "#FFFFFF" };
}

/** Column headings inside a section. */
export function subheaderStyle(range: string): StyleSpec {
  return { range, bold: true };
}

/** A cell the user fills in. */
export function inputStyle(range: string): StyleSpec {
  return { range, fill: INPUT_FILL };
}

/** A result cell. */
export function resultStyle(range: string): StyleSpec {
  return { range, bold: true };
}

/** Red when the cell's value compares to `formula1` as `operator` says. */
export function alertWhen(
  range: string,
  operator: "greaterThan" | "lessThan" | "equalTo",
  formula1: string,
): ConditionalFormatSpec {
  return { kind: "cellValue", range, operator, formula1, fill: ALERT_FILL, fontColor: ALERT_FONT };
}
