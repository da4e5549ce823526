import { type ScorecardFactorGroup, type ScorecardFactorId } from "./scorecardFactors";
import { type TemplateFormLabels, type ValidationText } from "./templateOptions";

/**
 * Every text of the weighted risk-factor card, supplied by the edge in the user's language.
 * `{grade}` in `policyMeanings.multiplier` is filled by the layout.
 *
 * @example
 * const labels: WeightedCardLabels = templates.common & templates.weighted; // see src/i18n/locales/en/templates.ts
 */
export interface WeightedCardLabels extends TemplateFormLabels {
  readonly title: string;
  readonly help: string;
  readonly group: string;
  readonly factor: string;
  readonly weight: string;
  readonly score: string;
  readonly weightedScore: string;
  readonly groups: Readonly<Record<ScorecardFactorGroup, string>>;
  readonly factors: Readonly<Record<ScorecardFactorId, string>>;
  readonly weightsTotal: string;
  /** Shown next to the weights' total when it is 100 %. */
  readonly weightsOk: string;
  /** Shown (in red) when it is not. */
  readonly weightsNot100: string;
  readonly result: string;
  readonly totalScore: string;
  readonly grade: string;
  readonly recommendedLimit: string;
  readonly settings: string;
  readonly maxPoints: string;
  readonly missingPolicy: string;
  /** What `reallocate`, `zero` and `error` do. */
  readonly missingPolicyHelp: string;
  readonly gradeScale: string;
  readonly fromScore: string;
  readonly limitInputs: string;
  readonly monthlyPurchases: string;
  readonly termsDays: string;
  readonly graceDays: string;
  readonly netWorth: string;
  readonly workingCapital: string;
  readonly limitPolicy: string;
  readonly setting: string;
  readonly value: string;
  readonly meaning: string;
  readonly policyMeanings: {
    readonly multiplier: string;
    readonly netWorthPct: string;
    readonly workingCapitalPct: string;
    readonly roundTo: string;
    readonly daysPerMonth: string;
  };
  /** The portable form's step-by-step limit. */
  readonly workings: {
    readonly title: string;
    readonly need: string;
    readonly multiplier: string;
    readonly adjustedNeed: string;
    readonly netWorthCap: string;
    readonly workingCapitalCap: string;
    readonly lowest: string;
    readonly roundTo: string;
  };
  readonly validation: {
    readonly score: ValidationText;
    /** Input message shown when a score cell is selected. */
    readonly scorePrompt: string;
    readonly weight: ValidationText;
    readonly missingPolicy: ValidationText;
    readonly gradeBound: ValidationText;
    readonly notNegative: ValidationText;
    readonly amount: ValidationText;
  };
}
