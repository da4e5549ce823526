import { DEFAULT_LIMIT_POLICY } from "../../limits";
import { BUILT_IN_GRADE_SCALE_ROWS } from "../../scoring";
import { DEFAULT_SCORECARD_FACTORS } from "../scorecardFactors";

/** The policy rows: one multiplier per grade, then the four scalar settings. */
const POLICY_ROWS = Object.keys(DEFAULT_LIMIT_POLICY.multipliers).length + 4;

/**
 * Row numbers of the weighted card. Left: the factor table. Right (columns G–I): results, settings, grade
 * scale, limit inputs, limit policy and, in the portable form, the limit's workings, each under a heading row.
 */
export const WEIGHTED_ROWS = (() => {
  const header = 5;
  const firstFactor = header + 1;
  const lastFactor = firstFactor + DEFAULT_SCORECARD_FACTORS.length - 1;
  const resultHeader = 5;
  const settingsHeader = resultHeader + 5;
  const gradeHeader = settingsHeader + 4;
  const firstGrade = gradeHeader + 2;
  const limitHeader = firstGrade + BUILT_IN_GRADE_SCALE_ROWS.ABCD.length + 1;
  const policyHeader = limitHeader + 7;
  const firstPolicy = policyHeader + 2;
  const workingsHeader = firstPolicy + POLICY_ROWS + 1;
  return Object.freeze({
    header,
    firstFactor,
    lastFactor,
    total: lastFactor + 1,
    resultHeader,
    settingsHeader,
    gradeHeader,
    firstGrade,
    gradeRows: BUILT_IN_GRADE_SCALE_ROWS.ABCD.length,
    limitHeader,
    policyHeader,
    firstPolicy,
    policyRows: POLICY_ROWS,
    workingsHeader,
  });
})();
