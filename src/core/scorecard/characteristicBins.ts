import type { IvStrength } from "./ivStrength";
import type { BinningSpec } from "./types";
import type { WoeBin } from "./weightOfEvidence";

/**
 * What a bin holds, as data for the report and the scoring formulas: a range `from ≤ value < to` (`null` for
 * an open end), a group of levels, or the blanks.
 *
 * @example
 * const bin: BinDescription = { kind: "range", from: 12, to: 24 }; // 12 ≤ duration < 24
 */
export type BinDescription =
  | { readonly kind: "range"; readonly from: number | null; readonly to: number | null }
  | { readonly kind: "levels"; readonly levels: readonly string[] }
  | { readonly kind: "missing" };

/**
 * One row of a characteristic's bin table.
 *
 * @example
 * const row: BinRow = { description: { kind: "missing" }, count: 30, goods: 20, bads: 10, badRate: 1 / 3,
 *   goodShare: 0.04, badShare: 0.05, woe: -0.223, ivContribution: 0.0022, adjusted: false };
 */
export interface BinRow extends WoeBin {
  readonly description: BinDescription;
  readonly count: number;
  readonly goods: number;
  readonly bads: number;
  /** bads / count. */
  readonly badRate: number;
}

/**
 * A characteristic cut into bins, with the bin table and the information value of the sample it was counted
 * on.
 *
 * @example
 * const bins: CharacteristicBins = binCharacteristic(input, flags) as CharacteristicBins;
 * bins.iv; // 0.666 (German credit, checking-account status)
 */
export interface CharacteristicBins {
  readonly name: string;
  readonly binning: BinningSpec;
  /** The bins of `binning` in order, then the missing bin when the sample has blanks. */
  readonly bins: readonly BinRow[];
  readonly hasMissingBin: boolean;
  /**
   * The bin of a value the sample never had — a level not seen, a blank when there was no blank: the bin of
   * lowest WOE, so what the card does not know never earns it points.
   */
  readonly fallbackBin: number;
  readonly rows: number;
  readonly goods: number;
  readonly bads: number;
  readonly iv: number;
  readonly strength: IvStrength;
}
