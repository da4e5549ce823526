import { atLeast } from "../_lib/compare";
import { creditError, type CreditError } from "../errors";

/**
 * The usual reading of a population stability index: below 0.10 `stable`, 0.10 to below 0.25 `minorShift`
 * (watch it), 0.25 and above `majorShift` (the population has moved: review the card).
 *
 * @example
 * const verdict: PsiVerdict = "minorShift";
 */
export type PsiVerdict = "stable" | "minorShift" | "majorShift";

/**
 * One bin's part of the population stability index.
 *
 * @example
 * const bin: PsiBin = { expectedShare: 0.2, actualShare: 0.3, contribution: 0.0405 };
 */
export interface PsiBin {
  readonly expectedShare: number;
  readonly actualShare: number;
  /** (actual − expected) · ln(actual / expected), never negative. */
  readonly contribution: number;
}

/**
 * Population stability between a development and a newer distribution.
 *
 * @example
 * const stability: PopulationStability = { bins: [], psi: 0.12, verdict: "minorShift" };
 */
export interface PopulationStability {
  readonly bins: readonly PsiBin[];
  readonly psi: number;
  readonly verdict: PsiVerdict;
}

/**
 * A share of 0 — a bin empty in one of the samples — would make the logarithm infinite; it counts as this
 * share (0.01 %) instead, the usual practice, so an emptied bin weighs heavily but finitely.
 */
export const PSI_ZERO_SHARE = 0.0001;

/**
 * Verdict on a population stability index (0.10 and 0.25 are the thresholds).
 *
 * @example
 * psiVerdict(0.05); // "stable"
 * psiVerdict(0.1); // "minorShift"
 * psiVerdict(0.25); // "majorShift"
 */
export function psiVerdict(psi: number): PsiVerdict {
  if (!atLeast(psi, 0.1)) return "stable";
  return atLeast(psi, 0.25) ? "majorShift" : "minorShift";
}

/**
 * Population stability index PSI = Σ (actual% − expected%) · ln(actual% / expected%) between two
 * distributions over the same bins, given as counts or shares (each side is divided by its own total). A
 * share of 0 counts as {@link PSI_ZERO_SHARE}; a bin empty on both sides adds nothing.
 *
 * @example
 * // expected 40 / 60 %, actual 50 / 50 %: 0.1·ln(1.25) + (−0.1)·ln(5/6) = 0.0223 + 0.0182
 * populationStability([400, 600], [50, 50]); // { psi: 0.0405, verdict: "stable", bins: […] }
 */
export function populationStability(
  expected: readonly number[],
  actual: readonly number[],
): PopulationStability | CreditError {
  if (expected.length !== actual.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "actual",
      actual: actual.length,
      other: "expected",
      expected: expected.length,
    });
  }
  if (expected.length === 0) return creditError("#VALUE!", "listEmpty", { arg: "expected" });
  const problem = checkShares("expected", expected) ?? checkShares("actual", actual);
  if (problem) return problem;
  const expectedTotal = expected.reduce((sum, v) => sum + v, 0);
  const actualTotal = actual.reduce((sum, v) => sum + v, 0);
  if (expectedTotal === 0) return creditError("#DIV/0!", "totalZero", { arg: "expected" });
  if (actualTotal === 0) return creditError("#DIV/0!", "totalZero", { arg: "actual" });
  const bins = expected.map((e, i): PsiBin => {
    const expectedShare = e / expectedTotal;
    const actualShare = (actual[i] as number) / actualTotal;
    const a = Math.max(actualShare, PSI_ZERO_SHARE);
    const b = Math.max(expectedShare, PSI_ZERO_SHARE);
    return { expectedShare, actualShare, contribution: (a - b) * Math.log(a / b) };
  });
  const psi = bins.reduce((sum, bin) => sum + bin.contribution, 0);
  return { bins, psi, verdict: psiVerdict(psi) };
}

function checkShares(arg: string, values: readonly number[]): CreditError | undefined {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) return creditError("#VALUE!", "listValueNotANumber", { arg, index: i + 1 });
    if (value < 0) return creditError("#VALUE!", "itemNegative", { arg, position: i + 1 });
  }
  return undefined;
}
