/** Columns of the Scorecard sheet's bin tables (1-based). */
export const BIN_COLUMNS = {
  bin: 1,
  description: 2,
  from: 3,
  to: 4,
  count: 5,
  goods: 6,
  bads: 7,
  badRate: 8,
  woe: 9,
  points: 10,
  note: 11,
} as const;

/** Width of the bin tables. */
export const BIN_TABLE_WIDTH = 11;
/** The scores table starts one empty column right of the bin tables. */
export const SCORES_COLUMN = BIN_TABLE_WIDTH + 2;
/** Title, subtitle and help; then the section titles; then the column headings, frozen. */
export const SECTION_ROW = 4;
export const HEADING_ROW = 5;
export const FIRST_ROW = 6;
