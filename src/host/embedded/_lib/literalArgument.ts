import { type AstNode } from "./hfInternals";

/** A value written literally in a formula, or `known: false` when it needs evaluating. */
export type Literal = { readonly known: true; readonly value: unknown } | { readonly known: false };

const UNKNOWN: Literal = { known: false };

/**
 * The value of an argument written literally (`"30,60"`, `-5`, `{30,60,90}`), `null` for an
 * omitted or empty argument, or unknown for anything that needs evaluating (a reference, a call).
 * Spill sizes are fixed before any cell is evaluated, so only literals can be read that early.
 *
 * @example
 * literalArgument({ type: "STRING", value: "30,60" }); // { known: true, value: "30,60" }
 * literalArgument(undefined); // { known: true, value: null }
 */
export function literalArgument(ast: AstNode | undefined): Literal {
  if (ast === undefined || ast.type === "EMPTY") return { known: true, value: null };
  switch (ast.type) {
    case "NUMBER":
    case "STRING":
      return { known: true, value: ast.value };
    case "MINUS_UNARY_OP":
    case "PLUS_UNARY_OP": {
      const inner = literalArgument(ast.value as AstNode);
      if (!inner.known || typeof inner.value !== "number") return UNKNOWN;
      return { known: true, value: ast.type === "MINUS_UNARY_OP" ? -inner.value : inner.value };
    }
    case "PARENTHESES":
      return literalArgument((ast as AstNode & { readonly expression?: AstNode }).expression);
    case "ARRAY": {
      const rows: unknown[][] = [];
      for (const row of ast.args as readonly (readonly AstNode[])[]) {
        const cells: unknown[] = [];
        for (const cell of row) {
          const literal = literalArgument(cell);
          if (!literal.known) return UNKNOWN;
          cells.push(literal.value);
        }
        rows.push(cells);
      }
      return { known: true, value: rows };
    }
    default:
      return UNKNOWN;
  }
}
