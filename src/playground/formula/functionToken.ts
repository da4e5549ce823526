/**
 * Where a function name is being typed in a formula, which CREDIT functions it can still become, and
 * the formula once one is chosen. Pure text work, shared by the cell editor and the formula bar.
 */
import { type FunctionHelp } from "./functionCatalog";

/** A function name being typed: its text and where it sits in the formula. */
export interface FunctionToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const NAME_CHARACTER = /[A-Za-z0-9._]/;
const PREFIX = "CREDIT.";

/**
 * The name being typed just before the caret, when the text is a formula, the caret is not inside a
 * quoted string and the name could still be a CREDIT function (`CR`, `credit.`, `CREDIT.GR`).
 *
 * @example
 * functionTokenAt("=IF(CREDIT.GR", 13); // { text: "CREDIT.GR", start: 4, end: 13 }
 * functionTokenAt("CREDIT.", 7); // null — not a formula
 */
export function functionTokenAt(text: string, caret: number): FunctionToken | null {
  if (!text.startsWith("=") || caret < 1 || caret > text.length) return null;
  // An odd number of quotes before the caret means it sits inside a text literal.
  if ((text.slice(0, caret).match(/"/g)?.length ?? 0) % 2 === 1) return null;
  let start = caret;
  while (start > 1 && NAME_CHARACTER.test(text.charAt(start - 1))) start--;
  const name = text.slice(start, caret);
  if (!/^[A-Za-z]/.test(name) || name.length < 2) return null;
  const upper = name.toUpperCase();
  const couldBeCredit = upper.length <= PREFIX.length ? PREFIX.startsWith(upper) : upper.startsWith(PREFIX);
  return couldBeCredit ? { text: name, start, end: caret } : null;
}

/**
 * The functions whose name starts with the token, in catalog order.
 *
 * @example
 * matchingFunctions(catalog, { text: "credit.gr", start: 1, end: 10 }).map((f) => f.name); // ["CREDIT.GRADE"]
 */
export function matchingFunctions(catalog: readonly FunctionHelp[], token: FunctionToken): FunctionHelp[] {
  const upper = token.text.toUpperCase();
  return catalog.filter((fn) => fn.name.startsWith(upper));
}

/**
 * The formula with the token replaced by the chosen name and an opening parenthesis, and the caret
 * placed after it, ready for the first argument.
 *
 * @example
 * completeFunction("=CREDIT.GR", { text: "CREDIT.GR", start: 1, end: 10 }, "CREDIT.GRADE");
 * // { text: "=CREDIT.GRADE(", caret: 14 }
 */
export function completeFunction(
  text: string,
  token: FunctionToken,
  name: string,
): { text: string; caret: number } {
  const after = text.slice(token.end);
  const opening = after.startsWith("(") ? "" : "(";
  const head = `${text.slice(0, token.start)}${name}${opening}`;
  return { text: `${head}${after}`, caret: head.length + (opening === "" ? 1 : 0) };
}
