/**
 * The user's good / bad choice over an outcome column's values: the ticked values mean good, every other
 * value bad — so a column of two values needs one tick, and no value is ever left unmapped.
 */
import { type OutcomeChoice } from "../../../../app/scorecard/runFit";
import { type CreditError } from "../../../../core/errors";
import { outcomeMapping, type OutcomeMapping } from "../../../../core/scorecard";

/**
 * Past this many values a column is not an outcome, and ticking them all would swamp the pane.
 *
 * @example
 * choice.values.length > MOST_OUTCOME_VALUES; // a column of amounts, not of outcomes
 */
export const MOST_OUTCOME_VALUES = 12;

/**
 * Whether the user can map the column's values: a single value or none cannot make goods and bads, and
 * past {@link MOST_OUTCOME_VALUES} the column is no outcome; an ambiguous proposal only needs the ticks.
 *
 * @example
 * canMapOutcome(outcomeChoice(regionColumn)); // false: every row is "North"
 */
export function canMapOutcome(choice: OutcomeChoice): boolean {
  const mappable = choice.problem === null || choice.problem.id === "outcomeAmbiguous";
  return mappable && choice.values.length <= MOST_OUTCOME_VALUES;
}

/**
 * The values ticked as good when a column is chosen: the proposed good values, or none.
 *
 * @example
 * initialGood(choice); // Set { "1" } for a 1/2 column
 */
export function initialGood(choice: OutcomeChoice): ReadonlySet<string> {
  return new Set(choice.proposal?.good ?? []);
}

/**
 * The mapping the ticks mean, checked by the engine (`outcomeMappingNoGood` / `outcomeMappingNoBad`).
 *
 * @example
 * goodMapping(choice, new Set(["good"])); // { good: ["good"], bad: ["bad"] }
 */
export function goodMapping(choice: OutcomeChoice, good: ReadonlySet<string>): OutcomeMapping | CreditError {
  const values = choice.values.map((v) => v.value);
  return outcomeMapping(
    values.filter((value) => good.has(value)),
    values.filter((value) => !good.has(value)),
  );
}

/**
 * Rows on each side of the ticks (blank outcomes on neither).
 *
 * @example
 * outcomeCounts(choice, new Set(["good"])); // { goods: 210, bads: 90 }
 */
export function outcomeCounts(
  choice: OutcomeChoice,
  good: ReadonlySet<string>,
): { readonly goods: number; readonly bads: number } {
  let goods = 0;
  let bads = 0;
  for (const { value, count } of choice.values) {
    if (good.has(value)) goods += count;
    else bads += count;
  }
  return { goods, bads };
}
