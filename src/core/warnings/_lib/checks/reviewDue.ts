import { type RuleCheck, finding, lineAmount, notRun, thresholdOf } from "../checkContext";
import { masterWith } from "../masterWith";
import { monthsBefore } from "../monthsBefore";

/**
 * review-due (low): a customer with an open balance whose last credit review is older than 12 months — before
 * the same day 12 calendar months before the as-of date — or who has no review on record (value `null`).
 * Value and threshold are days before the as-of date: of the review, and of that cut-off day.
 *
 * @example
 * reviewDue(ctx, { months: 12 }).results[0]?.value; // 400 (days since the review), threshold 365
 */
export const reviewDue: RuleCheck = (ctx, thresholds) => {
  const master = masterWith(ctx, "lastReview");
  if (typeof master === "string") return notRun(master);
  const cutoff = monthsBefore(ctx.asOfDay, thresholdOf(thresholds, "months"));
  const results = [];
  for (let line = 0; line < ctx.lines.count; line++) {
    const open = ctx.lines.openMinor[line] as number;
    if (open <= 0) continue;
    const entry = master.entryOfGroup[ctx.lines.group[line] as number];
    const review = entry?.lastReview ?? null;
    if (review !== null && Math.floor(review) >= cutoff) continue;
    results.push(
      finding(ctx, "review-due", line, {
        value: review === null ? null : ctx.asOfDay - Math.floor(review),
        threshold: cutoff === -Infinity ? null : ctx.asOfDay - cutoff,
        unit: "days",
        amountAtRisk: lineAmount(ctx, line, open),
        rows: [],
        masterRow: entry?.row ?? null,
      }),
    );
  }
  return { results, notRun: null, notAssessed: [] };
};
