/**
 * Inserting a scorecard template into the open workbook: the sheet in the user's language and form, under a
 * name no sheet has yet, then shown with its first input cell selected so the user can start typing.
 */
import { type TemplateKind, templateSpec } from "../../../../app/templates/templateSheets";
import {
  EXPERT_PANEL_CELLS,
  RATING_CARD_CELLS,
  type TemplateForm,
  WEIGHTED_CARD_CELLS,
} from "../../../../core/templates";
import { type WorkbookHost } from "../../../../host";
import { type SupportedLanguage } from "../../../../i18n";
import { freeSheetName } from "./freeSheetName";

const firstCell = (range: string): string => range.split(":")[0] ?? range;

/**
 * The cell each template's first entry goes in: the first factor score, the amount collected, the first
 * expert's first rating.
 *
 * @example
 * FIRST_INPUT.weighted; // "D6"
 */
export const FIRST_INPUT: Readonly<Record<TemplateKind, string>> = Object.freeze({
  weighted: firstCell(WEIGHTED_CARD_CELLS.scores),
  rating: RATING_CARD_CELLS.collected,
  expert: firstCell(EXPERT_PANEL_CELLS.ratings),
});

/** What to insert. */
export interface TemplateChoice {
  readonly kind: TemplateKind;
  readonly form: TemplateForm;
  readonly language: SupportedLanguage;
}

/** The sheet written, and why it could not be shown when it could not (it is in the workbook either way). */
export interface InsertedTemplate {
  readonly sheet: string;
  readonly showFailure: { readonly error: unknown } | null;
}

/**
 * Writes the template as a new sheet and selects its first input cell. Rejects when the sheet cannot be
 * written (then nothing was added: the host's write is all or nothing).
 *
 * @example
 * const { sheet } = await insertTemplate(host, { kind: "weighted", form: "portable", language: "en" });
 * // "Scorecard", or "Scorecard (2)" when the workbook already has a Scorecard sheet
 */
export async function insertTemplate(host: WorkbookHost, choice: TemplateChoice): Promise<InsertedTemplate> {
  const spec = templateSpec(choice.kind, choice.form, choice.language);
  const sheets = await host.listSheets();
  const sheet = freeSheetName(
    spec.name,
    sheets.map((info) => info.name),
  );
  // The name is free, so the write adds a sheet: it can never replace the user's (nor an earlier card).
  const written = await host.writeSheet({ ...spec, name: sheet });
  try {
    await host.selectRange(written.sheet, FIRST_INPUT[choice.kind]);
    return { sheet: written.sheet, showFailure: null };
  } catch (error) {
    return { sheet: written.sheet, showFailure: { error } };
  }
}
