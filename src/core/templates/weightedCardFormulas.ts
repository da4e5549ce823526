import { stringLiteral } from "./_lib/excelText";
import { type TemplateForm } from "./templateOptions";
import { WEIGHTED_CARD_CELLS, type WeightedCardCellMap } from "./weightedCardCells";

/**
 * The result formulas of the weighted card (without "="). The portable ones are the CREDIT functions'
 * rules written with built-in functions Excel has had since 2007 (no IFS, XLOOKUP or LET): those need
 * `_xlfn.` prefixes in the file, and older Excel versions show #NAME? for them.
 *
 * @example
 * const formulas: WeightedCardFormulas = weightedCardFormulas("portable");
 */
export interface WeightedCardFormulas {
  readonly total: string;
  readonly grade: string;
  readonly limit: string;
  /** Portable form only: the steps of the limit, by cell. */
  readonly workings: readonly (readonly [address: string, formula: string])[];
}

/** The policy's value for `key`, looked up in the card's policy table as CREDIT.LIMIT reads it. */
const policyValue = (C: WeightedCardCellMap, key: string): string =>
  `INDEX(${C.policyValues},MATCH(${stringLiteral(key)},${C.policyKeys},0))`;

/**
 * CREDIT.SCORE: Σ score·weight / (max · Σ weight) × 100, rounded to 10 places as the core rounds before
 * comparing, capped at 100. Missing scores: `zero` and `error` divide by all weights (`error` refusing
 * while a weighted factor is blank), anything else reallocates (blank policy = the default). A score below 0,
 * above the maximum or typed as text is #VALUE!, as CREDIT.SCORE refuses it: pasted cells skip the card's
 * validation, and the Scores sheet reads scores from tables nobody validated.
 */
function portableTotal(C: WeightedCardCellMap): string {
  const scored = `ISNUMBER(${C.scores})`;
  const invalid =
    `SUMPRODUCT(${scored}*((${C.scores}<0)+(${C.scores}>${C.maxPoints})))` +
    `+SUMPRODUCT(ISTEXT(${C.scores})*(${C.scores}<>""))`;
  const scoredWeight = `SUMPRODUCT(${scored}*${C.weights})`;
  const missingWeighted = `SUMPRODUCT((1-${scored})*(${C.weights}>0))`;
  const over = (denominator: string) =>
    `MIN(100,ROUND(SUMPRODUCT(${C.scores},${C.weights})/(${C.maxPoints}*${denominator})*100,10))`;
  const policy = C.missing;
  return (
    `IF(${invalid}>0,#VALUE!,` +
    `IF(AND(${policy}="error",${missingWeighted}>0),NA(),` +
    `IF(OR(${policy}="zero",${policy}="error"),${over(`SUM(${C.weights})`)},` +
    `IF(${scoredWeight}=0,NA(),${over(scoredWeight)}))))`
  );
}

/**
 * CREDIT.GRADE over a (lower bound, grade) table in any order: the grade of the highest bound not above the
 * score; a score below every bound finds no row (#N/A), as in CREDIT.GRADE.
 */
function portableGrade(C: WeightedCardCellMap): string {
  const bounds = C.gradeBounds;
  return `INDEX(${C.gradeLabels},MATCH(SUMPRODUCT(MAX((${bounds}<=ROUND(${C.total},10))*${bounds})),${bounds},0))`;
}

/** CREDIT.LIMIT step by step: blank purchases or terms are #N/A, a blank net worth or working capital no cap. */
function portableWorkings(C: WeightedCardCellMap): [string, string][] {
  const cap = (figure: string, key: string) =>
    `IF(COUNT(${figure})=0,"",MAX(0,${figure})*${policyValue(C, key)})`;
  return [
    [
      C.need,
      `IF(OR(COUNT(${C.monthlyPurchases})=0,COUNT(${C.termsDays})=0),NA(),` +
        `${C.monthlyPurchases}*(${C.termsDays}+${C.graceDays})/${policyValue(C, "days_per_month")})`,
    ],
    [C.multiplier, `INDEX(${C.policyValues},MATCH("multiplier_"&${C.grade},${C.policyKeys},0))`],
    [C.adjustedNeed, `${C.need}*${C.multiplier}`],
    [C.netWorthCap, cap(C.netWorth, "net_worth_pct")],
    [C.workingCapitalCap, cap(C.workingCapital, "working_capital_pct")],
    [C.lowest, `MIN(${C.adjustedNeed},${C.netWorthCap},${C.workingCapitalCap})`],
    [C.roundTo, policyValue(C, "round_to")],
  ];
}

/**
 * Rounds the lowest amount down to the step the way the core does: a quotient within binary noise below a
 * whole number (0.1 % of a step at most, 10⁻¹³ relative) counts as that whole number.
 */
function portableLimit(C: WeightedCardCellMap): string {
  const quotient = `${C.lowest}/${C.roundTo}`;
  return `MAX(0,ROUNDDOWN(ROUND(${quotient},10)+MIN(0.001,ABS(${quotient})*0.0000000000001),0)*${C.roundTo})`;
}

/**
 * The formulas of the card's results in `form`, over the card's own cells or over `cells` elsewhere (the
 * Scores sheet gives each customer row its own scores and limit inputs and points at the card for the rest).
 *
 * @example
 * weightedCardFormulas("addin").total; // "CREDIT.SCORE(D6:D24,C6:C24,H11,H12)"
 */
export function weightedCardFormulas(
  form: TemplateForm,
  C: WeightedCardCellMap = WEIGHTED_CARD_CELLS,
): WeightedCardFormulas {
  if (form === "portable") {
    return {
      total: portableTotal(C),
      grade: portableGrade(C),
      limit: portableLimit(C),
      workings: portableWorkings(C),
    };
  }
  return {
    total: `CREDIT.SCORE(${C.scores},${C.weights},${C.maxPoints},${C.missing})`,
    grade: `CREDIT.GRADE(${C.total},${C.gradeScale})`,
    limit:
      `CREDIT.LIMIT(${C.grade},${C.monthlyPurchases},${C.termsDays},${C.graceDays},` +
      `${C.netWorth},${C.workingCapital},${C.policy})`,
    workings: [],
  };
}
