import { type TemplateFormLabels, type ValidationText } from "./templateOptions";

/**
 * Every text of the three-indicator rating card, supplied by the edge in the user's language.
 *
 * @example
 * const labels: RatingCardLabels = { ...templates.common, ...templates.rating }; // src/i18n/locales/en/templates.ts
 */
export interface RatingCardLabels extends TemplateFormLabels {
  readonly title: string;
  readonly help: string;
  readonly indicator: string;
  readonly value: string;
  readonly grade: string;
  readonly rule: string;
  readonly collected: string;
  readonly claims: string;
  readonly due: string;
  readonly collectionRate: string;
  readonly collectionRule: string;
  readonly daysLate: string;
  readonly latenessRule: string;
  readonly share: string;
  readonly loyaltyRule: string;
  readonly combined: string;
  readonly combinedRule: string;
  readonly thresholds: string;
  readonly thresholdA: string;
  readonly thresholdB: string;
  readonly thresholdC: string;
  readonly validation: {
    readonly amount: ValidationText;
    readonly daysLate: ValidationText;
    readonly share: ValidationText;
    readonly threshold: ValidationText;
  };
}
