import { type AgingGroup, type AgingTotal } from "../agingResult";

/** Groups listed per currency among the top overdue. */
const TOP_OVERDUE = 10;

function before(a: AgingGroup, b: AgingGroup): boolean {
  return a.overdue > b.overdue || (a.overdue === b.overdue && a.key < b.key);
}

/**
 * Up to 10 groups per currency with the most overdue, largest first (ties by key), currencies in the order of
 * `totals`. One pass keeping a short sorted list per currency, instead of sorting every group.
 *
 * @example
 * mostOverdue(result.groups, result.totals).map((g) => g.key); // ["C12", "C11", …]
 */
export function mostOverdue(groups: readonly AgingGroup[], totals: readonly AgingTotal[]): AgingGroup[] {
  const top = new Map<string, AgingGroup[]>(totals.map((t) => [t.currency, []]));
  for (const group of groups) {
    if (!(group.overdue > 0)) continue;
    const list = top.get(group.currency);
    if (list === undefined) continue;
    const last = list[list.length - 1];
    if (list.length === TOP_OVERDUE && last !== undefined && !before(group, last)) continue;
    let at = list.length;
    while (at > 0 && before(group, list[at - 1] as AgingGroup)) at -= 1;
    list.splice(at, 0, group);
    if (list.length > TOP_OVERDUE) list.pop();
  }
  return totals.flatMap((t) => top.get(t.currency) ?? []);
}
