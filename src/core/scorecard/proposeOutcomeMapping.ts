import { creditError, type CreditError } from "../errors";
import { outcomeKey } from "./_lib/outcomeKey";
import {
  BAD_FLAG_HEADER,
  BAD_WORDS,
  GOOD_FLAG_HEADER,
  GOOD_WORDS,
  NO_WORDS,
  YES_WORDS,
} from "./_lib/outcomeWords";
import type { OutcomeMapping } from "./outcomeMapping";
import type { RawValue } from "./types";

/**
 * Why a mapping was proposed: `words` (the values say good / bad, 好 / 坏, default…), `oneTwo` (1 = good, 2 =
 * bad, the convention of the UCI German credit data), `badFlag` (a yes / no or 0 / 1 flag marking bads) or
 * `goodFlag` (a flag marking goods).
 *
 * @example
 * const basis: OutcomeMappingBasis = "oneTwo";
 */
export type OutcomeMappingBasis = "words" | "oneTwo" | "badFlag" | "goodFlag";

/**
 * A mapping proposed from the values of an outcome column, for the user to confirm or correct.
 *
 * @example
 * const proposal: ProposedOutcomeMapping = { good: ["1"], bad: ["2"], basis: "oneTwo" };
 */
export interface ProposedOutcomeMapping extends OutcomeMapping {
  readonly basis: OutcomeMappingBasis;
}

/** How many distinct values an ambiguity error lists; more only make the message longer, not clearer. */
const LISTED_VALUES = 6;

/**
 * Proposes which outcome values are good and which bad. Words that say it (good / bad, 好 / 坏, default,
 * written off…) are read as such; exactly 1 and 2 follow the German credit convention (1 good, 2 bad); a 0 /
 * 1 or yes / no flag marks bads unless `header` says it marks goods (`Good`, `Paid`, `正常`) — with no header,
 * 0 / 1 follows the credit-scoring convention "1 = the event = bad", while yes / no, which has no such
 * convention, is ambiguous. Anything else is ambiguous: the error names the values so the user can map them.
 * The proposal is only a proposal: the caller shows it and the user confirms it.
 *
 * @example
 * proposeOutcomeMapping([1, 2, 1]); // { good: ["1"], bad: ["2"], basis: "oneTwo" }
 * proposeOutcomeMapping(["Good", "bad", "good"]); // { good: ["Good"], bad: ["bad"], basis: "words" }
 * proposeOutcomeMapping(["Y", "N"], "Paid on time"); // { good: ["Y"], bad: ["N"], basis: "goodFlag" }
 * proposeOutcomeMapping(["A", "B"]); // CreditError outcomeAmbiguous { values: "A, B" }
 */
export function proposeOutcomeMapping(
  values: readonly RawValue[],
  header?: string | null,
): ProposedOutcomeMapping | CreditError {
  const texts = new Map<string, string>();
  for (const value of values) {
    const key = outcomeKey(value);
    if (key !== null && !texts.has(key)) texts.set(key, String(value).trim());
  }
  const keys = [...texts.keys()];
  const textOf = (key: string): string => texts.get(key) ?? key;
  if (keys.length === 0) return creditError("#VALUE!", "outcomeColumnEmpty");
  if (keys.length === 1)
    return creditError("#VALUE!", "outcomeSingleValue", { value: textOf(keys[0] as string) });

  if (keys.every((k) => GOOD_WORDS.has(k) || BAD_WORDS.has(k))) {
    const good = keys.filter((k) => GOOD_WORDS.has(k)).map(textOf);
    const bad = keys.filter((k) => BAD_WORDS.has(k)).map(textOf);
    if (good.length > 0 && bad.length > 0) return { good, bad, basis: "words" };
  }
  if (keys.length === 2 && keys.includes("1") && keys.includes("2")) {
    return { good: [textOf("1")], bad: [textOf("2")], basis: "oneTwo" };
  }
  const yes = keys.find((k) => YES_WORDS.has(k));
  const no = keys.find((k) => NO_WORDS.has(k));
  if (keys.length === 2 && yes !== undefined && no !== undefined) {
    const named = header ?? "";
    const marksBads = BAD_FLAG_HEADER.test(named);
    const marksGoods = !marksBads && GOOD_FLAG_HEADER.test(named);
    if (marksGoods) return { good: [textOf(yes)], bad: [textOf(no)], basis: "goodFlag" };
    if (marksBads || (yes === "1" && no === "0")) {
      return { good: [textOf(no)], bad: [textOf(yes)], basis: "badFlag" };
    }
  }
  const listed = keys.slice(0, LISTED_VALUES).map(textOf).join(", ");
  return creditError("#VALUE!", "outcomeAmbiguous", {
    values: keys.length > LISTED_VALUES ? `${listed}, …` : listed,
    count: keys.length,
  });
}
