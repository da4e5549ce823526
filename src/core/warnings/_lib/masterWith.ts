import { type MasterField } from "../../ledger";
import { type CheckContext } from "./checkContext";
import { type MasterView } from "./masterView";

const COLUMN_REASONS: Readonly<Record<Exclude<MasterField, "customer" | "orders">, string>> = {
  limit: "noLimitColumn",
  terms: "noTermsColumn",
  grade: "noGradeColumn",
  lastReview: "noReviewColumn",
};

/**
 * The master when it has the column a rule needs, else why the rule cannot run: no master, a master without
 * a customer column, or one without that column.
 *
 * @example
 * const master = masterWith(ctx, "limit");
 * if (typeof master === "string") return notRun(master); // "noLimitColumn", …
 */
export function masterWith(
  ctx: CheckContext,
  column: Exclude<MasterField, "customer" | "orders">,
): MasterView | string {
  if (ctx.master === null) return "noMaster";
  if (!ctx.master.hasCustomer) return "masterNoCustomer";
  if (!ctx.master.has[column]) return COLUMN_REASONS[column];
  return ctx.master;
}
