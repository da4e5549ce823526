import { creditError, type CreditError } from "../errors";
import { cholesky, choleskySolve, inverseDiagonal } from "./_lib/cholesky";
import { twoSidedPValue } from "./erfc";

/**
 * What {@link logisticRegression} fits: P(outcome = 1) = 1 / (1 + e^(−η)), η = β₀ + Σ βⱼ · predictorⱼ.
 *
 * @example
 * const input: LogisticInput = { predictors: [[0, 0, 1, 1]], outcome: [0, 1, 1, 1], names: ["x"] };
 */
export interface LogisticInput {
  /** One column per predictor, indexed by row like `outcome`. */
  readonly predictors: readonly ArrayLike<number>[];
  /** 1 where the event happened, 0 where not, per row. */
  readonly outcome: ArrayLike<number>;
  /** The rows to fit on (0-based); default every row. */
  readonly rows?: ArrayLike<number>;
  /** Names of the predictors for the result and the errors; default `x1`, `x2`, … */
  readonly names?: readonly string[];
  /** Newton steps allowed before the fit is declared not to converge; default 50. */
  readonly maxIterations?: number;
}

/**
 * One estimated coefficient with its Wald test.
 *
 * @example
 * const c: LogisticCoefficient = { name: "x", estimate: 1.1, standardError: 0.4, z: 2.75, pValue: 0.006 };
 */
export interface LogisticCoefficient {
  readonly name: string;
  readonly estimate: number;
  /** √ of the diagonal of the inverse information matrix at the estimate. */
  readonly standardError: number;
  /** estimate / standardError. */
  readonly z: number;
  /** Two-sided Wald p-value, erfc(|z| / √2). */
  readonly pValue: number;
}

/**
 * A converged maximum-likelihood fit.
 *
 * @example
 * const fit = logisticRegression(input) as LogisticFit;
 * fit.coefficients[0]?.estimate; // β₁
 */
export interface LogisticFit {
  readonly intercept: LogisticCoefficient;
  /** One per predictor, in the order given. */
  readonly coefficients: readonly LogisticCoefficient[];
  /** Newton steps taken. */
  readonly iterations: number;
  /** −2 · log-likelihood at the estimate. */
  readonly deviance: number;
  /** −2 · log-likelihood of the intercept-only model. */
  readonly nullDeviance: number;
  readonly rows: number;
}

const DEFAULT_MAX_ITERATIONS = 50;
/** A step this small relative to the coefficient leaves nothing for the next step to improve in a double. */
const STEP_TOLERANCE = 1e-10;
/** Halvings of a step that raised the deviance before the fit gives up on it. */
const MAX_HALVINGS = 30;
/**
 * |η| beyond which a fitted probability is within 3e−7 of 0 or 1. A fit still moving with such rows is
 * running off to infinity (separation); a converged fit with |η| beyond {@link CONVERGED_SEPARATION} has
 * probabilities numerically 0 or 1, R's warning for the same condition.
 */
const RUNAWAY_ETA = 15;
const CONVERGED_SEPARATION = 30;

/** ln(1 + e^t) without overflow for large t or loss for very negative t. */
function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

/**
 * Logistic regression by iteratively reweighted least squares (Newton–Raphson on the log-likelihood, with
 * step halving when a step raises the deviance), starting from the intercept-only fit. Converged when no
 * coefficient moves by more than 1e−10 × (1 + |β|) in a step. Standard errors come from the inverse of XᵀWX
 * at the estimate, p-values from the Wald statistic and the normal distribution ({@link twoSidedPValue}).
 *
 * Refusals, as CreditErrors naming the predictor: `logisticSingular` (a constant predictor, or one that is a
 * combination of others), `logisticSeparation` (a predictor splits events from non-events perfectly or
 * nearly, so its coefficient runs off to infinity), `logisticNotConverged` (no convergence in
 * `maxIterations`), `logisticOneOutcome` (all rows have the same outcome).
 *
 * @example
 * // one binary predictor: β₁ is the log odds ratio, β₀ the log odds at x = 0
 * logisticRegression({ predictors: [[0, 0, 0, 0, 1, 1, 1, 1]], outcome: [1, 0, 0, 0, 1, 1, 1, 0] });
 * // intercept ln(1/3) = −1.0986, x1 ln((3/1)/(1/3)) = ln 9 = 2.1972
 */
export function logisticRegression(input: LogisticInput): LogisticFit | CreditError {
  const k = input.predictors.length;
  const p = k + 1;
  const names = input.predictors.map((_, j) => input.names?.[j] ?? `x${j + 1}`);
  const rows = input.rows ?? Array.from({ length: input.outcome.length }, (_, i) => i);
  const n = rows.length;
  const x = new Float64Array(n * p);
  const y = new Float64Array(n);
  let events = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as number;
    const event = input.outcome[row];
    if (event !== 0 && event !== 1) {
      return creditError("#VALUE!", "logisticOutcomeNotBinary", { row: row + 1, value: String(event) });
    }
    y[i] = event;
    events += event;
    x[i * p] = 1;
    for (let j = 0; j < k; j++) {
      const value = (input.predictors[j] as ArrayLike<number>)[row] as number;
      if (!Number.isFinite(value)) {
        return creditError("#VALUE!", "listValueNotANumber", { arg: names[j] as string, index: row + 1 });
      }
      x[i * p + j + 1] = value;
    }
  }
  if (events === 0 || events === n) return creditError("#VALUE!", "logisticOneOutcome", { rows: n });

  const meanEvent = events / n;
  const nullDeviance = -2 * (events * Math.log(meanEvent) + (n - events) * Math.log(1 - meanEvent));
  let beta: Float64Array = new Float64Array(p);
  beta[0] = Math.log(meanEvent / (1 - meanEvent));
  const eta = new Float64Array(n);
  const deviance = (coefficients: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let linear = 0;
      for (let j = 0; j < p; j++) linear += (x[i * p + j] as number) * (coefficients[j] as number);
      eta[i] = linear;
      sum += softplus(y[i] === 1 ? -linear : linear);
    }
    return 2 * sum;
  };
  let currentDeviance = deviance(beta);
  const maxIterations = input.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  let lastStep: Float64Array = new Float64Array(p);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const system = normalEquations(x, y, eta, n, p);
    const solved = cholesky(system.information, p);
    if ("singularColumn" in solved) {
      // From the start, where every row weighs the same, singular means collinear predictors; later, once
      // rows are fitted as certain, their weights vanish and the information collapses: separation.
      return iteration > 1 && maxAbs(eta) > RUNAWAY_ETA
        ? separation(names, lastStep)
        : singular(names, solved.singularColumn);
    }
    const step = choleskySolve(solved.factor, p, system.score);
    let candidate = addStep(beta, step, 1);
    let candidateDeviance = deviance(candidate);
    let scale = 1;
    for (let h = 0; h < MAX_HALVINGS && !(candidateDeviance <= currentDeviance * (1 + 1e-12)); h++) {
      scale /= 2;
      candidate = addStep(beta, step, scale);
      candidateDeviance = deviance(candidate);
    }
    lastStep = step;
    const converged = step.every(
      (s, j) => Math.abs(s * scale) <= STEP_TOLERANCE * (1 + Math.abs(candidate[j] as number)),
    );
    beta = candidate;
    currentDeviance = candidateDeviance;
    if (converged) {
      if (maxAbs(eta) > CONVERGED_SEPARATION) return separation(names, lastStep);
      const final = normalEquations(x, y, eta, n, p);
      const factor = cholesky(final.information, p);
      if ("singularColumn" in factor) return singular(names, factor.singularColumn);
      const variances = inverseDiagonal(factor.factor, p);
      const coefficient = (j: number, name: string): LogisticCoefficient => {
        const estimate = beta[j] as number;
        const standardError = Math.sqrt(variances[j] as number);
        const z = estimate / standardError;
        return { name, estimate, standardError, z, pValue: twoSidedPValue(z) };
      };
      return {
        intercept: coefficient(0, "intercept"),
        coefficients: names.map((name, j) => coefficient(j + 1, name)),
        iterations: iteration,
        deviance: currentDeviance,
        nullDeviance,
        rows: n,
      };
    }
  }
  if (maxAbs(eta) > RUNAWAY_ETA) return separation(names, lastStep);
  return creditError("#NUM!", "logisticNotConverged", { iterations: maxIterations });
}

/** XᵀWX (upper triangle) and Xᵀ(y − μ) at the linear predictor `eta`. */
function normalEquations(
  x: Float64Array,
  y: Float64Array,
  eta: Float64Array,
  n: number,
  p: number,
): { information: Float64Array; score: Float64Array } {
  const information = new Float64Array(p * p);
  const score = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const mu = 1 / (1 + Math.exp(-(eta[i] as number)));
    const weight = mu * (1 - mu);
    const residual = (y[i] as number) - mu;
    const base = i * p;
    for (let a = 0; a < p; a++) {
      const xa = x[base + a] as number;
      score[a] = (score[a] as number) + xa * residual;
      const wa = weight * xa;
      for (let b = a, cell = a * p + a, at = base + a; b < p; b++, cell++, at++) {
        information[cell] = (information[cell] as number) + wa * (x[at] as number);
      }
    }
  }
  return { information, score };
}

function addStep(beta: Float64Array, step: Float64Array, scale: number): Float64Array {
  return beta.map((b, j) => b + scale * (step[j] as number));
}

function maxAbs(values: Float64Array): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}

function singular(names: readonly string[], column: number): CreditError {
  // Column 0 is the intercept: a predictor that makes it singular is one that is constant.
  return creditError("#NUM!", "logisticSingular", {
    predictor: names[Math.max(0, column - 1)] ?? "intercept",
  });
}

/** The predictor whose coefficient was still moving most is the one running off to infinity. */
function separation(names: readonly string[], lastStep: Float64Array): CreditError {
  let worst = 1;
  for (let j = 2; j < lastStep.length; j++) {
    if (Math.abs(lastStep[j] as number) > Math.abs(lastStep[worst] as number)) worst = j;
  }
  return creditError("#NUM!", "logisticSeparation", { predictor: names[worst - 1] ?? "intercept" });
}
