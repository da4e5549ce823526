import { atLeast } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";

/**
 * Points of the band a value falls in; bands start at each breakpoint (lower-inclusive).
 *
 * Two shapes are accepted: as many points as breakpoints (a value below the first breakpoint is `#N/A`), or
 * one point more, where `points[0]` applies below the first breakpoint.
 *
 * @param value - The measured value, e.g. a current ratio.
 * @param breakpoints - Band lower bounds, strictly ascending.
 * @param points - Points per band (see the two shapes above).
 * @returns The points; `#VALUE!` for bad breakpoints, points or shape; `#N/A` below the first band.
 *
 * @example
 * bandPoints(1.2, [0, 1, 1.5, 2], [1, 3, 4, 5]); // 3
 * bandPoints(2, [0, 1, 1.5, 2], [1, 3, 4, 5]); // 5
 * bandPoints(-0.5, [0, 1, 1.5, 2], [1, 3, 4, 5]); // CreditError #N/A valueBelowFirstBand
 * bandPoints(-0.5, [0, 1, 1.5, 2], [0, 1, 3, 4, 5]); // 0
 */
export function bandPoints(
  value: number,
  breakpoints: readonly number[],
  points: readonly number[],
): number | CreditError {
  const bands = breakpoints.length;
  const offset = points.length - bands;
  if (offset !== 0 && offset !== 1) {
    return creditError("#VALUE!", "pointsShapeInvalid", { breakpoints: bands, points: points.length });
  }
  if (points.length === 0) return creditError("#VALUE!", "noBands");
  if (!Number.isFinite(value)) return creditError("#VALUE!", "notANumber", { arg: "value" });
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i])) {
      return creditError("#VALUE!", "listValueNotANumber", { arg: "points", index: i + 1 });
    }
  }
  for (let i = 0; i < bands; i++) {
    const breakpoint = breakpoints[i] as number;
    if (!Number.isFinite(breakpoint)) {
      return creditError("#VALUE!", "listValueNotANumber", { arg: "breakpoints", index: i + 1 });
    }
    if (i > 0 && !(breakpoint > (breakpoints[i - 1] as number))) {
      return creditError("#VALUE!", "breakpointsNotAscending", { index: i + 1, value: breakpoint });
    }
  }
  let band = -1;
  for (let i = bands - 1; i >= 0; i--) {
    if (atLeast(value, breakpoints[i] as number)) {
      band = i;
      break;
    }
  }
  if (band === -1 && offset === 0) {
    return creditError("#N/A", "valueBelowFirstBand", { value, first: breakpoints[0] as number });
  }
  return points[band + offset] as number;
}
