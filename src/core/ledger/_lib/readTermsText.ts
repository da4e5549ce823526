import { parseNumberText } from "../../numbers";

// "Net 30", "N30", "30 days", "30天", "月结30天", "30日": the number of days is the only figure in the text.
const TERMS_TEXT = /^(?:net|n|月结|月結|账期|帳期)?\s*(\d{1,4})\s*(?:days?|d|天|日)?$/iu;

/**
 * Longest payment terms read as days; beyond ten years a number is not terms.
 *
 * @example
 * readTermsValue(MAX_TERMS_DAYS + 1); // null
 */
export const MAX_TERMS_DAYS = 3660;

/**
 * Payment terms in whole days from a number or a text as ledgers write it, or `null` when it is none:
 * negative, fractional or beyond {@link MAX_TERMS_DAYS}.
 *
 * @example
 * readTermsValue("Net 30"); // 30
 * readTermsValue("月结60天"); // 60
 * readTermsValue(45); // 45
 * readTermsValue("COD"); // null
 */
export function readTermsValue(value: number | string): number | null {
  let days: number | null;
  if (typeof value === "number") days = value;
  else {
    const text = value.normalize("NFKC").trim();
    const match = TERMS_TEXT.exec(text);
    days = match !== null ? Number(match[1]) : parseNumberText(text);
  }
  if (days === null || !Number.isInteger(days) || days < 0 || days > MAX_TERMS_DAYS) return null;
  return days;
}
