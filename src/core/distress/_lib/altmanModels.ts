import type { AltmanModel } from "../types";

/**
 * Coefficients and zone cut-offs of one Altman model.
 *
 * @example
 * const c = altmanCoefficients("public") as AltmanCoefficients; // c.workingCapital === 1.2
 */
export interface AltmanCoefficients {
  readonly workingCapital: number;
  readonly retainedEarnings: number;
  readonly ebit: number;
  readonly equity: number;
  /** 0 for the models without a sales term. */
  readonly sales: number;
  readonly constant: number;
  /** Above this the firm is SAFE. */
  readonly safeAbove: number;
  /** Below this the firm is in DISTRESS; from here up to `safeAbove` inclusive is GREY. */
  readonly distressBelow: number;
}

// Altman (1968) for Z; Altman, "Predicting Financial Distress of Companies: Revisiting the Z-Score and ZETA
// Models" (2000) for Z′ and Z″; Altman, Hartzell & Peck (1995) for the emerging-market constant 3.25, whose
// zones are the Z″ zones shifted by the same 3.25.
const MODELS: Readonly<Record<AltmanModel, AltmanCoefficients>> = {
  public: {
    workingCapital: 1.2,
    retainedEarnings: 1.4,
    ebit: 3.3,
    equity: 0.6,
    sales: 1.0,
    constant: 0,
    safeAbove: 2.99,
    distressBelow: 1.81,
  },
  private: {
    workingCapital: 0.717,
    retainedEarnings: 0.847,
    ebit: 3.107,
    equity: 0.42,
    sales: 0.998,
    constant: 0,
    safeAbove: 2.9,
    distressBelow: 1.23,
  },
  nonmfg: {
    workingCapital: 6.56,
    retainedEarnings: 3.26,
    ebit: 6.72,
    equity: 1.05,
    sales: 0,
    constant: 0,
    safeAbove: 2.6,
    distressBelow: 1.1,
  },
  em: {
    workingCapital: 6.56,
    retainedEarnings: 3.26,
    ebit: 6.72,
    equity: 1.05,
    sales: 0,
    constant: 3.25,
    safeAbove: 5.85,
    distressBelow: 4.35,
  },
};

/**
 * The coefficients of `model`, or `undefined` for a name that is not a model (text from a cell).
 *
 * @example
 * altmanCoefficients("private")?.ebit; // 3.107
 * altmanCoefficients("zeta"); // undefined
 */
export function altmanCoefficients(model: string): AltmanCoefficients | undefined {
  return Object.hasOwn(MODELS, model) ? MODELS[model as AltmanModel] : undefined;
}
