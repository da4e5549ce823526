/**
 * The few HyperFormula internals a function plugin touches, typed structurally: the package's
 * `exports` map hides its parser and interpreter typings, and these shapes are all we rely on.
 */

/** A node of a parsed formula; `type` is HyperFormula's `AstNodeType` value ("NUMBER", "EMPTY", …). */
export interface AstNode {
  readonly type: string;
  readonly value?: unknown;
  readonly args?: unknown;
}

/** A function call node: `CREDIT.AGING(A2:A9, B2:B9, E1)`. */
export interface CallNode extends AstNode {
  readonly procedureName: string;
  readonly args: readonly AstNode[];
}

/** A sheet position, 0-based, as HyperFormula addresses cells. */
export interface CellPlace {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/** The formula cell being evaluated: its reserved size and its parsed formula. */
export interface FormulaVertexLike {
  readonly width: number;
  readonly height: number;
  readonly formula?: unknown;
}

/** Where and for which cell an evaluation runs. */
export interface EvaluationState {
  readonly formulaAddress: CellPlace;
  readonly formulaVertex?: FormulaVertexLike;
}

/**
 * Key of a sheet position in maps and sets.
 *
 * @example
 * placeKey({ sheet: 0, row: 4, col: 2 }); // "0:4:2"
 */
export function placeKey(place: CellPlace): string {
  return `${place.sheet}:${place.row}:${place.col}`;
}

/**
 * The position a {@link placeKey} names.
 *
 * @example
 * placeOfKey("0:4:2"); // { sheet: 0, row: 4, col: 2 }
 */
export function placeOfKey(key: string): CellPlace {
  const [sheet, row, col] = key.split(":").map(Number);
  return { sheet: sheet ?? 0, row: row ?? 0, col: col ?? 0 };
}
