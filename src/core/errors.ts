/**
 * Errors as data. Core functions never throw for bad input: they return a {@link CreditError}
 * that says which Excel error it becomes and which message (by id, with parameters) explains it.
 * The edges translate the id into the user's language (`src/i18n`) and into an Excel error value.
 */

/** The Excel error a core error becomes. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!";

/** Parameters interpolated into a message, e.g. `{ arg: "weights", index: 3 }`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A rule's refusal to compute, with a message id the edges translate. */
export interface CreditError {
  readonly kind: "creditError";
  readonly code: ErrorCode;
  /** Message id, a key of the `errors` section of the i18n tables, e.g. `"scoreAboveMax"`. */
  readonly id: string;
  readonly params: MessageParams;
}

/**
 * Builds a {@link CreditError}.
 *
 * @example
 * creditError("#N/A", "allScoresMissing"); // { kind: "creditError", code: "#N/A", id: "allScoresMissing", params: {} }
 */
export function creditError(code: ErrorCode, id: string, params: MessageParams = {}): CreditError {
  return { kind: "creditError", code, id, params };
}

/**
 * True when `value` is a {@link CreditError}.
 *
 * @example
 * isCreditError(creditError("#VALUE!", "x")); // true
 * isCreditError(42); // false
 */
export function isCreditError(value: unknown): value is CreditError {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "creditError";
}
