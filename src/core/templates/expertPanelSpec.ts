/**
 * The expert panel (Delphi) and blended assessment (DESIGN §3.3, issue 7) as a SheetSpec: experts × criteria
 * ratings 1–5, each expert's mean, the consensus (median, mean or trimmed mean), the spread (interquartile
 * range), whether another round is needed, and the blend of the model score with the panel's score.
 */
import { type ConsensusMethod } from "../expert";
import { type CellInput, type SheetSpec } from "../report";
import { fillPlaceholders, stringLiteral } from "./_lib/excelText";
import { sheetGrid } from "./_lib/sheetGrid";
import {
  TEMPLATE_TAB,
  alertWhen,
  headerStyle,
  inputStyle,
  resultStyle,
  topStyles,
} from "./_lib/templateStyles";
import { validationRule } from "./_lib/validationRule";
import { EXPERT_PANEL_CELLS as C, PANEL_CRITERIA, PANEL_EXPERTS } from "./expertPanelCells";
import { expertPanelFormulas } from "./expertPanelFormulas";
import { type ExpertCriterion, type ExpertPanelLabels } from "./expertPanelLabels";
import { type TemplateOptions } from "./templateOptions";

/**
 * Values for the panel's inputs. `ratings` rows are experts, columns the criteria in
 * {@link EXPERT_CRITERIA} order (`null` = not rated; rows or columns beyond the grid are ignored).
 *
 * @example
 * const example: ExpertPanelExample = { ratings: [[4, 4, 5], [3, 4, 4]], modelScore: 80 };
 */
export interface ExpertPanelExample {
  readonly ratings: readonly (readonly (number | null)[])[];
  readonly method?: ConsensusMethod;
  readonly spreadLimit?: number;
  readonly modelWeight?: number;
  readonly modelScore?: number;
}

/**
 * Options of {@link expertPanelSpec}.
 *
 * @example
 * const options: ExpertPanelOptions = { form: "addin", labels, sheetName: "Expert panel" };
 */
export type ExpertPanelOptions = TemplateOptions<ExpertPanelLabels, ExpertPanelExample>;

/**
 * The criteria in the grid's column order.
 *
 * @example
 * EXPERT_CRITERIA[0]; // "reminders"
 */
export const EXPERT_CRITERIA: readonly ExpertCriterion[] = Object.freeze([
  "reminders",
  "qualityClaims",
  "adverseRecords",
]);

const HEADER_ROW = 5;
const METHODS: readonly ConsensusMethod[] = ["median", "mean", "trimmed"];
/** DESIGN §3.3: a spread above 1 point on the 5-point scale means no consensus yet. */
const DEFAULT_SPREAD_LIMIT = 1;
/** DESIGN §3.3: w = 0.7 for the model score. */
const DEFAULT_MODEL_WEIGHT = 0.7;
/** Top of the rating scale; the panel's consensus is put on 0–100 like the card's total (score / max × 100). */
const MAX_RATING = 5;

const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ""));

/**
 * The expert panel in `form`; both forms put every input and result at the same address
 * ({@link EXPERT_PANEL_CELLS}) and give the same numbers.
 *
 * @example
 * const spec = expertPanelSpec({ form: "portable", labels, sheetName: "Panel" });
 * // H13 holds =IF(COUNT(E6:E10)=0,NA(),QUARTILE(E6:E10,3)-QUARTILE(E6:E10,1))
 */
export function expertPanelSpec(options: ExpertPanelOptions): SheetSpec {
  const { form, labels, example } = options;
  const f = expertPanelFormulas(form);
  const firstExpertRow = rowOf(C.ratings.split(":")[0] ?? "");
  const grid = sheetGrid();
  grid.column("A1", [labels.title, form === "addin" ? labels.formAddin : labels.formPortable, labels.help]);
  grid.row(`A${HEADER_ROW}`, [
    labels.expert,
    ...EXPERT_CRITERIA.slice(0, PANEL_CRITERIA).map((criterion) => labels.criteria[criterion]),
    labels.expertScore,
  ]);
  for (let e = 0; e < PANEL_EXPERTS; e++) {
    const row = firstExpertRow + e;
    const ratings: CellInput[] = [];
    for (let c = 0; c < PANEL_CRITERIA; c++) ratings.push(example?.ratings[e]?.[c] ?? null);
    grid.row(`A${row}`, [
      fillPlaceholders(labels.expertName, { n: e + 1 }),
      ...ratings,
      { formula: `IF(COUNT(B${row}:D${row})=0,"",AVERAGE(B${row}:D${row}))` },
    ]);
  }

  const settingsHeader = rowOf(C.method) - 1;
  grid.row(`G${settingsHeader}`, [labels.settings, null]);
  grid.row(`G${rowOf(C.method)}`, [labels.method, example?.method ?? "median", labels.methodHelp]);
  grid.row(`G${rowOf(C.spreadLimit)}`, [labels.spreadLimit, example?.spreadLimit ?? DEFAULT_SPREAD_LIMIT]);
  grid.row(`G${rowOf(C.modelWeight)}`, [labels.modelWeight, example?.modelWeight ?? DEFAULT_MODEL_WEIGHT]);
  grid.row(`G${rowOf(C.modelScore)}`, [labels.modelScore, example?.modelScore ?? null]);

  const resultHeader = rowOf(C.consensus) - 1;
  grid.row(`G${resultHeader}`, [labels.result, null]);
  grid.column(`G${rowOf(C.consensus)}`, [
    labels.consensus,
    labels.spread,
    labels.anotherRound,
    labels.expertScore100,
    labels.blended,
  ]);
  grid.column(C.consensus, [
    { formula: f.consensus },
    { formula: f.spread },
    // The core's rule (spread > limit, ignoring binary noise); no CREDIT function returns it, so both forms share it.
    {
      formula:
        `IF(ROUND(${C.spread},10)>ROUND(${C.spreadLimit},10),` +
        `${stringLiteral(labels.anotherRoundYes)},${stringLiteral(labels.anotherRoundNo)})`,
    },
    { formula: `${C.consensus}/${MAX_RATING}*100` },
    { formula: f.blended },
  ]);

  const v = labels.validation;
  return {
    name: options.sheetName,
    tabColor: TEMPLATE_TAB,
    blocks: grid.blocks(),
    numberFormats: [
      { range: C.expertScores, format: "0.00" },
      { range: C.spreadLimit, format: "0.0#" },
      { range: C.modelWeight, format: "0%" },
      { range: C.modelScore, format: "0.0" },
      { range: `${C.consensus}:${C.spread}`, format: "0.00" },
      { range: `${C.expertScore100}:${C.blended}`, format: "0.0" },
    ],
    styles: [
      ...topStyles(),
      headerStyle(`A${HEADER_ROW}:E${HEADER_ROW}`),
      headerStyle(`G${settingsHeader}:H${settingsHeader}`),
      headerStyle(`G${resultHeader}:H${resultHeader}`),
      inputStyle(C.names),
      inputStyle(C.ratings),
      inputStyle(`${C.method}:${C.modelScore}`),
      resultStyle(`${C.consensus}:${C.blended}`),
      { range: `I${rowOf(C.method)}`, wrapText: true, fontColor: "#595959" },
    ],
    conditionalFormats: [alertWhen(C.anotherRound, "equalTo", stringLiteral(labels.anotherRoundYes))],
    dataValidations: [
      validationRule(C.ratings, v.rating, { kind: "wholeNumber", min: 1, max: MAX_RATING }, v.ratingPrompt),
      validationRule(C.method, v.method, { kind: "list", values: METHODS }),
      validationRule(C.spreadLimit, v.spreadLimit, { kind: "decimal", min: 0, max: MAX_RATING - 1 }),
      validationRule(C.modelWeight, v.modelWeight, { kind: "decimal", min: 0, max: 1 }),
      validationRule(C.modelScore, v.modelScore, { kind: "decimal", min: 0, max: 100 }),
    ],
    columnWidths: [22, 18, 18, 18, 14, 3, 34, 14, 60].map((width, i) => ({ column: i + 1, width })),
    freeze: { rows: HEADER_ROW, columns: 1 },
  };
}
