/**
 * A cell of a history table as it arrives from a sheet: a number, text, a logical or a blank (`null`,
 * `undefined` or `""`).
 *
 * @example
 * const cells: RawValue[] = [36, "A11", null, true];
 */
export type RawValue = string | number | boolean | null | undefined;

/**
 * One candidate characteristic of a history table: its column header and its cells, one per row.
 *
 * @example
 * const age: Characteristic = { name: "Age", values: [67, 22, 49] };
 */
export interface Characteristic {
  readonly name: string;
  readonly values: readonly RawValue[];
}

/**
 * Whether a characteristic is binned by ranges of numbers or by groups of levels.
 *
 * @example
 * const kind: CharacteristicKind = "numeric";
 */
export type CharacteristicKind = "numeric" | "categorical";

/**
 * Bins of a numeric characteristic as ascending cut points: bin 0 holds values below `cuts[0]`, bin i holds
 * `cuts[i − 1] ≤ value < cuts[i]`, the last bin values from the last cut up. Blanks and values that are not
 * numbers fall in a missing bin of their own (when the sample has any).
 *
 * @example
 * const duration: NumericBinning = { kind: "numeric", cuts: [12, 24] }; // < 12, 12 to < 24, ≥ 24
 */
export interface NumericBinning {
  readonly kind: "numeric";
  readonly cuts: readonly number[];
}

/**
 * Bins of a categorical characteristic as groups of levels, one bin per group. Levels are compared as trimmed
 * text (numbers as Excel shows them, logicals as TRUE / FALSE); blanks fall in a missing bin of their own.
 *
 * @example
 * const groups = [["A34"], ["A32", "A33"], ["A30", "A31"]];
 * const history: CategoricalBinning = { kind: "categorical", groups };
 */
export interface CategoricalBinning {
  readonly kind: "categorical";
  readonly groups: readonly (readonly string[])[];
}

/**
 * How a characteristic is cut into bins — the part of a scorecard a user edits (move a cut, regroup levels)
 * before everything downstream is worked out again.
 *
 * @example
 * const binning: BinningSpec = { kind: "numeric", cuts: [25, 35, 50] };
 */
export type BinningSpec = NumericBinning | CategoricalBinning;

/**
 * A characteristic together with the bins it is to be cut into.
 *
 * @example
 * const binning: BinningSpec = { kind: "numeric", cuts: [30] };
 * const input: BinnedCharacteristicInput = { name: "Age", values: [67, 22], binning };
 */
export interface BinnedCharacteristicInput extends Characteristic {
  readonly binning: BinningSpec;
}
