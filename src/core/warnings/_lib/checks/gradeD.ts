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
import { gradeVerdict } from "../gradeVerdict";
import { masterWith } from "../masterWith";

/**
 * grade-d (high): a customer rated D in the master (or scored below 60) with an open balance. Customers with
 * a balance but no grade are counted as not assessed.
 *
 * @example
 * gradeD(ctx, { score: 60 }).results[0]?.value; // "D"
 */
export const gradeD: RuleCheck = (ctx, thresholds) => {
  const master = masterWith(ctx, "grade");
  if (typeof master === "string") return notRun(master);
  const scoreBelow = thresholdOf(thresholds, "score");
  const results = [];
  const skipped = new NotAssessed("grade-d");
  for (let line = 0; line < ctx.lines.count; line++) {
    const open = ctx.lines.openMinor[line] as number;
    if (open <= 0) continue;
    const entry = master.entryOfGroup[ctx.lines.group[line] as number];
    const grade = entry?.grade ?? null;
    if (grade === null) {
      skipped.add("noGrade", lineCustomer(ctx, line));
      continue;
    }
    const verdict = gradeVerdict(grade, scoreBelow);
    if (!verdict.isD) continue;
    results.push(
      finding(ctx, "grade-d", line, {
        value: verdict.value,
        threshold: verdict.threshold,
        unit: verdict.unit,
        amountAtRisk: lineAmount(ctx, line, open),
        rows: lineRows(ctx, line),
        masterRow: entry?.row ?? null,
      }),
    );
  }
  return { results, notRun: null, notAssessed: skipped.list() };
};
