/**
 * The weighted risk-factor card (DESIGN §3.2, issue 7) as a SheetSpec: the default factors with groups and
 * weights, a 1–5 score column with a drop-down rule, each factor's weighted points, the total, grade and
 * recommended limit, a check that the weights add up to 100 %, the missing-data policy, the grade scale and the
 * limit policy as editable cells.
 */
import { DEFAULT_LIMIT_POLICY } from "../limits";
import { type DataValidationSpec, type NumberFormatSpec, type SheetSpec, type StyleSpec } from "../report";
import { BUILT_IN_GRADE_SCALE_ROWS, type MissingScorePolicy } from "../scoring";
import { fillPlaceholders, stringLiteral } from "./_lib/excelText";
import { WEIGHTED_ROWS as R } from "./_lib/weightedCardRows";
import { type SheetGrid, sheetGrid } from "./_lib/sheetGrid";
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
import { DEFAULT_SCORECARD_FACTORS } from "./scorecardFactors";
import { type TemplateOptions } from "./templateOptions";
import { WEIGHTED_CARD_CELLS as C } from "./weightedCardCells";
import { type WeightedCardFormulas, weightedCardFormulas } from "./weightedCardFormulas";
import { type WeightedCardLabels } from "./weightedCardLabels";

/**
 * Values for the card's input cells. `scores` follow {@link DEFAULT_SCORECARD_FACTORS} in order (`null` =
 * not scored; missing entries are blank, extra ones ignored); a limit input left out stays blank.
 *
 * @example
 * const example: WeightedCardExample = { scores: [4, 4, 3], monthlyPurchases: 80_000, termsDays: 45 };
 */
export interface WeightedCardExample {
  readonly scores: readonly (number | null)[];
  readonly missing?: MissingScorePolicy;
  readonly monthlyPurchases?: number;
  readonly termsDays?: number;
  readonly graceDays?: number;
  readonly netWorth?: number | null;
  readonly workingCapital?: number | null;
}

/**
 * Options of {@link weightedCardSpec}.
 *
 * @example
 * const options: WeightedCardOptions = { form: "addin", labels, sheetName: "Scorecard", example };
 */
export type WeightedCardOptions = TemplateOptions<WeightedCardLabels, WeightedCardExample>;

/** The top of CREDIT.SCORE's scale that the score column's rule allows. */
const MAX_POINTS = 5;
const MISSING_POLICIES: readonly MissingScorePolicy[] = ["reallocate", "zero", "error"];

const AMOUNT = "#,##0";
const DAYS = "0";

/** One row of the card's limit policy table. */
interface PolicyRow {
  readonly key: string;
  readonly value: number;
  readonly format: string;
  readonly meaning: string;
}

/** The limit policy rows, from the core's defaults, with the keys CREDIT.LIMIT reads. */
function policyRows(labels: WeightedCardLabels): PolicyRow[] {
  const meanings = labels.policyMeanings;
  const { multipliers, netWorthPct, workingCapitalPct, roundTo, daysPerMonth } = DEFAULT_LIMIT_POLICY;
  return [
    ...Object.entries(multipliers).map(([grade, value]) => ({
      key: `multiplier_${grade}`,
      value,
      format: "0.0#",
      meaning: fillPlaceholders(meanings.multiplier, { grade }),
    })),
    { key: "net_worth_pct", value: netWorthPct, format: "0%", meaning: meanings.netWorthPct },
    {
      key: "working_capital_pct",
      value: workingCapitalPct,
      format: "0%",
      meaning: meanings.workingCapitalPct,
    },
    { key: "round_to", value: roundTo, format: AMOUNT, meaning: meanings.roundTo },
    { key: "days_per_month", value: daysPerMonth, format: DAYS, meaning: meanings.daysPerMonth },
  ];
}

function validations(labels: WeightedCardLabels): DataValidationSpec[] {
  const v = labels.validation;
  return [
    validationRule(C.scores, v.score, { kind: "wholeNumber", min: 1, max: MAX_POINTS }, v.scorePrompt),
    validationRule(C.weights, v.weight, { kind: "decimal", min: 0, max: 1 }),
    validationRule(C.missing, v.missingPolicy, { kind: "list", values: MISSING_POLICIES }),
    validationRule(C.gradeBounds, v.gradeBound, { kind: "decimal", min: 0, max: 100 }),
    validationRule(`${C.monthlyPurchases}:${C.graceDays}`, v.notNegative, {
      kind: "decimal",
      min: 0,
      max: HUGE_AMOUNT,
    }),
    validationRule(`${C.netWorth}:${C.workingCapital}`, v.amount, {
      kind: "decimal",
      min: -HUGE_AMOUNT,
      max: HUGE_AMOUNT,
    }),
  ];
}

/** `H11` → `$H$11`, so a formula copied elsewhere keeps pointing at the setting. */
const absolute = (address: string): string => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The factor table, the weights' check and the per-factor points. */
function factorCells(
  grid: SheetGrid,
  labels: WeightedCardLabels,
  example: WeightedCardExample | undefined,
): void {
  grid.row(`A${R.header}`, [labels.group, labels.factor, labels.weight, labels.score, labels.weightedScore]);
  const max = absolute(C.maxPoints);
  DEFAULT_SCORECARD_FACTORS.forEach((factor, i) => {
    const row = R.firstFactor + i;
    grid.row(`A${row}`, [
      labels.groups[factor.group],
      labels.factors[factor.id],
      factor.weight,
      example?.scores[i] ?? null,
      { formula: `IF(ISNUMBER(D${row}),D${row}*C${row}/${max}*100,"")` },
    ]);
  });
  grid.row(`B${R.total}`, [
    labels.weightsTotal,
    // Rounded so 18 × 5 % + 10 % reads exactly 100 % despite binary noise.
    { formula: `ROUND(SUM(${C.weights}),10)` },
    {
      formula: `IF(${C.weightSum}=1,${stringLiteral(labels.weightsOk)},${stringLiteral(labels.weightsNot100)})`,
    },
  ]);
}

/** The right-hand panel: results, settings, grade scale, limit inputs, policy and (portable) workings. */
function panelCells(
  grid: SheetGrid,
  labels: WeightedCardLabels,
  example: WeightedCardExample | undefined,
  formulas: WeightedCardFormulas,
  policy: readonly PolicyRow[],
): void {
  grid.row(`G${R.resultHeader}`, [labels.result, null]);
  grid.row(`G${R.resultHeader + 1}`, [labels.totalScore, { formula: formulas.total }]);
  grid.row(`G${R.resultHeader + 2}`, [labels.grade, { formula: formulas.grade }]);
  grid.row(`G${R.resultHeader + 3}`, [labels.recommendedLimit, { formula: formulas.limit }]);

  grid.row(`G${R.settingsHeader}`, [labels.settings, null]);
  grid.row(`G${R.settingsHeader + 1}`, [labels.maxPoints, MAX_POINTS]);
  grid.row(`G${R.settingsHeader + 2}`, [
    labels.missingPolicy,
    example?.missing ?? "reallocate",
    labels.missingPolicyHelp,
  ]);

  grid.row(`G${R.gradeHeader}`, [labels.gradeScale, null]);
  grid.row(`G${R.gradeHeader + 1}`, [labels.fromScore, labels.grade]);
  BUILT_IN_GRADE_SCALE_ROWS.ABCD.forEach(([bound, grade], i) =>
    grid.row(`G${R.firstGrade + i}`, [bound, grade]),
  );

  grid.row(`G${R.limitHeader}`, [labels.limitInputs, null]);
  grid.column(`G${R.limitHeader + 1}`, [
    labels.monthlyPurchases,
    labels.termsDays,
    labels.graceDays,
    labels.netWorth,
    labels.workingCapital,
  ]);
  grid.column(C.monthlyPurchases, [
    example?.monthlyPurchases ?? null,
    example?.termsDays ?? null,
    example?.graceDays ?? null,
    example?.netWorth ?? null,
    example?.workingCapital ?? null,
  ]);

  grid.row(`G${R.policyHeader}`, [labels.limitPolicy, null, null]);
  grid.row(`G${R.policyHeader + 1}`, [labels.setting, labels.value, labels.meaning]);
  policy.forEach(({ key, value, meaning }, i) => grid.row(`G${R.firstPolicy + i}`, [key, value, meaning]));

  if (formulas.workings.length === 0) return;
  const w = labels.workings;
  grid.row(`G${R.workingsHeader}`, [w.title, null]);
  grid.column(`G${R.workingsHeader + 1}`, [
    w.need,
    w.multiplier,
    w.adjustedNeed,
    w.netWorthCap,
    w.workingCapitalCap,
    w.lowest,
    w.roundTo,
  ]);
  for (const [address, formula] of formulas.workings) grid.row(address, [{ formula }]);
}

function numberFormats(policy: readonly PolicyRow[], portable: boolean): NumberFormatSpec[] {
  return [
    { range: C.weights, format: "0%" },
    { range: C.weightSum, format: "0.0%" },
    { range: C.scores, format: "0" },
    { range: C.weightedScores, format: "0.0" },
    { range: C.total, format: "0.0" },
    { range: C.limit, format: AMOUNT },
    { range: C.gradeBounds, format: "0" },
    { range: C.monthlyPurchases, format: AMOUNT },
    { range: `${C.termsDays}:${C.graceDays}`, format: DAYS },
    { range: `${C.netWorth}:${C.workingCapital}`, format: AMOUNT },
    ...policy.map(({ format }, i) => ({ range: `H${R.firstPolicy + i}`, format })),
    ...(portable
      ? [
          { range: `${C.need}`, format: "#,##0.00" },
          { range: C.multiplier, format: "0.0#" },
          { range: `${C.adjustedNeed}:${C.lowest}`, format: "#,##0.00" },
          { range: C.roundTo, format: AMOUNT },
        ]
      : []),
  ];
}

function styles(portable: boolean): StyleSpec[] {
  return [
    ...topStyles(),
    headerStyle(`A${R.header}:E${R.header}`),
    ...[R.resultHeader, R.settingsHeader, R.gradeHeader, R.limitHeader].map((row) =>
      headerStyle(`G${row}:H${row}`),
    ),
    headerStyle(`G${R.policyHeader}:I${R.policyHeader}`),
    subheaderStyle(`G${R.gradeHeader + 1}:H${R.gradeHeader + 1}`),
    subheaderStyle(`G${R.policyHeader + 1}:I${R.policyHeader + 1}`),
    subheaderStyle(`B${R.total}:D${R.total}`),
    inputStyle(C.weights),
    inputStyle(C.scores),
    inputStyle(C.missing),
    inputStyle(C.gradeScale),
    inputStyle(`${C.monthlyPurchases}:${C.workingCapital}`),
    inputStyle(C.policyValues),
    resultStyle(`${C.total}:${C.limit}`),
    { range: `I${R.settingsHeader + 2}`, wrapText: true, fontColor: "#595959" },
    ...(portable ? [headerStyle(`G${R.workingsHeader}:H${R.workingsHeader}`)] : []),
  ];
}

/**
 * The weighted risk-factor card in `form`; both forms put every input and result at the same address
 * ({@link WEIGHTED_CARD_CELLS}) and give the same numbers.
 *
 * @example
 * const spec = weightedCardSpec({ form: "portable", labels, sheetName: "Scorecard" });
 * spec.dataValidations?.[0]?.rule; // { kind: "wholeNumber", min: 1, max: 5 }
 */
export function weightedCardSpec(options: WeightedCardOptions): SheetSpec {
  const { form, labels, example } = options;
  const formulas = weightedCardFormulas(form);
  const portable = formulas.workings.length > 0;
  const policy = policyRows(labels);
  const grid = sheetGrid();
  grid.column("A1", [labels.title, form === "addin" ? labels.formAddin : labels.formPortable, labels.help]);
  factorCells(grid, labels, example);
  panelCells(grid, labels, example, formulas, policy);
  return {
    name: options.sheetName,
    tabColor: TEMPLATE_TAB,
    blocks: grid.blocks(),
    numberFormats: numberFormats(policy, portable),
    styles: styles(portable),
    conditionalFormats: [
      alertWhen(C.weightSum, "lessThan", "1"),
      alertWhen(C.weightSum, "greaterThan", "1"),
      alertWhen(C.weightCheck, "equalTo", stringLiteral(labels.weightsNot100)),
      alertWhen(C.grade, "equalTo", stringLiteral("D")),
    ],
    dataValidations: validations(labels),
    // G fits its longest label ("Tangible net worth (blank: unknown)"): text running on over H would
    // cover the yellow input cells beside it in a grid that spans overflowing text.
    columnWidths: [24, 36, 10, 12, 16, 3, 38, 16, 60].map((width, i) => ({ column: i + 1, width })),
    freeze: { rows: R.header, columns: 0 },
  };
}
