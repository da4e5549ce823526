import { creditError, type CreditError } from "../errors";
import { outcomeKey } from "./_lib/outcomeKey";
import type { OutcomeMapping } from "./outcomeMapping";
import type { RawValue } from "./types";

/**
 * The outcome of every row of a history table, read through a confirmed {@link OutcomeMapping}.
 *
 * @example
 * const flags: OutcomeFlags = {
 *   bad: Uint8Array.of(0, 1, 0),
 *   rows: Uint32Array.of(0, 1),
 *   goods: 1,
 *   bads: 1,
 *   blank: 1,
 * };
 */
export interface OutcomeFlags {
  /** 1 for a bad row, 0 for a good one — and 0 for a row with no outcome, which {@link rows} leaves out. */
  readonly bad: Uint8Array;
  /** The rows that have an outcome (0-based positions in the column), ascending: the development sample. */
  readonly rows: Uint32Array;
  readonly goods: number;
  readonly bads: number;
  /** Rows whose outcome is blank: they cannot teach the card anything, so they are left out and counted. */
  readonly blank: number;
}

/**
 * Reads an outcome column through a confirmed mapping. A blank outcome leaves its row out of the sample (and
 * is counted); a value the mapping does not name is refused with its row, never guessed.
 *
 * @example
 * outcomeFlags(["1", "2", "", 1], { good: ["1"], bad: ["2"] });
 * // { bad: [0, 1, 0, 0], rows: [0, 1, 3], goods: 2, bads: 1, blank: 1 }
 * outcomeFlags(["1", "3"], { good: ["1"], bad: ["2"] });
 * // CreditError outcomeValueUnmapped { value: "3", row: 2 }
 */
export function outcomeFlags(
  values: readonly RawValue[],
  mapping: OutcomeMapping,
): OutcomeFlags | CreditError {
  const meaning = new Map<string, 0 | 1>();
  for (const value of mapping.good) {
    const key = outcomeKey(value);
    if (key !== null) meaning.set(key, 0);
  }
  for (const value of mapping.bad) {
    const key = outcomeKey(value);
    if (key === null) continue;
    if (meaning.get(key) === 0)
      return creditError("#VALUE!", "outcomeMappingOverlap", { value: value.trim() });
    meaning.set(key, 1);
  }
  const bad = new Uint8Array(values.length);
  const rows: number[] = [];
  let bads = 0;
  let blank = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const key = outcomeKey(value);
    if (key === null) {
      blank++;
      continue;
    }
    const flag = meaning.get(key);
    if (flag === undefined) {
      return creditError("#VALUE!", "outcomeValueUnmapped", { value: String(value).trim(), row: i + 1 });
    }
    bad[i] = flag;
    bads += flag;
    rows.push(i);
  }
  const goods = rows.length - bads;
  if (goods === 0) return creditError("#VALUE!", "outcomeNoGoods", { rows: rows.length });
  if (bads === 0) return creditError("#VALUE!", "outcomeNoBads", { rows: rows.length });
  return { bad, rows: Uint32Array.from(rows), goods, bads, blank };
}
