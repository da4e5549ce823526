import { type CreditError, creditError } from "../../errors";

/**
 * A capacity cap: `figure × pct`, or `null` when the figure is not known. Zero or negative net worth or
 * working capital leaves no capacity at all, so the cap is 0 (no credit), not a negative limit.
 */
export function capacityCap(
  arg: string,
  figure: number | null | undefined,
  pct: number,
): number | null | CreditError {
  if (figure === null || figure === undefined) return null;
  if (!Number.isFinite(figure)) return creditError("#VALUE!", "notANumber", { arg });
  return figure <= 0 ? 0 : figure * pct;
}
