import { type CharacteristicKind, type IvStrength } from "../scorecard";

/**
 * The words both scorecard sheets use for bins, kinds and IV strengths, supplied by the edge in the user's
 * language. `{from}` and `{to}` are filled by the layout (single braces).
 *
 * @example
 * const words: BinTextLabels = {
 *   below: "< {to}", between: "{from} to < {to}", atLeast: "≥ {from}", anyValue: "any value",
 *   missing: "Missing (blank)",
 *   kinds: { numeric: "numeric", categorical: "categorical" },
 *   strengths: { useless: "useless", weak: "weak", medium: "medium", strong: "strong", suspicious: "suspicious" },
 * };
 */
export interface BinTextLabels {
  /** The first range bin: "< {to}". */
  readonly below: string;
  /** A middle range bin: "{from} to < {to}". */
  readonly between: string;
  /** The last range bin: "≥ {from}". */
  readonly atLeast: string;
  /** A numeric characteristic without cut points: one range holding every number. */
  readonly anyValue: string;
  /** The bin of blank cells. */
  readonly missing: string;
  readonly kinds: Readonly<Record<CharacteristicKind, string>>;
  readonly strengths: Readonly<Record<IvStrength, string>>;
}
