/**
 * Amounts, counts and percentages as the interface language writes them. Amounts keep their
 * currency's minor-unit digits (the result already rounded them exactly); no currency symbol, because
 * a ledger's currency text may not be an ISO code.
 */
import { type SupportedLanguage } from "../../../../i18n";

/**
 * An amount with `decimals` digits after the point, grouped.
 *
 * @example
 * formatAmount(1750.5, 2, "en"); // "1,750.50"
 */
export function formatAmount(amount: number, decimals: number, language: SupportedLanguage): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(amount);
}

/**
 * A whole count, grouped.
 *
 * @example
 * formatCount(12500, "en"); // "12,500"
 */
export function formatCount(count: number, language: SupportedLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(count);
}

/**
 * A fraction as a percentage with one decimal; "—" for a share that does not exist (nothing open).
 *
 * @example
 * formatPercent(0.71437, "en"); // "71.4%"
 */
export function formatPercent(fraction: number | null, language: SupportedLanguage): string {
  if (fraction === null) return "—";
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }).format(fraction);
}

/**
 * Days with one decimal (DSO and the like).
 *
 * @example
 * formatDays(50, "en"); // "50.0"
 */
export function formatDays(days: number, language: SupportedLanguage): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(days);
}
