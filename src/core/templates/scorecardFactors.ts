/**
 * The default factor list of the weighted risk-factor scorecard (DESIGN §3.2): the factors a credit analyst
 * scores, grouped as the seed documents group them, with weights that sum to 100 %.
 */

/**
 * The factor groups of the default scorecard, in the order the card shows them.
 *
 * @example
 * const group: ScorecardFactorGroup = "finance";
 */
export type ScorecardFactorGroup = "visit" | "business" | "trading" | "background" | "finance";

/**
 * Ids of the default factors; the edge supplies each one's name in the user's language.
 *
 * @example
 * const factor: ScorecardFactorId = "paymentHistory";
 */
export type ScorecardFactorId =
  | "visitImpression"
  | "organisation"
  | "businessLevel"
  | "developmentProspects"
  | "marketCompetitiveness"
  | "productIndustry"
  | "tradeTerms"
  | "tradeProfitability"
  | "substitutability"
  | "guarantee"
  | "premises"
  | "yearsInBusiness"
  | "principalBackground"
  | "paymentHistory"
  | "litigation"
  | "bankCredit"
  | "profitability"
  | "solvency"
  | "assetTurnover";

/**
 * One factor of a scorecard: its id, its group and its weight as a fraction (0.05 = 5 %).
 *
 * @example
 * const factor: ScorecardFactor = { id: "solvency", group: "finance", weight: 0.05 };
 */
export interface ScorecardFactor {
  readonly id: ScorecardFactorId;
  readonly group: ScorecardFactorGroup;
  readonly weight: number;
}

const factor = (id: ScorecardFactorId, group: ScorecardFactorGroup, weight: number): ScorecardFactor =>
  Object.freeze({ id, group, weight });

/**
 * The documented example card: nineteen factors at 5 % each, payment history at 10 % (18 × 5 % + 10 % = 100 %).
 * Payment history weighs double because past behaviour with us is the strongest evidence a card has.
 *
 * @example
 * DEFAULT_SCORECARD_FACTORS.length; // 19
 * DEFAULT_SCORECARD_FACTORS.find((f) => f.id === "paymentHistory")?.weight; // 0.1
 */
export const DEFAULT_SCORECARD_FACTORS: readonly ScorecardFactor[] = Object.freeze([
  factor("visitImpression", "visit", 0.05),
  factor("organisation", "visit", 0.05),
  factor("businessLevel", "business", 0.05),
  factor("developmentProspects", "business", 0.05),
  factor("marketCompetitiveness", "business", 0.05),
  factor("productIndustry", "business", 0.05),
  factor("tradeTerms", "trading", 0.05),
  factor("tradeProfitability", "trading", 0.05),
  factor("substitutability", "trading", 0.05),
  factor("guarantee", "trading", 0.05),
  factor("premises", "background", 0.05),
  factor("yearsInBusiness", "background", 0.05),
  factor("principalBackground", "background", 0.05),
  factor("paymentHistory", "background", 0.1),
  factor("litigation", "background", 0.05),
  factor("bankCredit", "background", 0.05),
  factor("profitability", "finance", 0.05),
  factor("solvency", "finance", 0.05),
  factor("assetTurnover", "finance", 0.05),
]);
