/**
 * The three-indicator customer rating (DESIGN §3.1, issue 7) as a SheetSpec: collected, claims and amount due
 * give the net collection rate; it, the days late and our share of the customer's business each get a grade,
 * and the three combine into one rating with the one-vote veto. The loyalty thresholds are editable cells.
 */
import { DEFAULT_LOYALTY_THRESHOLDS } from "../rating";
import { type SheetSpec } from "../report";
import { stringLiteral } from "./_lib/excelText";
import { sheetGrid } from "./_lib/sheetGrid";
import { HUGE_AMOUNT, validationRule } from "./_lib/validationRule";
import {
  TEMPLATE_TAB,
  alertWhen,
  headerStyle,
  inputStyle,
  resultStyle,
  subheaderStyle,
  topStyles,
} from "./_lib/templateStyles";
import { RATING_CARD_CELLS as C } from "./ratingCardCells";
import { ratingCardFormulas } from "./ratingCardFormulas";
import { type RatingCardLabels } from "./ratingCardLabels";
import { type TemplateOptions } from "./templateOptions";

/**
 * Values for the rating card's inputs; amounts in one currency, `share` as a fraction (0.65 = 65 %).
 *
 * @example
 * const example: RatingCardExample = { collected: 968_000, claims: 12_000, due: 1_000_000, daysLate: 3, share: 0.65 };
 */
export interface RatingCardExample {
  readonly collected: number;
  readonly claims?: number;
  readonly due: number;
  readonly daysLate: number;
  readonly share: number;
}

/**
 * Options of {@link ratingCardSpec}.
 *
 * @example
 * const options: RatingCardOptions = { form: "portable", labels, sheetName: "Customer rating" };
 */
export type RatingCardOptions = TemplateOptions<RatingCardLabels, RatingCardExample>;

const HEADER_ROW = 5;
const THRESHOLDS_HEADER_ROW = 15;
/** Ten years either way: a typing slip, not a late payment. */
const MAX_DAYS = 3650;

const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ""));

/**
 * The three-indicator rating card in `form`; both forms put every input and result at the same address
 * ({@link RATING_CARD_CELLS}) and give the same grades.
 *
 * @example
 * const spec = ratingCardSpec({ form: "addin", labels, sheetName: "Rating" });
 * // C13 holds =CREDIT.COMBINEGRADES(C9:C11)
 */
export function ratingCardSpec(options: RatingCardOptions): SheetSpec {
  const { form, labels, example } = options;
  const f = ratingCardFormulas(form);
  const grid = sheetGrid();
  grid.column("A1", [labels.title, form === "addin" ? labels.formAddin : labels.formPortable, labels.help]);
  grid.row(`A${HEADER_ROW}`, [labels.indicator, labels.value, labels.grade, labels.rule]);
  grid.row(`A${rowOf(C.collected)}`, [labels.collected, example?.collected ?? null]);
  grid.row(`A${rowOf(C.claims)}`, [labels.claims, example?.claims ?? null]);
  grid.row(`A${rowOf(C.due)}`, [labels.due, example?.due ?? null]);
  grid.row(`A${rowOf(C.rate)}`, [
    labels.collectionRate,
    { formula: f.rate },
    { formula: f.collectionGrade },
    labels.collectionRule,
  ]);
  grid.row(`A${rowOf(C.daysLate)}`, [
    labels.daysLate,
    example?.daysLate ?? null,
    { formula: f.latenessGrade },
    labels.latenessRule,
  ]);
  grid.row(`A${rowOf(C.share)}`, [
    labels.share,
    example?.share ?? null,
    { formula: f.loyaltyGrade },
    labels.loyaltyRule,
  ]);
  grid.row(`A${rowOf(C.combined)}`, [labels.combined, null, { formula: f.combined }, labels.combinedRule]);
  grid.row(`A${THRESHOLDS_HEADER_ROW}`, [labels.thresholds, null]);
  grid.column(`A${rowOf(C.thresholdA)}`, [labels.thresholdA, labels.thresholdB, labels.thresholdC]);
  grid.column(C.thresholdA, [
    DEFAULT_LOYALTY_THRESHOLDS.a,
    DEFAULT_LOYALTY_THRESHOLDS.b,
    DEFAULT_LOYALTY_THRESHOLDS.c,
  ]);

  const v = labels.validation;
  const veto = stringLiteral("D");
  return {
    name: options.sheetName,
    tabColor: TEMPLATE_TAB,
    blocks: grid.blocks(),
    numberFormats: [
      { range: `${C.collected}:${C.due}`, format: "#,##0.00" },
      { range: C.rate, format: "0.0%" },
      { range: C.daysLate, format: "0.##" },
      { range: C.share, format: "0%" },
      { range: C.thresholds, format: "0%" },
    ],
    styles: [
      ...topStyles(),
      headerStyle(`A${HEADER_ROW}:D${HEADER_ROW}`),
      headerStyle(`A${THRESHOLDS_HEADER_ROW}:B${THRESHOLDS_HEADER_ROW}`),
      subheaderStyle(`A${rowOf(C.combined)}`),
      inputStyle(`${C.collected}:${C.due}`),
      inputStyle(C.daysLate),
      inputStyle(C.share),
      inputStyle(C.thresholds),
      resultStyle(C.grades),
      { ...resultStyle(C.combined), fontSize: 13 },
      { range: `D${rowOf(C.rate)}:D${rowOf(C.combined)}`, wrapText: true, fontColor: "#595959" },
    ],
    // Red for the veto grade wherever it shows.
    conditionalFormats: [alertWhen(C.grades, "equalTo", veto), alertWhen(C.combined, "equalTo", veto)],
    dataValidations: [
      validationRule(`${C.collected}:${C.due}`, v.amount, { kind: "decimal", min: 0, max: HUGE_AMOUNT }),
      validationRule(C.daysLate, v.daysLate, { kind: "decimal", min: -MAX_DAYS, max: MAX_DAYS }),
      validationRule(C.share, v.share, { kind: "decimal", min: 0, max: 1 }),
      validationRule(C.thresholds, v.threshold, { kind: "decimal", min: 0, max: 1 }),
    ],
    columnWidths: [34, 16, 10, 70].map((width, i) => ({ column: i + 1, width })),
    freeze: { rows: HEADER_ROW, columns: 0 },
  };
}
