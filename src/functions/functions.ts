/* eslint-disable @typescript-eslint/no-explicit-any --
 * custom-functions-metadata reads these TypeScript signatures to generate functions.json: `any`
 * becomes an argument Excel passes untouched (so blanks, text and numbers can be told apart and
 * reported), and `any[][]` a range. The implementations take `unknown`.
 */
/**
 * The CREDIT.* worksheet functions. This is the only file with `@customfunction` tags; each
 * function is one line over an implementation in ./catalog that coerces the Excel arguments and
 * calls the pure core (DESIGN §1–2). Function IDs are pinned here and never change.
 */
import { abcFn, coreFn, shareFn } from "./catalog/portfolio";
import { ageBucketFn, agingFn, daysPastDueFn } from "./catalog/aging";
import { bestDsoFn, ceiFn, daysBeyondTermsFn, dsoCountbackFn, dsoFn, turnoverFn } from "./catalog/kpi";
import { availableFn, limitFn, limitsFn, utilizationFn } from "./catalog/limits";
import {
  eclFn,
  oddsToScoreFn,
  rollRatesFn,
  scoreToOddsFn,
  scoreToPdFn,
  zScoreFn,
  zZoneFn,
} from "./catalog/loss";
import {
  collectionGradeFn,
  collectionRateFn,
  combineGradesFn,
  latenessGradeFn,
  loyaltyGradeFn,
  ratingFn,
} from "./catalog/rating";
import { blendFn, expertScoreFn, expertSpreadFn, gradeFn, pointsFn, scoreFn } from "./catalog/scoring";
import { infoValueFn, psiFn, woeFn } from "./catalog/statistics";
import { startFunctionLanguage, toOffice } from "./office/toOffice";

startFunctionLanguage();

/**
 * Net collection rate: (collected − claims paid out) / amount due.
 * @customfunction COLLECTIONRATE
 * @helpurl https://localhost:3000/reference.html#CREDIT.COLLECTIONRATE
 * @param collected Amount collected in the period.
 * @param due Amount that fell due in the period (must be positive).
 * @param [claims] Claims, rebates or deductions paid out (default 0).
 * @returns The rate as a fraction (1 = 100 %).
 */
export function collectionRate(collected: any, due: any, claims?: any): number {
  return toOffice(collectionRateFn(collected, due, claims)) as number;
}

/**
 * Grade of a net collection rate: A ≥ 100 %, B ≥ 95 %, C ≥ 90 %, D below (veto).
 * @customfunction COLLECTIONGRADE
 * @helpurl https://localhost:3000/reference.html#CREDIT.COLLECTIONGRADE
 * @param rate Net collection rate as a fraction (0.95 = 95 %).
 * @returns A, B, C or D.
 */
export function collectionGrade(rate: any): string {
  return toOffice(collectionGradeFn(rate)) as string;
}

/**
 * Grade of payment timeliness: A on time, B 1–4 days late, C 5–9, D 10 or more (veto).
 * @customfunction LATENESSGRADE
 * @helpurl https://localhost:3000/reference.html#CREDIT.LATENESSGRADE
 * @param days_late Days paid after the agreed due date (0 or negative = on time).
 * @returns A, B, C or D.
 */
export function latenessGrade(days_late: any): string {
  return toOffice(latenessGradeFn(days_late)) as string;
}

/**
 * Grade of loyalty, our share of the customer's purchases in the category: A 100 %, B ≥ 60 %, C ≥ 40 %, D below.
 * @customfunction LOYALTYGRADE
 * @helpurl https://localhost:3000/reference.html#CREDIT.LOYALTYGRADE
 * @param our_share Our share as a fraction (0.6 = 60 %).
 * @param [thresholds] Three lower bounds for A, B and C (default 1, 0.6, 0.4).
 * @returns A, B, C or D.
 */
export function loyaltyGrade(our_share: any, thresholds?: any[][]): string {
  return toOffice(loyaltyGradeFn(our_share, thresholds)) as string;
}

/**
 * Combined rating of indicator grades with the one-vote veto: any D gives D, else any C gives C, else A when A is a strict majority, else B.
 * @customfunction COMBINEGRADES
 * @helpurl https://localhost:3000/reference.html#CREDIT.COMBINEGRADES
 * @param grades Grades A–D: cells, ranges or several arguments; blanks are skipped.
 * @returns A, B, C or D.
 */
export function combineGrades(...grades: any[][][]): string {
  return toOffice(combineGradesFn(grades)) as string;
}

/**
 * Three-indicator customer rating from net collection rate, days late and loyalty, with the one-vote veto.
 * @customfunction RATING
 * @helpurl https://localhost:3000/reference.html#CREDIT.RATING
 * @param collection_rate Net collection rate as a fraction.
 * @param days_late Days paid after the due date.
 * @param our_share Our share of the customer's purchases as a fraction.
 * @returns A, B, C or D.
 */
export function rating(collection_rate: any, days_late: any, our_share: any): string {
  return toOffice(ratingFn(collection_rate, days_late, our_share)) as string;
}

/**
 * Weighted risk-factor score from 0 to 100: Σ score × weight / (max points × Σ weight) × 100.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/reference.html#CREDIT.SCORE
 * @param scores Factor scores; a blank cell is a missing score.
 * @param weights Factor weights, same number of cells as scores.
 * @param [max_points] Highest score a factor can get (default 5).
 * @param [missing] Missing scores: "reallocate" (default), "zero" or "error".
 * @returns The score, 0–100.
 */
export function score(scores: any[][], weights: any[][], max_points?: any, missing?: any): number {
  return toOffice(scoreFn(scores, weights, max_points, missing)) as number;
}

/**
 * Grade of a 0–100 score on a grade scale.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/reference.html#CREDIT.GRADE
 * @param score The score, 0–100.
 * @param [scale] "ABCD" (default), "AAA", or a two-column range of lower bounds and grades.
 * @returns The grade.
 */
export function grade(score: any, scale?: any[][]): string {
  return toOffice(gradeFn(score, scale)) as string;
}

/**
 * Points of the band a raw value falls in (bands are lower-inclusive), e.g. a current ratio into a factor score.
 * @customfunction POINTS
 * @helpurl https://localhost:3000/reference.html#CREDIT.POINTS
 * @param value The raw value, e.g. a current ratio.
 * @param breakpoints Lower bounds of the bands, ascending.
 * @param points Points per band: as many as breakpoints, or one more for values below the first.
 * @returns The points of the band.
 */
export function points(value: any, breakpoints: any[][], points: any[][]): number {
  return toOffice(pointsFn(value, breakpoints, points)) as number;
}

/**
 * Consensus score of an expert panel (experts in rows, criteria in columns, ratings 1–5).
 * @customfunction EXPERTSCORE
 * @helpurl https://localhost:3000/reference.html#CREDIT.EXPERTSCORE
 * @param ratings Ratings 1–5, one row per expert; blanks are skipped.
 * @param [method] "median" (default), "mean" or "trimmed".
 * @returns The consensus score on the 1–5 scale.
 */
export function expertScore(ratings: any[][], method?: any): number {
  return toOffice(expertScoreFn(ratings, method)) as number;
}

/**
 * Spread of an expert panel: interquartile range of the experts' scores; above 1 means no consensus yet.
 * @customfunction EXPERTSPREAD
 * @helpurl https://localhost:3000/reference.html#CREDIT.EXPERTSPREAD
 * @param ratings Ratings 1–5, one row per expert; blanks are skipped.
 * @returns The interquartile range.
 */
export function expertSpread(ratings: any[][]): number {
  return toOffice(expertSpreadFn(ratings)) as number;
}

/**
 * Blended assessment: model weight × model score + (1 − model weight) × expert score.
 * @customfunction BLEND
 * @helpurl https://localhost:3000/reference.html#CREDIT.BLEND
 * @param model_score Score from the model or scorecard.
 * @param expert_score Score from the expert panel, on the same scale.
 * @param [model_weight] Weight of the model score, 0–1 (default 0.7).
 * @returns The blended score.
 */
export function blend(model_score: any, expert_score: any, model_weight?: any): number {
  return toOffice(blendFn(model_score, expert_score, model_weight)) as number;
}

/**
 * Recommended credit limit: need × grade multiplier, capped by net worth and working capital, rounded down.
 * @customfunction LIMIT
 * @helpurl https://localhost:3000/reference.html#CREDIT.LIMIT
 * @param grade_or_score Grade (A–D) or a 0–100 score.
 * @param monthly_purchases Expected credit purchases per month.
 * @param terms_days Payment terms in days.
 * @param [grace_days] Days late tolerated beyond terms (default 0).
 * @param [net_worth] Tangible net worth; caps the limit at 10 % when given.
 * @param [working_capital] Working capital; caps the limit at 10 % when given.
 * @param [policy] Two-column range of overrides, e.g. multiplier_A, net_worth_pct, round_to.
 * @returns The recommended limit.
 */
export function limit(
  grade_or_score: any,
  monthly_purchases: any,
  terms_days: any,
  grace_days?: any,
  net_worth?: any,
  working_capital?: any,
  policy?: any[][],
): number {
  return toOffice(
    limitFn(grade_or_score, monthly_purchases, terms_days, grace_days, net_worth, working_capital, policy),
  ) as number;
}

/**
 * Credit limit methods side by side: need, grade-adjusted need, net-worth cap, working-capital cap and recommended limit.
 * @customfunction LIMITS
 * @helpurl https://localhost:3000/reference.html#CREDIT.LIMITS
 * @param grade_or_score Grade (A–D) or a 0–100 score.
 * @param monthly_purchases Expected credit purchases per month.
 * @param terms_days Payment terms in days.
 * @param [grace_days] Days late tolerated beyond terms (default 0).
 * @param [net_worth] Tangible net worth.
 * @param [working_capital] Working capital.
 * @param [policy] Two-column range of overrides, e.g. multiplier_A, net_worth_pct, round_to.
 * @returns Two rows: labels and amounts.
 */
export function limits(
  grade_or_score: any,
  monthly_purchases: any,
  terms_days: any,
  grace_days?: any,
  net_worth?: any,
  working_capital?: any,
  policy?: any[][],
): any[][] {
  return toOffice(
    limitsFn(grade_or_score, monthly_purchases, terms_days, grace_days, net_worth, working_capital, policy),
  ) as any[][];
}

/**
 * Credit utilisation: exposure / limit.
 * @customfunction UTILIZATION
 * @helpurl https://localhost:3000/reference.html#CREDIT.UTILIZATION
 * @param exposure Open receivables (plus open orders where known).
 * @param limit The credit limit.
 * @returns Utilisation as a fraction (0.8 = 80 %).
 */
export function utilization(exposure: any, limit: any): number {
  return toOffice(utilizationFn(exposure, limit)) as number;
}

/**
 * Credit still available: limit − exposure − open orders (negative when over the limit).
 * @customfunction AVAILABLE
 * @helpurl https://localhost:3000/reference.html#CREDIT.AVAILABLE
 * @param limit The credit limit.
 * @param exposure Open receivables.
 * @param [open_orders] Orders accepted but not yet invoiced (default 0).
 * @returns The available credit.
 */
export function available(limit: any, exposure: any, open_orders?: any): number {
  return toOffice(availableFn(limit, exposure, open_orders)) as number;
}

/**
 * Days past due at a date: as_of − due date (negative = days until due).
 * @customfunction DAYSPASTDUE
 * @helpurl https://localhost:3000/reference.html#CREDIT.DAYSPASTDUE
 * @param due_date Due date (a date or date text).
 * @param as_of Date to age at; use TODAY() for a live value.
 * @returns Whole days.
 */
export function daysPastDue(due_date: any, as_of: any): number {
  return toOffice(daysPastDueFn(due_date, as_of)) as number;
}

/**
 * Aging bucket of a date: "Not due", "1-30", "31-60", "61-90", "91-120", "121+" (basis due).
 * @customfunction AGEBUCKET
 * @helpurl https://localhost:3000/reference.html#CREDIT.AGEBUCKET
 * @param date Due date (basis "due") or invoice date (basis "invoice").
 * @param as_of Date to age at; use TODAY() for a live value.
 * @param [buckets] Bucket edges in days, e.g. "30,60,90,120" (default).
 * @param [basis] "due" (default) or "invoice".
 * @returns The bucket label.
 */
export function ageBucket(date: any, as_of: any, buckets?: any, basis?: any): string {
  return toOffice(ageBucketFn(date, as_of, buckets, basis)) as string;
}

/**
 * Aging table: spills bucket labels above the sum of the amounts in each bucket, exact to the cent.
 * @customfunction AGING
 * @helpurl https://localhost:3000/reference.html#CREDIT.AGING
 * @param amounts Open amounts; credit notes as negative amounts.
 * @param dates Due dates (basis "due") or invoice dates (basis "invoice"), one per amount.
 * @param as_of Date to age at; use TODAY() for a live value.
 * @param [buckets] Bucket edges in days, e.g. "30,60,90,120" (default).
 * @param [basis] "due" (default) or "invoice".
 * @returns Two rows: bucket labels and bucket sums.
 */
export function aging(amounts: any[][], dates: any[][], as_of: any, buckets?: any, basis?: any): any[][] {
  return toOffice(agingFn(amounts, dates, as_of, buckets, basis)) as any[][];
}

/**
 * Days sales outstanding: receivables / credit sales × days in the period.
 * @customfunction DSO
 * @helpurl https://localhost:3000/reference.html#CREDIT.DSO
 * @param receivables Receivables at the end of the period.
 * @param credit_sales Credit sales of the period.
 * @param [days] Days in the period (default 365).
 * @returns DSO in days.
 */
export function dso(receivables: any, credit_sales: any, days?: any): number {
  return toOffice(dsoFn(receivables, credit_sales, days)) as number;
}

/**
 * Countback DSO: walks back month by month, consuming each month's sales until the receivables are used up.
 * @customfunction DSOCOUNTBACK
 * @helpurl https://localhost:3000/reference.html#CREDIT.DSOCOUNTBACK
 * @param receivables Receivables at the end of the latest month.
 * @param monthly_sales Credit sales per month, most recent first.
 * @param [month_days] Days in each month, most recent first (default 30 each).
 * @returns DSO in days.
 */
export function dsoCountback(receivables: any, monthly_sales: any[][], month_days?: any[][]): number {
  return toOffice(dsoCountbackFn(receivables, monthly_sales, month_days)) as number;
}

/**
 * Best possible DSO: current (not yet due) receivables / credit sales × days.
 * @customfunction BESTDSO
 * @helpurl https://localhost:3000/reference.html#CREDIT.BESTDSO
 * @param current_receivables Receivables not yet due.
 * @param credit_sales Credit sales of the period.
 * @param [days] Days in the period (default 365).
 * @returns Best possible DSO in days.
 */
export function bestDso(current_receivables: any, credit_sales: any, days?: any): number {
  return toOffice(bestDsoFn(current_receivables, credit_sales, days)) as number;
}

/**
 * Collection effectiveness index: (opening AR + sales − closing AR) / (opening AR + sales − closing current AR).
 * @customfunction CEI
 * @helpurl https://localhost:3000/reference.html#CREDIT.CEI
 * @param opening_ar Receivables at the start of the period.
 * @param credit_sales Credit sales of the period.
 * @param closing_ar Receivables at the end of the period.
 * @param closing_current_ar Receivables not yet due at the end of the period.
 * @returns CEI as a fraction (1 = 100 %).
 */
export function cei(opening_ar: any, credit_sales: any, closing_ar: any, closing_current_ar: any): number {
  return toOffice(ceiFn(opening_ar, credit_sales, closing_ar, closing_current_ar)) as number;
}

/**
 * Days beyond terms: amount-weighted average days paid after the due date, over paid invoices.
 * @customfunction DAYSBEYONDTERMS
 * @helpurl https://localhost:3000/reference.html#CREDIT.DAYSBEYONDTERMS
 * @param amounts Invoice amounts.
 * @param paid_dates Paid dates; a blank means unpaid (skipped).
 * @param due_dates Due dates.
 * @returns Days beyond terms (early payment counts as 0).
 */
export function daysBeyondTerms(amounts: any[][], paid_dates: any[][], due_dates: any[][]): number {
  return toOffice(daysBeyondTermsFn(amounts, paid_dates, due_dates)) as number;
}

/**
 * Receivables turnover: credit sales / average receivables.
 * @customfunction TURNOVER
 * @helpurl https://localhost:3000/reference.html#CREDIT.TURNOVER
 * @param credit_sales Credit sales of the period.
 * @param average_ar Average receivables of the period.
 * @returns Turnover (times per period).
 */
export function turnover(credit_sales: any, average_ar: any): number {
  return toOffice(turnoverFn(credit_sales, average_ar)) as number;
}

/**
 * Expected credit loss (IFRS 9 simplified approach): Σ bucket balance × loss rate.
 * @customfunction ECL
 * @helpurl https://localhost:3000/reference.html#CREDIT.ECL
 * @param balances Balance per aging bucket.
 * @param loss_rates Loss rate per bucket as a fraction.
 * @returns The provision.
 */
export function ecl(balances: any[][], loss_rates: any[][]): number {
  return toOffice(eclFn(balances, loss_rates)) as number;
}

/**
 * Loss rate per aging bucket from monthly aging snapshots by roll rates.
 * @customfunction ROLLRATES
 * @helpurl https://localhost:3000/reference.html#CREDIT.ROLLRATES
 * @param history Monthly snapshots: rows = months oldest first, columns = buckets, last column = amount written off.
 * @returns One row: the loss rate of each bucket.
 */
export function rollRates(history: any[][]): any[][] {
  return toOffice(rollRatesFn(history)) as any[][];
}

/**
 * Altman Z-score of a company.
 * @customfunction ZSCORE
 * @helpurl https://localhost:3000/reference.html#CREDIT.ZSCORE
 * @param working_capital Working capital.
 * @param retained_earnings Retained earnings.
 * @param ebit Earnings before interest and taxes.
 * @param equity_value Market value of equity (public) or book value of equity (other models).
 * @param sales Sales; may be blank for the "nonmfg" and "em" models.
 * @param total_assets Total assets.
 * @param total_liabilities Total liabilities.
 * @param [model] "public" (default), "private", "nonmfg" or "em".
 * @returns The Z-score.
 */
export function zScore(
  working_capital: any,
  retained_earnings: any,
  ebit: any,
  equity_value: any,
  sales: any,
  total_assets: any,
  total_liabilities: any,
  model?: any,
): number {
  return toOffice(
    zScoreFn(
      working_capital,
      retained_earnings,
      ebit,
      equity_value,
      sales,
      total_assets,
      total_liabilities,
      model,
    ),
  ) as number;
}

/**
 * Zone of an Altman Z-score: SAFE, GREY or DISTRESS.
 * @customfunction ZZONE
 * @helpurl https://localhost:3000/reference.html#CREDIT.ZZONE
 * @param z The Z-score.
 * @param [model] "public" (default), "private", "nonmfg" or "em".
 * @returns SAFE, GREY or DISTRESS.
 */
export function zZone(z: any, model?: any): string {
  return toOffice(zZoneFn(z, model)) as string;
}

/**
 * Good:bad odds of a scorecard score: exp((points − offset) / factor), factor = PDO / ln 2.
 * @customfunction SCORETOODDS
 * @helpurl https://localhost:3000/reference.html#CREDIT.SCORETOODDS
 * @param points The score in points.
 * @param [base_points] Points at the base odds (default 600).
 * @param [base_odds] Good:bad odds at the base points (default 50).
 * @param [pdo] Points to double the odds (default 20).
 * @returns Good:bad odds.
 */
export function scoreToOdds(points: any, base_points?: any, base_odds?: any, pdo?: any): number {
  return toOffice(scoreToOddsFn(points, base_points, base_odds, pdo)) as number;
}

/**
 * Scorecard points of good:bad odds: offset + factor × ln(odds), factor = PDO / ln 2.
 * @customfunction ODDSTOSCORE
 * @helpurl https://localhost:3000/reference.html#CREDIT.ODDSTOSCORE
 * @param odds Good:bad odds, e.g. 50 for 50:1.
 * @param [base_points] Points at the base odds (default 600).
 * @param [base_odds] Good:bad odds at the base points (default 50).
 * @param [pdo] Points to double the odds (default 20).
 * @returns The score in points.
 */
export function oddsToScore(odds: any, base_points?: any, base_odds?: any, pdo?: any): number {
  return toOffice(oddsToScoreFn(odds, base_points, base_odds, pdo)) as number;
}

/**
 * Probability of default of a scorecard score: 1 / (1 + odds).
 * @customfunction SCORETOPD
 * @helpurl https://localhost:3000/reference.html#CREDIT.SCORETOPD
 * @param points The score in points.
 * @param [base_points] Points at the base odds (default 600).
 * @param [base_odds] Good:bad odds at the base points (default 50).
 * @param [pdo] Points to double the odds (default 20).
 * @returns Probability of default as a fraction.
 */
export function scoreToPd(points: any, base_points?: any, base_odds?: any, pdo?: any): number {
  return toOffice(scoreToPdFn(points, base_points, base_odds, pdo)) as number;
}

/**
 * Weight of evidence of each bin of a characteristic: ln(%good / %bad); above 0 the bin is better than average.
 * @customfunction WOE
 * @helpurl https://localhost:3000/reference.html#CREDIT.WOE
 * @param goods Goods counted in each bin (a column or a row).
 * @param bads Bads counted in each bin, one per cell of goods.
 * @returns The WOE of each bin, in the shape of goods.
 */
export function woe(goods: any[][], bads: any[][]): any[][] {
  return toOffice(woeFn(goods, bads)) as any[][];
}

/**
 * Information value of a characteristic: Σ (%good − %bad) × WOE over its bins.
 * @customfunction INFOVALUE
 * @helpurl https://localhost:3000/reference.html#CREDIT.INFOVALUE
 * @param goods Goods counted in each bin (a column or a row).
 * @param bads Bads counted in each bin, one per cell of goods.
 * @returns The information value.
 */
export function infoValue(goods: any[][], bads: any[][]): number {
  return toOffice(infoValueFn(goods, bads)) as number;
}

/**
 * Population stability index: Σ (actual% − expected%) × ln(actual% / expected%); below 0.1 stable, 0.25 and above a major shift.
 * @customfunction PSI
 * @helpurl https://localhost:3000/reference.html#CREDIT.PSI
 * @param expected Counts or shares per bin in the development sample (a column or a row).
 * @param actual Counts or shares per bin in the new sample, one per cell of expected.
 * @returns The population stability index.
 */
export function psi(expected: any[][], actual: any[][]): number {
  return toOffice(psiFn(expected, actual)) as number;
}

/**
 * Core customers by the 70 % rule: "Core" beside each customer among the largest that make up the first 70 % of sales (the one crossing 70 % included).
 * @customfunction CORE
 * @helpurl https://localhost:3000/reference.html#CREDIT.CORE
 * @param sales Sales per customer (a column or a row); blanks count as 0.
 * @param [threshold] Share that makes the core (default 0.7).
 * @returns "Core" or "" per customer, in the shape of sales.
 */
export function core(sales: any[][], threshold?: any): any[][] {
  return toOffice(coreFn(sales, threshold)) as any[][];
}

/**
 * ABC classes of customers by cumulative share of sales: A to 70 %, B to 90 %, C the rest.
 * @customfunction ABC
 * @helpurl https://localhost:3000/reference.html#CREDIT.ABC
 * @param sales Sales per customer (a column or a row); blanks count as 0.
 * @param [a] Cumulative share of class A (default 0.7).
 * @param [b] Cumulative share of classes A and B (default 0.9).
 * @returns A, B or C per customer, in the shape of sales.
 */
export function abc(sales: any[][], a?: any, b?: any): any[][] {
  return toOffice(abcFn(sales, a, b)) as any[][];
}

/**
 * Share of a value in a total: value / Σ values, e.g. a customer's share of receivables.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/reference.html#CREDIT.SHARE
 * @param value The customer's value.
 * @param values All customers' values.
 * @returns The share as a fraction.
 */
export function share(value: any, values: any[][]): number {
  return toOffice(shareFn(value, values)) as number;
}
