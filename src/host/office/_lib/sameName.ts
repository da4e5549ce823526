/**
 * Sheet and table names compare without case, as Excel compares them ("Aging" and "aging" cannot
 * both exist).
 *
 * @example
 * sameName("Aging", "AGING"); // true
 */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
