/**
 * Reads a policy value typed in a cell: a number, numeric text, or a percentage (`"10%"` = 0.1).
 * Thousands separators are refused because `1,000` and `1.000` mean different things across locales.
 * Returns NaN for anything else.
 */
export function parsePolicyNumber(value: number | string): number {
  if (typeof value === "number") return value;
  const text = value.trim();
  const percent = text.endsWith("%");
  const digits = (percent ? text.slice(0, -1) : text).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) return NaN;
  const number = Number(digits);
  return percent ? number / 100 : number;
}
