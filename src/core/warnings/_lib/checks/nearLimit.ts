import { above, atLeast } from "../compareWithThreshold";
import {
  type RuleCheck,
  NotAssessed,
  finding,
  lineAmount,
  lineCustomer,
  lineRows,
  notRun,
  thresholdOf,
} from "../checkContext";
import { lineExposureMinor } from "../lineExposure";
import { masterWith } from "../masterWith";

/**
 * near-limit (low / medium): utilisation — exposure / credit limit — at or above the low band, medium from the
 * medium band, up to where over-limit starts (the limit × 1 + over-limit's tolerance): a customer over its
 * limit is over-limit's, not also near it.
 *
 * @example
 * nearLimit(ctx, { low: 0.8, medium: 0.9 }).results[0]?.severity; // "medium" for utilisation 0.95
 */
export const nearLimit: RuleCheck = (ctx, thresholds) => {
  const master = masterWith(ctx, "limit");
  if (typeof master === "string") return notRun(master);
  const low = thresholdOf(thresholds, "low");
  const medium = thresholdOf(thresholds, "medium");
  const overLine = 1 + thresholdOf(ctx.settings.rules["over-limit"].thresholds, "tolerance");
  const results = [];
  const skipped = new NotAssessed("near-limit");
  for (let line = 0; line < ctx.lines.count; line++) {
    const entry = master.entryOfGroup[ctx.lines.group[line] as number];
    const exposureMinor = lineExposureMinor(ctx, line, entry);
    if (exposureMinor <= 0) continue;
    const limit = entry?.limit ?? null;
    if (limit === null) {
      skipped.add("noLimit", lineCustomer(ctx, line));
      continue;
    }
    if (limit === 0) continue; // no credit at all: any exposure is over-limit's
    const utilisation = lineAmount(ctx, line, exposureMinor) / limit;
    if (above(utilisation, overLine)) continue;
    const band = atLeast(utilisation, medium) ? "medium" : atLeast(utilisation, low) ? "low" : null;
    if (band === null) continue;
    results.push(
      finding(ctx, "near-limit", line, {
        value: utilisation,
        threshold: band === "medium" ? medium : low,
        unit: "share",
        severity: band,
        amountAtRisk: lineAmount(ctx, line, ctx.lines.openMinor[line] as number),
        rows: lineRows(ctx, line),
        masterRow: entry?.row ?? null,
      }),
    );
  }
  return { results, notRun: null, notAssessed: skipped.list() };
};
