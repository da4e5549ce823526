import {
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type SheetSpec,
  parseCellAddress,
} from "../../../../src/core/report";
import {
  type ExpertPanelLabels,
  type RatingCardLabels,
  type WeightedCardLabels,
} from "../../../../src/core/templates";
import { EmbeddedWorkbook, type EvaluationResult } from "../../../../src/host/embedded";
import { templates } from "../../../../src/i18n/locales/en/templates";

/** The English labels of each template, composed as an edge composes them. */
export const EN: {
  readonly weighted: WeightedCardLabels;
  readonly rating: RatingCardLabels;
  readonly expert: ExpertPanelLabels;
} = {
  weighted: { ...templates.common, ...templates.weighted },
  rating: { ...templates.common, ...templates.rating },
  expert: { ...templates.common, ...templates.expert },
};

/** What a cell shows: a value, a blank, or an error as its code. */
export type Shown = number | string | boolean | null | { readonly error: string };

/** An evaluation as {@link Shown}. */
export function shown(result: EvaluationResult): Shown {
  if (result.kind === "error") return { error: result.error };
  if (result.kind === "array") throw new Error("templates never spill");
  return result.value;
}

/** A new embedded workbook holding `specs`. */
export async function bookOf(specs: readonly SheetSpec[]): Promise<EmbeddedWorkbook> {
  const book = EmbeddedWorkbook.empty();
  for (const spec of specs) await book.writeSheet(spec);
  return book;
}

/** What `address` on `sheet` shows. */
export function valueAt(book: EmbeddedWorkbook, sheet: string, address: string): Shown {
  return shown(book.getCellValue(sheet, address));
}

/**
 * True when a single-cell "cell value" conditional format applies: the cell's value compared with the rule's
 * formula1 (a constant, evaluated by the workbook) as Excel compares them (numbers with numbers, text with
 * text case-insensitively, text above every number).
 */
export function ruleHolds(book: EmbeddedWorkbook, sheet: string, format: ConditionalFormatSpec): boolean {
  if (format.kind !== "cellValue") throw new Error("only cell-value rules are evaluated here");
  const value = valueAt(book, sheet, format.range);
  const target = shown(book.evaluate(`=${format.formula1}`));
  const order = (x: Shown): [number, number | string] =>
    typeof x === "number" ? [0, x] : typeof x === "string" ? [1, x.toLowerCase()] : [2, 0];
  const [vk, v] = order(value);
  const [tk, t] = order(target);
  const cmp = vk !== tk ? vk - tk : v < t ? -1 : v > t ? 1 : 0;
  switch (format.operator) {
    case "lessThan":
      return cmp < 0;
    case "greaterThan":
      return cmp > 0;
    case "equalTo":
      return cmp === 0;
    case "lessThanOrEqual":
      return cmp <= 0;
    case "greaterThanOrEqual":
      return cmp >= 0;
    case "between":
      throw new Error("not used by the templates");
  }
}

/**
 * Whether Excel lets `entry` into a cell under `rule` (a "stop" rule: refused entries are not kept). Whole
 * numbers and decimals must be numbers within [min, max] (whole: without a fraction); text never passes them.
 */
export function validationAccepts(rule: DataValidationSpec["rule"], entry: number | string): boolean {
  if (rule.kind === "list") return typeof entry === "string" && rule.values.includes(entry);
  if (typeof entry !== "number") return false;
  if (rule.kind === "wholeNumber" && !Number.isInteger(entry)) return false;
  return entry >= rule.min && entry <= rule.max;
}

/** The formula written at `address` in `spec`, or undefined. */
export function formulaAt(spec: SheetSpec, address: string): string | undefined {
  const target = parseCellAddress(address);
  for (const block of spec.blocks) {
    const origin = parseCellAddress(block.topLeft);
    if (origin === null || target === null) continue;
    const cell = block.rows[target.row - origin.row]?.[target.column - origin.column];
    if (cell !== undefined && cell !== null && typeof cell === "object") return cell.formula;
  }
  return undefined;
}

/** Every formula a spec writes. */
export function formulasOf(spec: SheetSpec): string[] {
  return spec.blocks.flatMap((block) =>
    block.rows.flatMap((row) =>
      row.flatMap((cell) => (cell !== null && typeof cell === "object" ? [cell.formula] : [])),
    ),
  );
}

/** The function names a formula calls, string literals left out. */
export function functionNames(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((match) => match[1] as string);
}

/**
 * Functions every Excel since 2007 evaluates without an `_xlfn.` prefix in the file (IFS, XLOOKUP, LET and
 * QUARTILE.INC are not among them: older Excel shows #NAME? for those).
 */
export const CLASSIC_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS",
  "AND",
  "AVERAGE",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "IF",
  "INDEX",
  "ISTEXT",
  "ISERROR",
  "ISNUMBER",
  "MATCH",
  "MAX",
  "MEDIAN",
  "MIN",
  "NA",
  "OR",
  "QUARTILE",
  "ROUND",
  "ROUNDDOWN",
  "SUM",
  "SUMPRODUCT",
]);
