import { type AgingGroup } from "../agingResult";
import { type MasterEntry } from "../customerMaster";

/**
 * A customer's report line with its master data: limit, utilisation (open / limit, `null` without a positive
 * limit — a zero limit means no credit, and any balance is then simply over it), grade, terms, last review.
 * The limit is taken to be in the currency of the line.
 *
 * @example
 * withMaster(group, { customer: "ACME", limit: 1000, terms: 30, grade: "B", lastReview: null, row: 2 }).utilisation; // 0.25 for open 250
 */
export function withMaster(group: AgingGroup, entry: MasterEntry | undefined): AgingGroup {
  const limit = entry?.limit ?? null;
  return {
    ...group,
    limit,
    utilisation: limit !== null && limit > 0 ? group.open / limit : null,
    grade: entry?.grade ?? null,
    terms: entry?.terms ?? null,
    lastReview: entry?.lastReview ?? null,
    inMaster: entry !== undefined,
  };
}
