/**
 * Where everything sits on the Scores sheet: one row per customer from row 7 under a header row and a row
 * of the card's weights; the results first, then their inputs; columns only for what the mapping feeds; a side panel of band tables and settings.
 */
import { columnLetters } from "../report";
import { DEFAULT_SCORECARD_FACTORS, type ScorecardFactorId } from "../templates/scorecardFactors";
import { type TemplateForm } from "../templates/templateOptions";
import { type CustomerTableMapping } from "./customerTableMapping";

/** Sheet rows of the Scores sheet's fixed parts. */
export const SCORES_ROWS = Object.freeze({ weights: 5, header: 6, firstCustomer: 7 });

/**
 * Column numbers (1-based) of the Scores sheet. Optional groups are absent when the mapping lacks their
 * inputs: the limit needs monthly purchases, utilisation needs the limit and the exposure, the rating needs
 * all three of its indicators.
 *
 * @example
 * scoresLayout(mapping, "addin").score; // 3: right after the customer and its source row
 */
export interface ScoresLayout {
  readonly customer: number;
  readonly sourceRow: number;
  readonly factors: Readonly<Record<ScorecardFactorId, number>>;
  readonly firstFactor: number;
  readonly lastFactor: number;
  readonly score: number;
  readonly grade: number;
  readonly limitGroup: {
    readonly monthlyPurchases: number;
    readonly termsDays: number;
    readonly netWorth: number;
    readonly workingCapital: number;
    readonly limit: number;
  } | null;
  readonly exposure: number | null;
  readonly utilisation: number | null;
  readonly ratingGroup: {
    readonly collectionRate: number;
    readonly daysLate: number;
    readonly ourShare: number;
    readonly collectionGrade: number;
    readonly latenessGrade: number;
    readonly loyaltyGrade: number;
    readonly rating: number;
  } | null;
  /** Portable form with a limit: the limit's steps, per customer. */
  readonly workings: {
    readonly need: number;
    readonly multiplier: number;
    readonly adjustedNeed: number;
    readonly netWorthCap: number;
    readonly workingCapitalCap: number;
    readonly lowest: number;
    readonly roundTo: number;
  } | null;
  /** The last column of the customer rows. */
  readonly lastColumn: number;
  /** First column of the side panel (band tables, loyalty thresholds), after one empty column. */
  readonly panel: number;
}

/**
 * The Scores sheet's columns for `mapping` in `form`.
 *
 * @example
 * const layout = scoresLayout({ fields: { customer: 0 }, factors: {} }, "addin");
 * layout.limitGroup; // null: no monthly purchases column
 */
export function scoresLayout(mapping: CustomerTableMapping, form: TemplateForm): ScoresLayout {
  let next = 1;
  const take = (): number => next++;
  const f = mapping.fields;
  const hasLimit = f.monthlyPurchases !== undefined;
  const hasRating = f.collectionRate !== undefined && f.daysLate !== undefined && f.ourShare !== undefined;
  // The results first, right of the customer — what a credit controller reads the sheet for — then what
  // they are worked out from: the factor scores, the limit's and the rating's inputs, the workings.
  const customer = take();
  const sourceRow = take();
  const score = take();
  const grade = take();
  const limit = hasLimit ? take() : null;
  const exposure = f.exposure === undefined ? null : take();
  const utilisation = exposure !== null && limit !== null ? take() : null;
  const rating = hasRating ? take() : null;
  const factors = {} as Record<ScorecardFactorId, number>;
  for (const factor of DEFAULT_SCORECARD_FACTORS) factors[factor.id] = take();
  const limitGroup =
    limit === null
      ? null
      : {
          monthlyPurchases: take(),
          termsDays: take(),
          netWorth: take(),
          workingCapital: take(),
          limit,
        };
  const ratingGroup =
    rating === null
      ? null
      : {
          collectionRate: take(),
          daysLate: take(),
          ourShare: take(),
          collectionGrade: take(),
          latenessGrade: take(),
          loyaltyGrade: take(),
          rating,
        };
  const workings =
    form === "portable" && limitGroup !== null
      ? {
          need: take(),
          multiplier: take(),
          adjustedNeed: take(),
          netWorthCap: take(),
          workingCapitalCap: take(),
          lowest: take(),
          roundTo: take(),
        }
      : null;
  const lastColumn = next - 1;
  const first = factors[DEFAULT_SCORECARD_FACTORS[0]?.id ?? "visitImpression"];
  return {
    customer,
    sourceRow,
    factors,
    firstFactor: first,
    lastFactor: first + DEFAULT_SCORECARD_FACTORS.length - 1,
    score,
    grade,
    limitGroup,
    exposure,
    utilisation,
    ratingGroup,
    workings,
    lastColumn,
    panel: lastColumn + 2,
  };
}

/**
 * `A1`-style address of `column` in `row`, `$`-anchored when asked (for ranges every row shares).
 *
 * @example
 * at(3, 7); // "C7"
 * at(3, 5, true); // "$C$5"
 */
export function at(column: number, row: number, absolute = false): string {
  const letters = columnLetters(column);
  return absolute ? `$${letters}$${row}` : `${letters}${row}`;
}
