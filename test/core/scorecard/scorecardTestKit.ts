// Shared helpers of the scorecard engine tests (not a test file itself).
import { type CreditError, isCreditError } from "../../../src/core/errors";
import type { OutcomeFlags } from "../../../src/core/scorecard";

/** Throws when a core call refused: tests that expect success say so loudly. */
export function ok<T>(value: T | CreditError): T {
  if (isCreditError(value))
    throw new Error(`unexpected CreditError ${value.id} ${JSON.stringify(value.params)}`);
  return value;
}

/** Outcome flags of a sample where every row has an outcome: 1 = bad, 0 = good — built without the core. */
export function flagsOf(bad: readonly number[]): OutcomeFlags {
  const bads = bad.filter((b) => b === 1).length;
  return {
    bad: Uint8Array.from(bad),
    rows: Uint32Array.from(bad.keys()),
    goods: bad.length - bads,
    bads,
    blank: 0,
  };
}

/** `count` copies of `value`: test samples are written as runs of identical rows. */
export const times = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);
