/**
 * The name a new template sheet gets: the template's own name, or when any sheet already has it — the
 * user's or CreditKit's — "Name (2)", "Name (3)"…, because inserting a template must never replace a sheet.
 */

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * `base`, or the first "base (n)" (n = 2, 3, …) that no sheet of `taken` has. Excel compares sheet names
 * without regard to case, so this does too; a long base is shortened so the number still fits 31 characters.
 *
 * @example
 * freeSheetName("Scorecard", ["Ledger"]); // "Scorecard"
 * freeSheetName("Scorecard", ["scorecard", "Scorecard (2)"]); // "Scorecard (3)"
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
