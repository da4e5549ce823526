import { CURRENCY_LABELS } from "./_lib/currencyLabels";
import { NON_TWO_DECIMAL_CURRENCIES } from "./_lib/iso4217";

/** Minor-unit decimals assumed for a currency the table does not know (the ISO 4217 majority). */
export const DEFAULT_MINOR_UNIT_DECIMALS = 2;

/**
 * The ISO 4217 code for a currency as written in a ledger: trimmed, upper case, full-width letters
 * made ASCII, and common labels (人民币/人民幣/RMB, 美元, 港币/港幣, 新台币/新臺幣, 日元/日圓, 欧元/歐元)
 * mapped to their code. Any other text comes back trimmed and upper-cased; blank gives "".
 *
 * @example
 * normaliseCurrency(" usd "); // "USD"
 * normaliseCurrency("人民幣"); // "CNY"
 * normaliseCurrency("ＨＫＤ"); // "HKD"
 */
export function normaliseCurrency(text: string): string {
  const key = text.normalize("NFKC").trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(CURRENCY_LABELS, key) ? (CURRENCY_LABELS[key] ?? key) : key;
}

/**
 * Number of decimals of a currency's minor unit (ISO 4217), accepting the labels of
 * {@link normaliseCurrency}; 2 for a currency it does not know.
 *
 * @example
 * minorUnitDecimals("CNY"); // 2
 * minorUnitDecimals("jpy"); // 0
 * minorUnitDecimals("KWD"); // 3
 * minorUnitDecimals("新臺幣"); // 2 (TWD has 2 decimals in ISO 4217)
 */
export function minorUnitDecimals(currency: string): number {
  const code = normaliseCurrency(currency);
  return Object.prototype.hasOwnProperty.call(NON_TWO_DECIMAL_CURRENCIES, code)
    ? (NON_TWO_DECIMAL_CURRENCIES[code] ?? DEFAULT_MINOR_UNIT_DECIMALS)
    : DEFAULT_MINOR_UNIT_DECIMALS;
}
