import { type ScorecardCharacteristic } from "../scorecard";

/**
 * Where a characteristic's bin table sits on the Scorecard sheet, as absolute ranges the scoring formulas
 * read — so editing a bin's points, a cut point or a level's bin number changes every score.
 *
 * @example
 * const cells: BinTableCells = { points: "$J$7:$J$10", cuts: "$C$8:$C$9", levels: null, levelBins: null };
 */
export interface BinTableCells {
  /** The points of every bin, in the card's bin order (the missing bin last, when there is one). */
  readonly points: string;
  /** Numeric: the lower bounds of the range bins after the first (the cut points); `null` when none. */
  readonly cuts: string | null;
  /** Categorical: one level per cell. */
  readonly levels: string | null;
  /** Categorical: the 1-based bin of each level, beside `levels`. */
  readonly levelBins: string | null;
}

/** The 1-based bin a blank cell goes to: the missing bin, or the fallback bin when the sample had no blanks. */
function blankBin(characteristic: ScorecardCharacteristic): number {
  return (characteristic.hasMissingBin ? characteristic.bins.length - 1 : characteristic.fallbackBin) + 1;
}

function rangeBins(characteristic: ScorecardCharacteristic): number {
  return characteristic.bins.length - (characteristic.hasMissingBin ? 1 : 0);
}

/**
 * The 1-based bin of a numeric cell, as `binAssigner` places it: bin i holds cuts[i − 1] ≤ value < cuts[i],
 * so the bin is 1 + the number of cuts at or below the value — MATCH(value, cuts, 1), #N/A (none) read as 0.
 * A number stored as text is read with VALUE, as the engine reads typed numbers; a blank, a logical, an
 * error or text that is not a number goes to the missing bin.
 */
function numericBin(characteristic: ScorecardCharacteristic, cell: string, cuts: string | null): string {
  const missing = blankBin(characteristic);
  const text = `VALUE(TRIM(${cell}))`;
  if (rangeBins(characteristic) === 0) return "1";
  if (cuts === null) return `IF(ISNUMBER(${cell}),1,IF(ISERROR(${text}),${missing},1))`;
  return (
    `IF(ISNUMBER(${cell}),IFERROR(MATCH(${cell},${cuts},1),0)+1,` +
    `IFERROR(MATCH(${text},${cuts},1)+1,IF(ISERROR(${text}),${missing},1)))`
  );
}

/**
 * The 1-based bin of a categorical cell: its level's bin, compared case-sensitively (EXACT) after trimming
 * both sides, as the engine compares levels; a blank (or an error) to the missing bin, a level the
 * development sample never had to the fallback bin. SUMPRODUCT finds the level without an array formula:
 * fallback + Σ [level matches] · (bin − fallback) is the level's bin, or the fallback when none matches.
 */
function categoricalBin(
  characteristic: ScorecardCharacteristic,
  cell: string,
  levels: string | null,
  levelBins: string | null,
): string {
  const key = `TRIM(CLEAN(IFERROR(${cell}&"","")))`;
  const fallback = characteristic.fallbackBin + 1;
  if (levels === null || levelBins === null) return `IF(${key}="",${blankBin(characteristic)},${fallback})`;
  return (
    `IF(${key}="",${blankBin(characteristic)},` +
    `${fallback}+SUMPRODUCT(EXACT(TRIM(CLEAN(${levels})),${key})*(${levelBins}-${fallback})))`
  );
}

/**
 * The points one characteristic gives the row whose value is in `cell` (a reference such as
 * `'German credit'!C2`), as a formula of built-in functions Excel 2007 and later calculate without the
 * add-in (INDEX, MATCH, SUMPRODUCT, EXACT, IFERROR; no IFS, XLOOKUP, LET or array entry). It places the value
 * exactly as `binAssigner` does — the missing bin for blanks, the fallback bin (lowest WOE) for levels never
 * seen — and reads the bin's points from the bin table.
 *
 * Where Excel and the engine read a cell differently the formula cannot follow: Excel's TRIM keeps tabs and
 * non-breaking spaces and folds runs of inner spaces (CLEAN drops tabs and line breaks on both sides); VALUE
 * reads numbers typed as text in the workbook's number format (`1,250` with a comma separator only where the
 * comma groups thousands), while the engine also reads `¥1,250` or full-width digits; and a number used as a
 * level is the text Excel shows for it (15 significant digits).
 *
 * @example
 * pointsFormula(duration, "'History'!C2", { points: "$J$7:$J$10", cuts: "$C$8:$C$9", levels: null, levelBins: null });
 * // "INDEX($J$7:$J$10,IF(ISNUMBER('History'!C2),IFERROR(MATCH('History'!C2,$C$8:$C$9,1),0)+1,…))"
 */
export function pointsFormula(
  characteristic: ScorecardCharacteristic,
  cell: string,
  cells: BinTableCells,
): string {
  const bin =
    characteristic.binning.kind === "numeric"
      ? numericBin(characteristic, cell, cells.cuts)
      : categoricalBin(characteristic, cell, cells.levels, cells.levelBins);
  return `INDEX(${cells.points},${bin})`;
}
