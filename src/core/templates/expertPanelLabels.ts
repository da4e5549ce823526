import { type TemplateFormLabels, type ValidationText } from "./templateOptions";

/**
 * The criteria the default panel rates (DESIGN §3.3), in column order.
 *
 * @example
 * const criterion: ExpertCriterion = "reminders";
 */
export type ExpertCriterion = "reminders" | "qualityClaims" | "adverseRecords";

/**
 * Every text of the expert panel sheet, supplied by the edge in the user's language. `{n}` in `expertName`
 * is the expert's number; `anotherRoundYes` / `anotherRoundNo` are what the flag cell shows.
 *
 * @example
 * const labels: ExpertPanelLabels = { ...templates.common, ...templates.expert }; // src/i18n/locales/en/templates.ts
 */
export interface ExpertPanelLabels extends TemplateFormLabels {
  readonly title: string;
  readonly help: string;
  readonly expert: string;
  readonly expertName: string;
  readonly criteria: Readonly<Record<ExpertCriterion, string>>;
  readonly expertScore: string;
  readonly settings: string;
  readonly method: string;
  readonly methodHelp: string;
  readonly spreadLimit: string;
  readonly modelWeight: string;
  readonly modelScore: string;
  readonly result: string;
  readonly consensus: string;
  readonly spread: string;
  readonly anotherRound: string;
  readonly anotherRoundYes: string;
  readonly anotherRoundNo: string;
  readonly expertScore100: string;
  readonly blended: string;
  readonly validation: {
    readonly rating: ValidationText;
    readonly ratingPrompt: string;
    readonly method: ValidationText;
    readonly spreadLimit: ValidationText;
    readonly modelWeight: ValidationText;
    readonly modelScore: ValidationText;
  };
}
