/** A SheetSpec as batches of steps, each batch one request, planned before Excel is touched. */
import { cellCount, type SheetSpec } from "../../core/report";
import { packSteps, type WriteStep } from "./_lib/writeStep";
import { cellSteps } from "./cellSteps";
import { numberFormatSteps } from "./numberFormatSteps";
import { chartStep, conditionalFormatStep, dataValidationStep, tableStep } from "./objectSteps";
import { columnWidthStep, freezeStep, mergeStep, styleStep, tabColorStep } from "./layoutSteps";

/** The requests a sheet write makes between creating the temporary sheet and committing it. */
export interface SheetWritePlan {
  readonly batches: readonly (readonly WriteStep[])[];
  /** Cells the spec writes (the progress total). */
  readonly cells: number;
}

/**
 * The write plan of a spec: cells, then number formats, styles, tables, conditional formats,
 * charts, data validation, column widths, freeze panes, merges and tab colour, packed into
 * requests of at most 20,000 rows and 4 MB. Planning converts and measures every cell up front, so
 * an unreadable address is refused (HostError `hostFailure`) before the workbook is touched.
 *
 * @example
 * planSheetWrite({ name: "Aging", blocks: [{ topLeft: "A1", rows: [["Customer"]] }] });
 * // { batches: [[cells A1]], cells: 1 }
 */
export function planSheetWrite(spec: SheetSpec): SheetWritePlan {
  const steps: WriteStep[] = [
    ...spec.blocks.flatMap((block) => cellSteps(block)),
    ...(spec.numberFormats ?? []).flatMap((format) => numberFormatSteps(format)),
    ...(spec.styles ?? []).map(styleStep),
    ...(spec.tables ?? []).map(tableStep),
    ...(spec.conditionalFormats ?? []).map(conditionalFormatStep),
    ...(spec.charts ?? []).map(chartStep),
    ...(spec.dataValidations ?? []).map(dataValidationStep),
    ...(spec.columnWidths ?? []).map(columnWidthStep),
    ...(spec.freeze ? freezeStep(spec.freeze) : []),
    ...(spec.merges ?? []).map(mergeStep),
    ...(spec.tabColor !== undefined ? [tabColorStep(spec.tabColor)] : []),
  ];
  return { batches: packSteps(steps), cells: cellCount(spec) };
}
