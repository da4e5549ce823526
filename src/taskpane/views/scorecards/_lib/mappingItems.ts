/**
 * The items of the card a customer table's columns can feed — the customer, each factor of the weighted
 * card, and the figures the limit and the rating need — and how a column chosen in the mapping step changes
 * the mapping. A factor keeps the source CreditKit proposed for a column (the bands of the metric its header
 * names); a new column is scored as it is, or through a metric's bands when its numbers leave the 1–5 scale.
 */
import {
  CUSTOMER_FIELDS,
  type CustomerField,
  type CustomerTableMapping,
  type FactorSource,
  factorSourceFor,
} from "../../../../core/scores";
import { DEFAULT_SCORECARD_FACTORS, type ScorecardFactorId } from "../../../../core/templates";
import { type RawCell } from "../../../../host";

/** A field of the customer table or a factor of the card. */
export type MappingItem =
  | { readonly kind: "field"; readonly id: CustomerField }
  | { readonly kind: "factor"; readonly id: ScorecardFactorId };

/**
 * The customer field first (every row needs it), then the card's factors in its order, then the figures.
 *
 * @example
 * MAPPING_ITEMS[0]; // { kind: "field", id: "customer" }
 */
export const MAPPING_ITEMS: readonly MappingItem[] = Object.freeze([
  { kind: "field", id: "customer" },
  ...DEFAULT_SCORECARD_FACTORS.map((factor): MappingItem => ({ kind: "factor", id: factor.id })),
  ...CUSTOMER_FIELDS.filter((field) => field !== "customer").map((field): MappingItem => ({
    kind: "field",
    id: field,
  })),
]);

/**
 * A key unique among the items, for React and for remembering which rows the user touched.
 *
 * @example
 * itemKey({ kind: "factor", id: "solvency" }); // "factor:solvency"
 */
export function itemKey(item: MappingItem): string {
  return `${item.kind}:${item.id}`;
}

/**
 * The column (0-based, within the table) that feeds `item`, undefined when none does.
 *
 * @example
 * columnOf({ fields: { customer: 0 }, factors: {} }, { kind: "field", id: "customer" }); // 0
 */
export function columnOf(mapping: CustomerTableMapping, item: MappingItem): number | undefined {
  return item.kind === "field" ? mapping.fields[item.id] : mapping.factors[item.id]?.column;
}

/**
 * How `item` is fed through bands, or null when it is not (a field, a score column, or nothing).
 *
 * @example
 * bandsOf(mapping, { kind: "factor", id: "solvency" }); // { metric: "currentRatio" }
 */
export function bandsOf(
  mapping: CustomerTableMapping,
  item: MappingItem,
): { readonly metric: string | null } | null {
  if (item.kind !== "factor") return null;
  const source = mapping.factors[item.id];
  return source?.kind === "banded" ? { metric: source.metric } : null;
}

/**
 * The mapping with `item` fed by `column`, or by nothing for `null`. `proposed` is the mapping CreditKit
 * proposed, whose source for that column a factor takes back; `rows` are the table's rows, which tell a
 * column of scores from one of a raw metric.
 *
 * @example
 * withColumn(mapping, { kind: "factor", id: "paymentHistory" }, 3, proposed, rows).factors.paymentHistory;
 * // { kind: "score", column: 3 } when column 3 holds scores from 1 to 5
 */
export function withColumn(
  mapping: CustomerTableMapping,
  item: MappingItem,
  column: number | null,
  proposed: CustomerTableMapping,
  rows: readonly (readonly RawCell[])[],
): CustomerTableMapping {
  if (item.kind === "field") {
    const { [item.id]: _dropped, ...fields } = mapping.fields;
    return { ...mapping, fields: column === null ? fields : { ...fields, [item.id]: column } };
  }
  const { [item.id]: _dropped, ...factors } = mapping.factors;
  if (column === null) return { ...mapping, factors };
  const again = proposed.factors[item.id];
  const source: FactorSource =
    again !== undefined && again.column === column ? again : factorSourceFor(item.id, column, rows);
  return { ...mapping, factors: { ...factors, [item.id]: source } };
}
