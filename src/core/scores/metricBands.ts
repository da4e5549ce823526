/**
 * Raw financial and behaviour metrics a customer table often holds, the card factor each one scores, and
 * starting point bands on the 1–5 scale. The bands are conventional rules of thumb for trade credit, written
 * to the Scores sheet as editable cells: a team replaces them with its own policy.
 */
import { type ScorecardFactorId } from "../templates/scorecardFactors";
import { type PointBands } from "./customerTableMapping";

/**
 * Ids of the metrics the mapping recognises.
 *
 * @example
 * const metric: MetricId = "currentRatio";
 */
export type MetricId =
  | "currentRatio"
  | "quickRatio"
  | "yearsInBusiness"
  | "netMargin"
  | "assetTurnover"
  | "averageDaysLate"
  | "lawsuits";

/**
 * A known metric: the factor it scores, its default bands and the header words that name it (English,
 * Simplified and Traditional Chinese, as a header reads once reduced to letters and digits).
 *
 * @example
 * const preset: MetricPreset = { factor: "solvency", bands, headers: ["currentratio", "流动比率"] };
 */
export interface MetricPreset {
  readonly factor: ScorecardFactorId;
  readonly bands: PointBands;
  readonly headers: readonly string[];
}

const RISING = [1, 2, 3, 4, 5];
const FALLING = [5, 4, 3, 2, 1];

/**
 * The known metrics. Higher is better for ratios, margin, turnover and age; lower is better for days late
 * and lawsuits, whose points fall as the value rises.
 *
 * @example
 * METRIC_PRESETS.currentRatio.bands; // { breakpoints: [1, 1.2, 1.5, 2], points: [1, 2, 3, 4, 5] }
 * METRIC_PRESETS.averageDaysLate.factor; // "paymentHistory"
 */
export const METRIC_PRESETS: Readonly<Record<MetricId, MetricPreset>> = Object.freeze({
  currentRatio: {
    factor: "solvency",
    bands: { breakpoints: [1, 1.2, 1.5, 2], points: RISING },
    headers: ["currentratio", "流动比率", "流動比率"],
  },
  quickRatio: {
    factor: "solvency",
    bands: { breakpoints: [0.5, 0.8, 1, 1.5], points: RISING },
    headers: ["quickratio", "acidtest", "速动比率", "速動比率"],
  },
  yearsInBusiness: {
    factor: "yearsInBusiness",
    bands: { breakpoints: [2, 3, 5, 10], points: RISING },
    headers: ["yearsinbusiness", "yearstrading", "经营年限", "成立年限", "經營年限", "成立年限"],
  },
  netMargin: {
    factor: "profitability",
    bands: { breakpoints: [0, 0.02, 0.05, 0.1], points: RISING },
    headers: ["netmargin", "netprofitmargin", "净利率", "销售净利率", "淨利率", "銷售淨利率"],
  },
  assetTurnover: {
    factor: "assetTurnover",
    bands: { breakpoints: [0.5, 1, 1.5, 2], points: RISING },
    headers: ["assetturnover", "totalassetturnover", "总资产周转率", "資產週轉率", "總資產週轉率"],
  },
  averageDaysLate: {
    factor: "paymentHistory",
    bands: { breakpoints: [1, 5, 10, 30], points: FALLING },
    headers: [
      "dayslate",
      "averagedayslate",
      "avgdayslate",
      "平均逾期天数",
      "逾期天数",
      "平均逾期天數",
      "逾期天數",
    ],
  },
  lawsuits: {
    factor: "litigation",
    bands: { breakpoints: [1, 2, 3, 5], points: FALLING },
    headers: ["lawsuits", "litigationcases", "诉讼次数", "涉诉案件", "訴訟次數", "涉訴案件"],
  },
});
