import { atLeast } from "../_lib/compare";

/**
 * The usual reading of a characteristic's information value.
 *
 * @example
 * const strength: IvStrength = "medium";
 */
export type IvStrength = "useless" | "weak" | "medium" | "strong" | "suspicious";

/**
 * Strength label of an information value: < 0.02 useless, 0.02 to < 0.1 weak, 0.1 to < 0.3 medium, 0.3 to 0.5
 * strong, > 0.5 suspicious (too good to be true: check the characteristic does not leak the outcome). A value
 * on a boundary takes the label above it, except 0.5 itself, which is still strong.
 *
 * @example
 * ivStrength(0.01); // "useless"
 * ivStrength(0.1); // "medium"
 * ivStrength(0.5); // "strong"
 * ivStrength(0.666); // "suspicious"  (German credit, checking-account status)
 */
export function ivStrength(iv: number): IvStrength {
  if (!atLeast(iv, 0.02)) return "useless";
  if (!atLeast(iv, 0.1)) return "weak";
  if (!atLeast(iv, 0.3)) return "medium";
  if (atLeast(0.5, iv)) return "strong";
  return "suspicious";
}
