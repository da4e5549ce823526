/**
 * Which Altman model: `public` (Z, listed manufacturers, 1968), `private` (Z′, private manufacturers, book
 * equity), `nonmfg` (Z″, non-manufacturers, no sales term) or `em` (Z″ + 3.25, emerging-market firms).
 *
 * @example
 * const model: AltmanModel = "private";
 */
export type AltmanModel = "public" | "private" | "nonmfg" | "em";

/**
 * Altman zone: `SAFE`, `GREY` or `DISTRESS`.
 *
 * @example
 * const zone: AltmanZone = "GREY";
 */
export type AltmanZone = "SAFE" | "GREY" | "DISTRESS";

/**
 * Balance-sheet and income figures an Altman score needs, all in the same currency unit.
 *
 * @example
 * const inputs: AltmanInputs = {
 *   workingCapital: 90_000, retainedEarnings: 30_000, ebit: 55_000, equityValue: 100_000,
 *   sales: 440_000, totalAssets: 620_000, totalLiabilities: 280_000,
 * };
 */
export interface AltmanInputs {
  readonly workingCapital: number;
  readonly retainedEarnings: number;
  /** Earnings before interest and taxes. */
  readonly ebit: number;
  /** Market value of equity for `public`; book value of equity for `private`, `nonmfg` and `em`. */
  readonly equityValue: number;
  /** Sales (revenue); needed by `public` and `private` only. */
  readonly sales?: number | null;
  readonly totalAssets: number;
  readonly totalLiabilities: number;
}
