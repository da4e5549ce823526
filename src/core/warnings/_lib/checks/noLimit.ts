import { type RuleCheck, finding, lineAmount, lineRows, notRun } from "../checkContext";
import { masterWith } from "../masterWith";

/**
 * no-limit (low): a customer with an open balance and no credit limit on record — not in the master, or in it
 * with the limit blank. A limit of 0 is on record (it means no credit; over-limit reports the balance).
 *
 * @example
 * noLimit(ctx, {}).results[0]?.value; // the balance, 1200
 */
export const noLimit: RuleCheck = (ctx) => {
  const master = masterWith(ctx, "limit");
  if (typeof master === "string") return notRun(master);
  const results = [];
  for (let line = 0; line < ctx.lines.count; line++) {
    const open = ctx.lines.openMinor[line] as number;
    if (open <= 0) continue;
    const entry = master.entryOfGroup[ctx.lines.group[line] as number];
    if (entry?.limit !== undefined && entry.limit !== null) continue;
    const balance = lineAmount(ctx, line, open);
    results.push(
      finding(ctx, "no-limit", line, {
        value: balance,
        threshold: null,
        unit: "amount",
        amountAtRisk: balance,
        rows: lineRows(ctx, line),
        masterRow: entry?.row ?? null,
      }),
    );
  }
  return { results, notRun: null, notAssessed: [] };
};
