import { CREDIT_FUNCTIONS } from "../../../functions/registry";

const CREDIT_IDS: ReadonlySet<string> = new Set(CREDIT_FUNCTIONS.map((spec) => spec.id));

/** Applies `edit` to the parts of a formula outside string literals ("…" with "" escapes). */
function outsideStrings(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join("");
}

/**
 * A formula as saved in an .xlsx file, rewritten the way a user typed it, which is what HyperFormula
 * parses: newer functions lose the `_xlfn.` / `_xlws.` storage prefixes, and an add-in's CREDIT
 * function saved as `_xldudf_CREDIT_GRADE` (possibly behind an `[n]!` link) is `CREDIT.GRADE` again.
 * Text inside string literals is left alone.
 *
 * @example
 * typedFormula("_xlfn.XLOOKUP(A1,B:B,C:C)"); // "XLOOKUP(A1,B:B,C:C)"
 * typedFormula("_xldudf_CREDIT_GRADE(B2)"); // "CREDIT.GRADE(B2)"
 */
export function typedFormula(stored: string): string {
  return outsideStrings(stored, (part) =>
    part
      .replace(/_xlfn\.(?:_xlws\.)?|_xlws\./gi, "")
      .replace(/(?:\[\d+\]!)?_xldudf_CREDIT[._]([A-Z0-9]+)(?=\s*\()/gi, (match, id: string) =>
        CREDIT_IDS.has(id.toUpperCase()) ? `CREDIT.${id.toUpperCase()}` : match,
      ),
  );
}
