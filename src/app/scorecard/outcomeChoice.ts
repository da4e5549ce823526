import { type CreditError, isCreditError } from "../../core/errors";
import { proposeOutcomeMapping, type ProposedOutcomeMapping } from "../../core/scorecard";
import { type HistoryColumn } from "./historyTable";

/**
 * A value of the outcome column and how many rows hold it.
 *
 * @example
 * const value: OutcomeValueCount = { value: "2", count: 300 };
 */
export interface OutcomeValueCount {
  readonly value: string;
  readonly count: number;
}

/**
 * What the Fit view shows once an outcome column is chosen: the column's values with their counts, and the
 * proposed good / bad mapping for the user to confirm — or why none could be proposed.
 *
 * @example
 * const choice: OutcomeChoice = { column, values: [{ value: "1", count: 700 }, { value: "2", count: 300 }],
 *   blank: 0, proposal: { good: ["1"], bad: ["2"], basis: "oneTwo" }, problem: null };
 */
export interface OutcomeChoice {
  readonly column: HistoryColumn;
  /** Distinct values as trimmed text, the most frequent first. */
  readonly values: readonly OutcomeValueCount[];
  /** Rows whose outcome is blank (they are left out of the fit). */
  readonly blank: number;
  readonly proposal: ProposedOutcomeMapping | null;
  /** Why there is no proposal: `outcomeAmbiguous`, `outcomeSingleValue` or `outcomeColumnEmpty`. */
  readonly problem: CreditError | null;
}

/**
 * The values of an outcome column and the mapping proposed for them (`proposeOutcomeMapping`, the header
 * telling a flag of goods from a flag of bads).
 *
 * @example
 * outcomeChoice(historyColumn(history, "Outcome")!).proposal; // { good: ["1"], bad: ["2"], basis: "oneTwo" }
 */
export function outcomeChoice(column: HistoryColumn): OutcomeChoice {
  const counts = new Map<string, number>();
  let blank = 0;
  for (const value of column.values) {
    const text = value === null || value === undefined ? "" : String(value).trim();
    if (text === "") blank++;
    else counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const values = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const proposed = proposeOutcomeMapping(column.values, column.header);
  return {
    column,
    values,
    blank,
    proposal: isCreditError(proposed) ? null : proposed,
    problem: isCreditError(proposed) ? proposed : null,
  };
}
