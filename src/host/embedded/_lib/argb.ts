/**
 * A `#RRGGBB` colour as exceljs's opaque ARGB (`FFRRGGBB`).
 *
 * @example
 * argbOf("#C00000"); // "FFC00000"
 */
export function argbOf(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/**
 * An exceljs colour as `#RRGGBB`, or undefined for a theme or indexed colour (no RGB to keep).
 *
 * @example
 * hexOf({ argb: "FFC00000" }); // "#C00000"
 * hexOf({ theme: 1 }); // undefined
 */
export function hexOf(color: unknown): string | undefined {
  if (typeof color !== "object" || color === null) return undefined;
  const argb = (color as { argb?: unknown }).argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}
