/**
 * The text of the Scores sheet, supplied by the edge in the user's language (the core does not translate).
 */
import { type TemplateFormLabels } from "../templates/templateOptions";
import { type ScorecardFactorId } from "../templates/scorecardFactors";
import { type WeightedCardLabels } from "../templates/weightedCardLabels";
import { type MetricId } from "./metricBands";

/**
 * Every label the Scores sheet shows. `subtitle` takes `{{card}}`, `{{source}}` and `{{count}}`.
 *
 * @example
 * const labels: ScoresSheetLabels = scoresLabels("en"); // built by the edge from the `scores` namespace
 */
export interface ScoresSheetLabels extends TemplateFormLabels {
  readonly title: string;
  readonly subtitle: string;
  readonly help: string;
  readonly weightsRow: string;
  readonly customer: string;
  readonly sourceRow: string;
  readonly score: string;
  readonly grade: string;
  readonly monthlyPurchases: string;
  readonly termsDays: string;
  readonly netWorth: string;
  readonly workingCapital: string;
  readonly limit: string;
  readonly exposure: string;
  readonly utilisation: string;
  /** Shown as the utilisation of a customer whose recommended limit is 0 (no credit). */
  readonly noCredit: string;
  readonly collectionRate: string;
  readonly daysLate: string;
  readonly ourShare: string;
  readonly collectionGrade: string;
  readonly latenessGrade: string;
  readonly loyaltyGrade: string;
  readonly rating: string;
  readonly factors: Readonly<Record<ScorecardFactorId, string>>;
  /** The portable form's limit steps, worded as on the card. */
  readonly workings: WeightedCardLabels["workings"];
  readonly bands: {
    readonly title: string;
    /** A band table's heading: `{{factor}}` from `{{metric}}`. */
    readonly heading: string;
    readonly from: string;
    readonly points: string;
    /** The first band's lower end: everything below the first breakpoint. */
    readonly below: string;
    readonly metrics: Readonly<Record<MetricId, string>>;
    /** The metric name of bands the user chose for a column of their own. */
    readonly custom: string;
  };
  readonly loyalty: {
    readonly title: string;
    readonly gradeA: string;
    readonly gradeB: string;
    readonly gradeC: string;
  };
}
