const SPACES = /\s+/gu;

/**
 * The form in which a customer key is matched between the ledger and the customer master: full-width forms
 * made ASCII, case and runs of spaces ignored, so "ACME  Ltd" in one sheet finds "acme ltd" in the other.
 *
 * @example
 * customerKey(" ＡＣＭＥ  Ltd "); // "acme ltd"
 */
export function customerKey(text: string): string {
  return text.normalize("NFKC").replace(SPACES, " ").trim().toLowerCase();
}
