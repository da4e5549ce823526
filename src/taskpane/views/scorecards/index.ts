/** The scorecards view's steps (insert a template, apply a card to customers) over a workbook host. */
export { ScorecardsWorkbench, type ScorecardsWorkbenchProps } from "./ScorecardsWorkbench";
