/** Expected loss, distress and score-scaling functions (DESIGN §3.7) over Excel arguments. */
import { type AltmanModel, altmanZ, altmanZone } from "../../core/distress";
import { creditError, isCreditError } from "../../core/errors";
import { expectedCreditLoss, rollRateLossRates } from "../../core/loss";
import { oddsToScore, scoreToOdds, scoreToPd, type ScoreScaleInput } from "../../core/scaling";
import { type CreditError } from "../../core/errors";
import {
  choiceArg,
  locateError,
  maybeNumber,
  numberMatrix,
  numbersKeepingBlanks,
  placesOf,
  requiredNumber,
} from "../args";
import { type FunctionResult } from "../excel/values";

const MODELS: readonly AltmanModel[] = ["public", "private", "nonmfg", "em"];

/**
 * `CREDIT.ECL(balances, loss_rates)`: Σ balance × loss rate; blank pairs skipped.
 *
 * @example
 * eclFn([[1000, 500]], [[0.01, 0.1]]); // 60 = 1000 × 0.01 + 500 × 0.1
 */
export function eclFn(balances: unknown, lossRates: unknown): FunctionResult {
  const b = numbersKeepingBlanks(balances, "balances");
  if (isCreditError(b)) return b;
  const r = numbersKeepingBlanks(lossRates, "loss_rates");
  if (isCreditError(r)) return r;
  if (b.length !== r.length) {
    return creditError("#VALUE!", "lengthMismatch", {
      first: "balances",
      firstLength: b.length,
      second: "loss_rates",
      secondLength: r.length,
    });
  }
  const keptBalances: number[] = [];
  const keptRates: number[] = [];
  const kept: boolean[] = [];
  for (let i = 0; i < b.length; i++) {
    const balance = b[i] ?? null;
    const rate = r[i] ?? null;
    kept.push(!(balance === null && rate === null));
    if (balance === null && rate === null) continue;
    if (balance === null || rate === null) {
      return creditError("#N/A", "pairIncomplete", {
        arg: balance === null ? "balances" : "loss_rates",
        index: i + 1,
      });
    }
    keptBalances.push(balance);
    keptRates.push(rate);
  }
  const loss = expectedCreditLoss(keptBalances, keptRates);
  return isCreditError(loss)
    ? locateError(
        loss,
        placesOf(balances, (_cell, i) => kept[i] === true),
      )
    : loss;
}

/**
 * `CREDIT.ROLLRATES(history)`: loss rate per bucket from monthly aging snapshots (rows = months,
 * oldest first; columns = buckets, last column = written off). Spills one row. Blank cells are 0.
 *
 * @example
 * rollRatesFn([[1000, 200, 0], [1000, 300, 20]]); // [[0.03, 0.1]] — roll rates 300/1000 and 20/200; 0.3 × 0.1
 */
export function rollRatesFn(history: unknown): FunctionResult {
  const m = numberMatrix(history, "history");
  if (isCreditError(m)) return m;
  const filled = m.map((row) => row.map((x) => x ?? 0));
  const result = rollRateLossRates(filled);
  return isCreditError(result) ? result : [[...result.lossRates]];
}

/**
 * `CREDIT.ZSCORE(working_capital, retained_earnings, ebit, equity_value, sales, total_assets, total_liabilities, [model])`.
 *
 * @example
 * zScoreFn(90000, 30000, 55000, 100000, 440000, 620000, 280000, null); // 1.458641…
 */
export function zScoreFn(
  workingCapital: unknown,
  retainedEarnings: unknown,
  ebit: unknown,
  equityValue: unknown,
  sales: unknown,
  totalAssets: unknown,
  totalLiabilities: unknown,
  model: unknown,
): FunctionResult {
  const wc = requiredNumber(workingCapital, "working_capital");
  if (isCreditError(wc)) return wc;
  const re = requiredNumber(retainedEarnings, "retained_earnings");
  if (isCreditError(re)) return re;
  const e = requiredNumber(ebit, "ebit");
  if (isCreditError(e)) return e;
  const eq = requiredNumber(equityValue, "equity_value");
  if (isCreditError(eq)) return eq;
  const s = maybeNumber(sales, "sales");
  if (isCreditError(s)) return s;
  const ta = requiredNumber(totalAssets, "total_assets");
  if (isCreditError(ta)) return ta;
  const tl = requiredNumber(totalLiabilities, "total_liabilities");
  if (isCreditError(tl)) return tl;
  const m = choiceArg(model, "model", MODELS, "public");
  if (isCreditError(m)) return m;
  // A blank sales figure is missing data (#N/A) for the models that use sales.
  if (s === null && (m === "public" || m === "private"))
    return creditError("#N/A", "argBlank", { arg: "sales" });
  return altmanZ(
    {
      workingCapital: wc,
      retainedEarnings: re,
      ebit: e,
      equityValue: eq,
      sales: s,
      totalAssets: ta,
      totalLiabilities: tl,
    },
    m,
  );
}

/**
 * `CREDIT.ZZONE(z, [model])` → "SAFE" | "GREY" | "DISTRESS".
 *
 * @example
 * zZoneFn(1.458641, null); // "DISTRESS"
 */
export function zZoneFn(z: unknown, model: unknown): FunctionResult {
  const value = requiredNumber(z, "z");
  if (isCreditError(value)) return value;
  const m = choiceArg(model, "model", MODELS, "public");
  return isCreditError(m) ? m : altmanZone(value, m);
}

function scaleArgs(basePoints: unknown, baseOdds: unknown, pdo: unknown): ScoreScaleInput | CreditError {
  const p = maybeNumber(basePoints, "base_points");
  if (isCreditError(p)) return p;
  const o = maybeNumber(baseOdds, "base_odds");
  if (isCreditError(o)) return o;
  const d = maybeNumber(pdo, "pdo");
  if (isCreditError(d)) return d;
  return { basePoints: p, baseOdds: o, pdo: d };
}

/** A score-scaling conversion of the core (oddsToScore, scoreToOdds, scoreToPd). */
type ScaleConversion = (value: number, scale: ScoreScaleInput) => number | CreditError;

/** Reads the value and the three optional scale arguments, then converts. */
function scaled(
  convert: ScaleConversion,
  name: string,
  value: unknown,
  basePoints: unknown,
  baseOdds: unknown,
  pdo: unknown,
): FunctionResult {
  const v = requiredNumber(value, name);
  if (isCreditError(v)) return v;
  const scale = scaleArgs(basePoints, baseOdds, pdo);
  return isCreditError(scale) ? scale : convert(v, scale);
}

/**
 * `CREDIT.SCORETOODDS(points, [base_points], [base_odds], [pdo])` → good:bad odds.
 *
 * @example
 * scoreToOddsFn(620, null, null, null); // 100
 */
export function scoreToOddsFn(
  points: unknown,
  basePoints: unknown,
  baseOdds: unknown,
  pdo: unknown,
): FunctionResult {
  return scaled(scoreToOdds, "points", points, basePoints, baseOdds, pdo);
}

/**
 * `CREDIT.ODDSTOSCORE(odds, [base_points], [base_odds], [pdo])`.
 *
 * @example
 * oddsToScoreFn(25, null, null, null); // 580
 */
export function oddsToScoreFn(
  odds: unknown,
  basePoints: unknown,
  baseOdds: unknown,
  pdo: unknown,
): FunctionResult {
  return scaled(oddsToScore, "odds", odds, basePoints, baseOdds, pdo);
}

/**
 * `CREDIT.SCORETOPD(points, [base_points], [base_odds], [pdo])` → probability of default 1 / (1 + odds).
 *
 * @example
 * scoreToPdFn(600, null, null, null); // 0.0196… = 1 / 51
 */
export function scoreToPdFn(
  points: unknown,
  basePoints: unknown,
  baseOdds: unknown,
  pdo: unknown,
): FunctionResult {
  return scaled(scoreToPd, "points", points, basePoints, baseOdds, pdo);
}
