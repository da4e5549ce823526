import { above } from "../compareWithThreshold";
import {
  type RuleCheck,
  NotAssessed,
  finding,
  lineAmount,
  lineCustomer,
  lineRounded,
  lineRows,
  notRun,
  thresholdOf,
} from "../checkContext";
import { lineExposureMinor } from "../lineExposure";
import { masterWith } from "../masterWith";

/**
 * over-limit (high): exposure — open receivables plus open orders — above the credit limit (× 1 + tolerance).
 * A limit of 0 means no credit, so any exposure is over it. Customers without a limit are left to no-limit
 * and counted as not assessed here.
 *
 * @example
 * overLimit(ctx, { tolerance: 0 }).results[0]?.value; // 12000 (exposure) against threshold 10000
 */
export const overLimit: RuleCheck = (ctx, thresholds) => {
  const master = masterWith(ctx, "limit");
  if (typeof master === "string") return notRun(master);
  const tolerance = thresholdOf(thresholds, "tolerance");
  const results = [];
  const skipped = new NotAssessed("over-limit");
  for (let line = 0; line < ctx.lines.count; line++) {
    const entry = master.entryOfGroup[ctx.lines.group[line] as number];
    const exposureMinor = lineExposureMinor(ctx, line, entry);
    if (exposureMinor <= 0) continue;
    const limit = entry?.limit ?? null;
    if (limit === null) {
      skipped.add("noLimit", lineCustomer(ctx, line));
      continue;
    }
    const exposure = lineAmount(ctx, line, exposureMinor);
    if (limit > 0 && !above(exposure / limit, 1 + tolerance)) continue;
    results.push(
      finding(ctx, "over-limit", line, {
        value: exposure,
        threshold: lineRounded(ctx, line, limit * (1 + tolerance)),
        unit: "amount",
        amountAtRisk: lineAmount(ctx, line, ctx.lines.openMinor[line] as number),
        rows: lineRows(ctx, line),
        masterRow: entry?.row ?? null,
      }),
    );
  }
  return { results, notRun: null, notAssessed: skipped.list() };
};
