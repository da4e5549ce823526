/**
 * Lower bounds of the loyalty grades A, B and C as fractions of the customer's category business;
 * shares below `c` grade D.
 *
 * @example
 * const strict: LoyaltyThresholds = { a: 1, b: 0.7, c: 0.5 };
 */
export interface LoyaltyThresholds {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/**
 * The documented loyalty bounds: A 100 % (sells only ours), B ≥ 60 %, C ≥ 40 %, D below.
 *
 * @example
 * DEFAULT_LOYALTY_THRESHOLDS.b; // 0.6
 */
export const DEFAULT_LOYALTY_THRESHOLDS: LoyaltyThresholds = Object.freeze({ a: 1, b: 0.6, c: 0.4 });
