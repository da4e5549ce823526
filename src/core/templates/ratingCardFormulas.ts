import { RATING_CARD_CELLS, type RatingCardCellMap } from "./ratingCardCells";
import { type TemplateForm } from "./templateOptions";

/**
 * The formulas (without "=") of the rating card's computed cells.
 *
 * @example
 * const formulas: RatingCardFormulas = ratingCardFormulas("portable");
 */
export interface RatingCardFormulas {
  readonly rate: string;
  readonly collectionGrade: string;
  readonly latenessGrade: string;
  readonly loyaltyGrade: string;
  readonly combined: string;
}

/** `x` as the core compares it with a threshold: rounded to 10 places, so binary noise never flips a grade. */
const rounded = (x: string): string => `ROUND(${x},10)`;

/** Grade by lower bounds, best first: A from `bounds[0]`, B from `bounds[1]`, C from `bounds[2]`, else D. */
function gradeFrom(value: string, bounds: readonly [string, string, string]): string {
  const v = rounded(value);
  return `IF(${v}>=${bounds[0]},"A",IF(${v}>=${bounds[1]},"B",IF(${v}>=${bounds[2]},"C","D")))`;
}

/** A blank required input is #N/A, as the CREDIT functions report it. */
const required = (cell: string, formula: string): string => `IF(COUNT(${cell})=0,NA(),${formula})`;

/**
 * The rules of DESIGN §3.1 with built-in functions only (nested IF, COUNTIF: no IFS, which older Excel lacks).
 * The combined grade passes on the first indicator's error, as CREDIT.COMBINEGRADES does.
 */
function portable(C: RatingCardCellMap): RatingCardFormulas {
  const [first, second, third] = [C.collectionGrade, C.latenessGrade, C.loyaltyGrade];
  const count = (grade: string) => `COUNTIF(${C.grades},"${grade}")`;
  const days = rounded(C.daysLate);
  return {
    rate: `IF(OR(COUNT(${C.collected})=0,COUNT(${C.due})=0),NA(),(${C.collected}-${C.claims})/${C.due})`,
    collectionGrade: required(C.rate, gradeFrom(C.rate, ["1", "0.95", "0.9"])),
    latenessGrade: required(C.daysLate, `IF(${days}<=0,"A",IF(${days}<5,"B",IF(${days}<10,"C","D")))`),
    loyaltyGrade: required(
      C.share,
      gradeFrom(C.share, [rounded(C.thresholdA), rounded(C.thresholdB), rounded(C.thresholdC)]),
    ),
    combined:
      `IF(ISERROR(${first}),${first},IF(ISERROR(${second}),${second},IF(ISERROR(${third}),${third},` +
      `IF(${count("D")}>0,"D",IF(${count("C")}>0,"C",IF(${count("A")}*2>COUNTA(${C.grades}),"A","B"))))))`,
  };
}

/**
 * The formulas of the rating card's computed cells in `form`, over the card's own cells or over `cells`
 * elsewhere (a customer row of the Scores sheet, whose grades sit side by side like the card's).
 *
 * @example
 * ratingCardFormulas("addin").combined; // "CREDIT.COMBINEGRADES(C9:C11)"
 */
export function ratingCardFormulas(
  form: TemplateForm,
  C: RatingCardCellMap = RATING_CARD_CELLS,
): RatingCardFormulas {
  if (form === "portable") return portable(C);
  return {
    rate: `CREDIT.COLLECTIONRATE(${C.collected},${C.due},${C.claims})`,
    collectionGrade: `CREDIT.COLLECTIONGRADE(${C.rate})`,
    latenessGrade: `CREDIT.LATENESSGRADE(${C.daysLate})`,
    loyaltyGrade: `CREDIT.LOYALTYGRADE(${C.share},${C.thresholds})`,
    combined: `CREDIT.COMBINEGRADES(${C.grades})`,
  };
}
