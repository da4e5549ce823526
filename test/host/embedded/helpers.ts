import { type EvaluationResult, type ResultCell } from "../../../src/host/embedded";

/**
 * What a cell shows, in the reference's notation (`resultText` of src/functions/metadata): numbers
 * rounded to `digits`, a spill as rows joined by " | " and cells by ", ", an error as its code.
 */
export function shownText(result: EvaluationResult, digits?: number): string {
  const cell = (value: ResultCell): string => {
    if (value === null) return "";
    if (typeof value === "number")
      return String(digits === undefined ? value : Number(value.toFixed(digits)));
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "object") return value.error;
    return value;
  };
  if (result.kind === "error") return result.error;
  if (result.kind === "value") return cell(result.value);
  return result.rows.map((row) => row.map(cell).join(", ")).join(" | ");
}

/** The size of an evaluated result: 1×1 for a value or an error. */
export function sizeOf(result: EvaluationResult): { rows: number; columns: number } {
  if (result.kind !== "array") return { rows: 1, columns: 1 };
  return { rows: result.rows.length, columns: result.rows[0]?.length ?? 0 };
}
