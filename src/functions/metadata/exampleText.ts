import { isCreditError } from "../../core/errors";
import { type FunctionResult } from "../excel/values";

function literal(value: unknown): string {
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) {
    // Excel array constants: "," between columns, ";" between rows.
    return `{${(value as unknown[][]).map((row) => row.map(literal).join(",")).join(";")}}`;
  }
  return String(value);
}

/**
 * The formula a user types for an example: `=CREDIT.GRADE(72)`, ranges as array constants.
 *
 * @example
 * exampleFormula("SCORE", [[[5, 4, 3]], [[0.5, 0.3, 0.2]]]); // "=CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})"
 */
export function exampleFormula(id: string, args: readonly unknown[]): string {
  return `=CREDIT.${id}(${args.map(literal).join(",")})`;
}

function cellText(value: unknown, digits: number | undefined): string {
  if (isCreditError(value)) return value.code;
  if (typeof value === "number") {
    const rounded = digits === undefined ? value : Number(value.toFixed(digits));
    return String(rounded);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * What a cell shows for a result: a number (rounded to `digits` when given) or text; a spill as
 * its rows joined by " | ", cells by ", ".
 *
 * @example
 * resultText([["Not due", "1-30"], [0, 200]]); // "Not due, 1-30 | 0, 200"
 */
export function resultText(result: FunctionResult, digits?: number): string {
  if (Array.isArray(result))
    return result.map((row) => row.map((c) => cellText(c, digits)).join(", ")).join(" | ");
  return cellText(result, digits);
}
