/**
 * The output contract of `creditkit eval` and `creditkit calc` (README "Command line"): a scalar
 * alone on one line (numbers in JavaScript's shortest round-trip form, text as is, booleans
 * TRUE/FALSE), a spilled array as one line per row with cells separated by a tab, an Excel error as
 * its code, a tab and its message; `--json` as `{"value": …}` or `{"error": …, "message": …}`.
 */

/** One cell of a result as the CLI prints it. */
export type CliCell = number | string | boolean | null | { readonly error: string; readonly message: string };

/** The result of evaluating a formula (the embedded host's EvaluationResult). */
export type CliResult =
  | { readonly kind: "value"; readonly value: number | string | boolean | null }
  | { readonly kind: "array"; readonly rows: readonly (readonly CliCell[])[] }
  | { readonly kind: "error"; readonly error: string; readonly message: string };

/**
 * A number in JavaScript's shortest round-trip form (−0 prints as 0).
 *
 * @example
 * formatNumber(0.1 + 0.2); // "0.30000000000000004"
 * formatNumber(1e21); // "1e+21"
 */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/**
 * One cell as text: numbers round-trip, booleans TRUE/FALSE, blanks empty, errors by their code.
 *
 * @example
 * cellText(true); // "TRUE"
 * cellText({ error: "#N/A", message: "…" }); // "#N/A"
 */
export function cellText(cell: CliCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") return cell;
  return cell.error;
}

/**
 * The text output of a result (without the final newline).
 *
 * @example
 * resultText({ kind: "value", value: "B" }); // "B"
 * resultText({ kind: "array", rows: [["Not due", "1-30"], [0, 200]] }); // "Not due\t1-30\n0\t200"
 * resultText({ kind: "error", error: "#VALUE!", message: "score must be a number." }); // "#VALUE!\tscore must be a number."
 */
export function resultText(result: CliResult): string {
  if (result.kind === "value") return cellText(result.value);
  if (result.kind === "error") return `${result.error}\t${result.message}`;
  return result.rows.map((row) => row.map(cellText).join("\t")).join("\n");
}

/** A cell as JSON: numbers stay numbers (non-finite ones cannot occur: the functions never return them). */
function jsonCell(cell: CliCell): unknown {
  if (cell !== null && typeof cell === "object") return { error: cell.error, message: cell.message };
  return cell;
}

/**
 * The JSON value of a result: `{"value": scalar or rows}` or `{"error", "message"}`.
 *
 * @example
 * resultJson({ kind: "value", value: 86 }); // { value: 86 }
 */
export function resultJson(result: CliResult): unknown {
  if (result.kind === "value") return { value: result.value };
  if (result.kind === "error") return { error: result.error, message: result.message };
  return { value: result.rows.map((row) => row.map(jsonCell)) };
}

/**
 * The value of one cell in `calc --json`: a scalar, rows for a spill, or `{"error", "message"}`.
 *
 * @example
 * calcJsonValue({ kind: "value", value: "B" }); // "B"
 */
export function calcJsonValue(result: CliResult): unknown {
  if (result.kind === "value") return result.value;
  if (result.kind === "error") return { error: result.error, message: result.message };
  return result.rows.map((row) => row.map(jsonCell));
}
