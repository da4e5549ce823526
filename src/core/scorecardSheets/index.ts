/**
 * The sheets of a fitted statistical scorecard (issue 8): the Scorecard sheet (bins, points and a portable
 * scoring formula per history row) and the Model report (fit statistics, IV, score bands, bin tables).
 */
export { binText } from "./binText";
export { type BinTextLabels } from "./binTextLabels";
export { type CandidateIv, type FitSample, type ModelReportDetails } from "./modelReportDetails";
export { type ModelReportLabels } from "./modelReportLabels";
export { modelReportSpec } from "./modelReportSpec";
export { type BinTableCells, pointsFormula } from "./pointsFormula";
export { type BandTally, SCORE_BANDS, type ScoreBandRow, scoreBandTable } from "./scoreBands";
export { type ScorecardSheetLabels } from "./scorecardSheetLabels";
export { type ScorecardSheetOptions, scorecardSheetSpec } from "./scorecardSheetSpec";
export { type ScorecardSource } from "./scorecardSource";
export { MODEL_REPORT_SHEET, SCORECARD_SHEET } from "./sheetNames";
