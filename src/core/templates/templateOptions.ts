/**
 * What every scorecard template takes: the form to write it in, its text, the sheet's name and an optional
 * filled-in example.
 */

/**
 * `addin` writes CREDIT.* formulas; `portable` writes only built-in Excel functions, so the sheet keeps
 * working for colleagues without the add-in. Both forms give the same numbers.
 *
 * @example
 * const form: TemplateForm = "portable";
 */
export type TemplateForm = "addin" | "portable";

/**
 * The line under a template's title that says which form the sheet is in.
 *
 * @example
 * const labels: TemplateFormLabels = { formAddin: "Uses CreditKit functions.", formPortable: "Built-in functions only." };
 */
export interface TemplateFormLabels {
  readonly formAddin: string;
  readonly formPortable: string;
}

/**
 * Options of a template builder.
 *
 * @example
 * const options: TemplateOptions<RatingCardLabels, RatingCardExample> = { form: "addin", labels, sheetName: "Rating" };
 */
export interface TemplateOptions<Labels, Example> {
  readonly form: TemplateForm;
  /** Every text the sheet shows, in the user's language (the core does not translate). */
  readonly labels: Labels;
  readonly sheetName: string;
  /** Values for the input cells; without it the input cells are left blank for the user. */
  readonly example?: Example;
}

/**
 * The message Excel shows when a data-validation rule refuses an entry.
 *
 * @example
 * const refusal: ValidationText = { title: "Score", message: "Enter a whole number from 1 to 5." };
 */
export interface ValidationText {
  readonly title: string;
  readonly message: string;
}
