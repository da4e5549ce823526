/**
 * The default names of the sheets a fit writes. English in every language on purpose: formulas and other
 * workbooks refer to them, and a name that changed with the user's language would break those references.
 * Not "Scorecard": that is the weighted card's sheet, which a fit must never replace.
 *
 * @example
 * SCORECARD_SHEET; // "Points scorecard"
 */
export const SCORECARD_SHEET = "Points scorecard";

/**
 * The default name of the model report sheet.
 *
 * @example
 * MODEL_REPORT_SHEET; // "Model report"
 */
export const MODEL_REPORT_SHEET = "Model report";
