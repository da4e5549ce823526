/** Names for the temporary sheet and tables of a write, unlike any name the workbook holds. */
import { sameName } from "./sameName";

/**
 * `prefix` followed by eight random letters or digits, not equal (ignoring case) to any of `taken`.
 *
 * @example
 * uniqueName("~CreditKit ", ["Ledger"]); // e.g. "~CreditKit k3v9q0zt"
 */
export function uniqueName(prefix: string, taken: readonly string[]): string {
  for (;;) {
    const token = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
    const name = `${prefix}${token}`;
    if (!taken.some((held) => sameName(held, name))) return name;
  }
}
