// A unit or currency in brackets ("Amount (USD)", "账期（天）", "金额【元】") says nothing about the field.
const BRACKETED = /[([【][^)\]】]*[)\]】]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * A header reduced to what identifies it: full-width forms made ASCII (NFKC), lower case, bracketed units
 * dropped, spaces and punctuation removed. "Invoice Date", "invoice_date" and "InvoiceDate" become one key.
 *
 * @example
 * headerKey(" Invoice No. "); // "invoiceno"
 * headerKey("账期（天）"); // "账期"
 */
export function headerKey(text: string): string {
  const plain = text.normalize("NFKC").toLowerCase();
  const withoutUnits = plain.replace(BRACKETED, "").replace(NOT_LETTER_OR_DIGIT, "");
  // A header that is only a bracketed word keeps it rather than becoming blank.
  return withoutUnits !== "" ? withoutUnits : plain.replace(NOT_LETTER_OR_DIGIT, "");
}
