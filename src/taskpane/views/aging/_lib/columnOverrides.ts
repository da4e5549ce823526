/**
 * The user's corrections of the detected columns, and what follows from them: the column each field
 * ends up with, the mapping handed to the run, how sure the view is of each field, and which
 * detection problems a correction settles.
 */
import { atLeast } from "../../../../core/_lib/compare";
import {
  type ColumnMapping,
  type LedgerDetection,
  type LedgerField,
  type LedgerProblem,
} from "../../../../core/ledger";

/** Per field: a 0-based column chosen by the user, or `null` for "— none —"; absent = keep the detection. */
export type ColumnOverrides = Partial<Record<LedgerField, number | null>>;

/** How a field's column came about, shown as a badge. */
export type ColumnConfidence = "high" | "check" | "missing" | "chosen";

/** Detection scores from here up need no second look. */
const HIGH_CONFIDENCE = 0.8;

/**
 * The column a field is read from after the user's corrections, `undefined` when none.
 *
 * @example
 * effectiveColumn({ customer: 0 }, { customer: 2 }, "customer"); // 2
 */
export function effectiveColumn(
  detected: ColumnMapping,
  overrides: ColumnOverrides,
  field: LedgerField,
): number | undefined {
  const chosen = overrides[field];
  if (chosen === null) return undefined;
  return chosen ?? detected[field];
}

/**
 * The corrections as the run's `mapping`: only the fields the user changed, "none" as `undefined` so it
 * replaces the detected column.
 *
 * @example
 * requestMapping({ paid: null, amount: 4 }); // { paid: undefined, amount: 4 }
 */
export function requestMapping(overrides: ColumnOverrides): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, column] of Object.entries(overrides) as [LedgerField, number | null][]) {
    mapping[field] = column ?? undefined;
  }
  return mapping;
}

/**
 * The badge of a field: the user's own choice, or the detection's score graded high (≥ 0.8) or check.
 *
 * @example
 * columnConfidence(detection, {}, "customer"); // "high" when the header says "Customer"
 */
export function columnConfidence(
  detection: LedgerDetection,
  overrides: ColumnOverrides,
  field: LedgerField,
): ColumnConfidence {
  const chosen = overrides[field];
  if (chosen !== undefined && chosen !== (detection.mapping[field] ?? null)) return "chosen";
  if (detection.mapping[field] === undefined) return "missing";
  return atLeast(detection.confidence[field], HIGH_CONFIDENCE) ? "high" : "check";
}

// The "no such column" problems name no field; these are the fields that settle each of them.
const FIELDS_SETTLING: Readonly<Record<string, readonly LedgerField[]>> = {
  ledgerNoCustomerColumn: ["customer"],
  ledgerNoAmountColumn: ["amount", "open"],
  ledgerNoDateColumn: ["dueDate", "invoiceDate"],
};

/**
 * True when the user settled a detection problem by choosing a column for the field it is about (a
 * missing column, or an ambiguous one), so the view stops showing it.
 *
 * @example
 * problemSettled({ id: "ledgerNoCustomerColumn", severity: "blocking", params: {} }, { customer: 3 }); // true
 */
export function problemSettled(problem: LedgerProblem, overrides: ColumnOverrides): boolean {
  const named = problem.params.field;
  const fields = typeof named === "string" ? [named as LedgerField] : (FIELDS_SETTLING[problem.id] ?? []);
  return fields.some((field) => typeof overrides[field] === "number");
}
