/** Rounds to a whole number, halves away from zero (−2.5 → −3), as Excel's ROUND does. */
export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}
