/**
 * One worked example per CREDIT function, shown in the reference page and the README, and run by
 * a test through the real implementation so the documentation cannot drift from the product.
 * Every expected result is worked out by hand in the comment beside it.
 */

/** Where a function is listed in the reference. */
export type FunctionCategory =
  "Rating" | "Scoring" | "Limits" | "Aging and collection" | "Loss, distress and scaling" | "Portfolio";

/** A worked example: the arguments as a user would type them and the displayed result. */
export interface FunctionExample {
  readonly category: FunctionCategory;
  /** Arguments; arrays are ranges (rows of cells). */
  readonly args: readonly unknown[];
  /** What the cell shows: numbers rounded as in `digits`, or text; a spill as rows joined by " | ". */
  readonly shows: string;
  /** Decimal places the example rounds numbers to (default: shown as computed). */
  readonly digits?: number;
  /** What the result is, in words, for the reference table. */
  readonly returns: string;
}

/**
 * Examples by function id.
 *
 * @example
 * FUNCTION_EXAMPLES.GRADE.shows; // "B"
 */
export const FUNCTION_EXAMPLES: Readonly<Record<string, FunctionExample>> = {
  // (95,000 − 0) / 100,000 = 0.95
  COLLECTIONRATE: { category: "Rating", args: [95000, 100000], shows: "0.95", returns: "Rate as a fraction" },
  // 95 % is the lower bound of B.
  COLLECTIONGRADE: { category: "Rating", args: [0.95], shows: "B", returns: "A, B, C or D" },
  // 4.99 < 5 days: still B.
  LATENESSGRADE: { category: "Rating", args: [4.99], shows: "B", returns: "A, B, C or D" },
  // 60 % is the lower bound of B.
  LOYALTYGRADE: { category: "Rating", args: [0.6], shows: "B", returns: "A, B, C or D" },
  // Two A of three is a strict majority → A.
  COMBINEGRADES: { category: "Rating", args: ["A", "A", "B"], shows: "A", returns: "A, B, C or D" },
  // 100 % → A, 3 days → B, 70 % → B: ABB → B.
  RATING: { category: "Rating", args: [1, 3, 0.7], shows: "B", returns: "A, B, C or D" },
  // (5×0.5 + 4×0.3 + 3×0.2) / (5 × 1) × 100 = 4.3 / 5 × 100 = 86
  SCORE: { category: "Scoring", args: [[[5, 4, 3]], [[0.5, 0.3, 0.2]]], shows: "86", returns: "Score 0–100" },
  // 70 ≤ 72 < 85 → B on the ABCD scale.
  GRADE: { category: "Scoring", args: [72], shows: "B", returns: "Grade" },
  // 1.6 lies in the band [1.5, 2) → 4 points.
  POINTS: {
    category: "Scoring",
    args: [1.6, [[0, 1, 1.5, 2]], [[1, 3, 4, 5]]],
    shows: "4",
    returns: "Points of the band",
  },
  // Expert scores 4.5, 3, 5 → median 4.5.
  EXPERTSCORE: {
    category: "Scoring",
    args: [
      [
        [4, 5],
        [3, 3],
        [5, 5],
      ],
    ],
    shows: "4.5",
    returns: "Consensus, 1–5",
  },
  // 1..5: Q1 = 2, Q3 = 4 → IQR 2.
  EXPERTSPREAD: {
    category: "Scoring",
    args: [[[1], [2], [3], [4], [5]]],
    shows: "2",
    returns: "Interquartile range",
  },
  // 0.7 × 80 + 0.3 × 70 = 56 + 21 = 77
  BLEND: { category: "Scoring", args: [80, 70], shows: "77", returns: "Blended score" },
  // need = 100,000 × (60 + 10) / 30 = 233,333.33; × 1.2 = 280,000; net-worth cap 2,000,000 × 10 % = 200,000 → 200,000
  LIMIT: {
    category: "Limits",
    args: ["A", 100000, 60, 10, 2000000],
    shows: "200000",
    returns: "Recommended limit",
  },
  // Same customer; no working capital given, so that cap is blank.
  LIMITS: {
    category: "Limits",
    args: ["A", 100000, 60, 10, 2000000],
    digits: 2,
    shows:
      "Need, Grade-adjusted need, Net-worth cap, Working-capital cap, Recommended | 233333.33, 280000, 200000, , 200000",
    returns: "Two rows: labels and amounts",
  },
  // 80,000 / 100,000 = 0.8
  UTILIZATION: {
    category: "Limits",
    args: [80000, 100000],
    shows: "0.8",
    returns: "Utilisation as a fraction",
  },
  // 100,000 − 80,000 − 5,000 = 15,000
  AVAILABLE: { category: "Limits", args: [100000, 80000, 5000], shows: "15000", returns: "Available credit" },
  // 1 Oct → 31 Oct = 30 days.
  DAYSPASTDUE: {
    category: "Aging and collection",
    args: ["2026-10-01", "2026-10-31"],
    shows: "30",
    returns: "Days",
  },
  // 15 Sep → 31 Oct = 46 days → 31-60.
  AGEBUCKET: {
    category: "Aging and collection",
    args: ["2026-09-15", "2026-10-31"],
    shows: "31-60",
    returns: "Bucket label",
  },
  // 45200 − 45000 = 200 days → 121+ (100); 45200 − 45100 = 100 days → 91-120 (200).
  AGING: {
    category: "Aging and collection",
    args: [[[100, 200]], [[45000, 45100]], 45200],
    shows: "Not due, 1-30, 31-60, 61-90, 91-120, 121+ | 0, 0, 0, 0, 200, 100",
    returns: "Two rows: bucket labels and sums",
  },
  // 150,000 / 1,200,000 × 365 = 45.625
  DSO: { category: "Aging and collection", args: [150000, 1200000], shows: "45.625", returns: "Days" },
  // 250 uses 100 (31 days) + 120 (30 days) + 30 of 90 (30/90 × 31 = 10.33) = 71.33
  DSOCOUNTBACK: {
    category: "Aging and collection",
    args: [250, [[100], [120], [90]], [[31], [30], [31]]],
    digits: 2,
    shows: "71.33",
    returns: "Days",
  },
  // 100,000 / 1,200,000 × 365 = 30.42
  BESTDSO: {
    category: "Aging and collection",
    args: [100000, 1200000],
    digits: 2,
    shows: "30.42",
    returns: "Days",
  },
  // (100 + 500 − 120) / (100 + 500 − 80) = 480 / 520 = 0.9231
  CEI: {
    category: "Aging and collection",
    args: [100, 500, 120, 80],
    digits: 4,
    shows: "0.9231",
    returns: "CEI as a fraction",
  },
  // (100 × 10 + 300 × 0) / 400 = 2.5 days
  DAYSBEYONDTERMS: {
    category: "Aging and collection",
    args: [
      [[100], [300]],
      [[45010], [44995]],
      [[45000], [45000]],
    ],
    shows: "2.5",
    returns: "Days",
  },
  // 1,200,000 / 150,000 = 8
  TURNOVER: {
    category: "Aging and collection",
    args: [1200000, 150000],
    shows: "8",
    returns: "Times per period",
  },
  // 1,000 × 1 % + 500 × 10 % = 10 + 50 = 60
  ECL: {
    category: "Loss, distress and scaling",
    args: [[[1000, 500]], [[0.01, 0.1]]],
    shows: "60",
    returns: "Provision",
  },
  // Roll current→1-30: (300 + 200) / (1000 + 1000) = 0.25; 1-30→write-off: (20 + 30) / (200 + 300) = 0.1.
  // Loss rates: current 0.25 × 0.1 = 0.025; 1-30: 0.1.
  ROLLRATES: {
    category: "Loss, distress and scaling",
    args: [
      [
        [1000, 200, 0],
        [1000, 300, 20],
        [900, 200, 30],
      ],
    ],
    shows: "0.025, 0.1",
    returns: "One row: loss rate per bucket",
  },
  // 1.2 × 90/620 + 1.4 × 30/620 + 3.3 × 55/620 + 0.6 × 100/280 + 1.0 × 440/620 = 1.458641
  ZSCORE: {
    category: "Loss, distress and scaling",
    args: [90000, 30000, 55000, 100000, 440000, 620000, 280000],
    digits: 6,
    shows: "1.458641",
    returns: "Z-score",
  },
  // 1.46 < 1.81 → DISTRESS.
  ZZONE: {
    category: "Loss, distress and scaling",
    args: [1.458641],
    shows: "DISTRESS",
    returns: "SAFE, GREY or DISTRESS",
  },
  // 620 = 600 + 20: one doubling of 50:1 → 100:1.
  SCORETOODDS: {
    category: "Loss, distress and scaling",
    args: [620],
    digits: 6,
    shows: "100",
    returns: "Good:bad odds",
  },
  // 25:1 is half of 50:1 → 600 − 20 = 580.
  ODDSTOSCORE: {
    category: "Loss, distress and scaling",
    args: [25],
    digits: 6,
    shows: "580",
    returns: "Points",
  },
  // 600 points = 50:1 → PD = 1 / 51 = 0.0196
  SCORETOPD: {
    category: "Loss, distress and scaling",
    args: [600],
    digits: 4,
    shows: "0.0196",
    returns: "Probability of default",
  },
  // %good 50/100 = 0.5 in both bins; %bad 10/40 = 0.25 and 30/40 = 0.75 → ln(0.5/0.25) = ln 2 = 0.6931,
  // ln(0.5/0.75) = ln(2/3) = −0.4055.
  WOE: {
    category: "Loss, distress and scaling",
    args: [
      [[50], [50]],
      [[10], [30]],
    ],
    digits: 4,
    shows: "0.6931 | -0.4055",
    returns: "WOE per bin",
  },
  // Same bins: (0.5 − 0.25) × ln 2 + (0.5 − 0.75) × ln(2/3) = 0.1733 + 0.1014 = 0.2747
  INFOVALUE: {
    category: "Loss, distress and scaling",
    args: [
      [[50], [50]],
      [[10], [30]],
    ],
    digits: 4,
    shows: "0.2747",
    returns: "Information value",
  },
  // Expected 40 % / 60 %, actual 50 % / 50 %: 0.1 × ln(0.5/0.4) + (−0.1) × ln(0.5/0.6) = 0.0223 + 0.0182 = 0.0405
  PSI: {
    category: "Loss, distress and scaling",
    args: [
      [[400], [600]],
      [[50], [50]],
    ],
    digits: 4,
    shows: "0.0405",
    returns: "Population stability index",
  },
  // Shares 50 %, 30 %, 20 %: 50 % before the second customer < 70 % → core; 80 % before the third → not.
  CORE: {
    category: "Portfolio",
    args: [[[500], [300], [200]]],
    shows: "Core | Core | ",
    returns: '"Core" or "" per customer',
  },
  // Cumulative before: 0 %, 50 %, 80 %, 95 % → A, A, B, C.
  ABC: {
    category: "Portfolio",
    args: [[[500], [300], [150], [50]]],
    shows: "A | A | B | C",
    returns: "A, B or C per customer",
  },
  // 250 / (250 + 750) = 0.25
  SHARE: {
    category: "Portfolio",
    args: [250, [[250], [750]]],
    shows: "0.25",
    returns: "Share as a fraction",
  },
};
