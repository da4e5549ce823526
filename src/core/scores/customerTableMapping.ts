/**
 * How a customer table's columns feed a weighted card (issue 7): which column names the customer, which hold
 * factor scores as they are, which hold raw metrics scored through point bands, and which hold the figures
 * the limit, utilisation and three-indicator rating need.
 */
import { type ScorecardFactorId } from "../templates/scorecardFactors";

/**
 * Columns of a customer table that are not factor scores.
 *
 * @example
 * const field: CustomerField = "monthlyPurchases";
 */
export type CustomerField =
  | "customer"
  | "exposure"
  | "monthlyPurchases"
  | "termsDays"
  | "netWorth"
  | "workingCapital"
  | "collectionRate"
  | "daysLate"
  | "ourShare";

/**
 * Every customer field, in the order the Scores sheet shows them.
 *
 * @example
 * CUSTOMER_FIELDS[0]; // "customer"
 */
export const CUSTOMER_FIELDS: readonly CustomerField[] = Object.freeze([
  "customer",
  "exposure",
  "monthlyPurchases",
  "termsDays",
  "netWorth",
  "workingCapital",
  "collectionRate",
  "daysLate",
  "ourShare",
]);

/**
 * Point bands for a raw metric, as CREDIT.POINTS reads them: lower-inclusive bands starting at each
 * breakpoint (strictly ascending), and one point value more than breakpoints — `points[0]` applies below the
 * first breakpoint.
 *
 * @example
 * const currentRatio: PointBands = { breakpoints: [1, 1.2, 1.5, 2], points: [1, 2, 3, 4, 5] };
 */
export interface PointBands {
  readonly breakpoints: readonly number[];
  readonly points: readonly number[];
}

/**
 * Where a factor's score comes from: a column of ready scores, or a column of a raw metric (current ratio,
 * years in business…) turned into points by bands.
 *
 * @example
 * const solvency: FactorSource = { kind: "banded", column: 4, bands, metric: "currentRatio" };
 */
export type FactorSource =
  | { readonly kind: "score"; readonly column: number }
  | {
      readonly kind: "banded";
      readonly column: number;
      readonly bands: PointBands;
      /** The known metric the bands came from, or null for bands the user chose. */
      readonly metric: string | null;
    };

/**
 * A customer table's columns (0-based, within the table) mapped to the card.
 *
 * @example
 * const mapping: CustomerTableMapping = {
 *   fields: { customer: 0, exposure: 5, monthlyPurchases: 6 },
 *   factors: { paymentHistory: { kind: "score", column: 2 } },
 * };
 */
export interface CustomerTableMapping {
  readonly fields: Partial<Readonly<Record<CustomerField, number>>>;
  readonly factors: Partial<Readonly<Record<ScorecardFactorId, FactorSource>>>;
}
