import { type CellValue, DetailedCellError, type RawCellContent } from "hyperformula";
import { type CellInput } from "../../../core/report";
import { type RawCell } from "../../port";

/** Error values HyperFormula can hold in a cell (its enGB spellings, which are Excel's). */
const HELD_ERRORS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#SPILL!",
  "#CYCLE!",
  "#ERROR!",
]);

/**
 * Formula text as HyperFormula takes it: with its leading `=`.
 *
 * @example
 * formulaContent("SUM(A1:A3)"); // "=SUM(A1:A3)"
 */
export function formulaContent(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith("=") ? trimmed : `=${trimmed}`;
}

/**
 * A cell value as HyperFormula content. Text is written with HyperFormula's leading apostrophe so
 * it stays text: "=x" is not a formula, "00123" and "2026/10/31" are not numbers or dates. Error
 * values HyperFormula has no spelling for (`#NULL!`, `#CALC!`) are held as #VALUE!.
 *
 * @example
 * valueContent("00123"); // "'00123"
 * valueContent({ error: "#N/A" }); // "#N/A"
 */
export function valueContent(value: RawCell): RawCellContent {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string") return `'${value}`;
  return HELD_ERRORS.has(value.error) ? value.error : "#VALUE!";
}

/**
 * A SheetSpec cell as HyperFormula content; a formula may be given with or without its `=`.
 *
 * @example
 * inputContent({ formula: "=CREDIT.GRADE(B2)" }); // "=CREDIT.GRADE(B2)"
 */
export function inputContent(input: CellInput): RawCellContent {
  if (input !== null && typeof input === "object") return formulaContent(input.formula);
  return valueContent(input);
}

/**
 * A HyperFormula cell value as a {@link RawCell}: errors as `{ error: "#N/A" }`.
 *
 * @example
 * rawCellOf(null); // null
 */
export function rawCellOf(value: CellValue): RawCell {
  if (value instanceof DetailedCellError) return { error: value.value };
  return value;
}
