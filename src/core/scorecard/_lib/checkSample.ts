import { creditError, type CreditError } from "../../errors";
import type { OutcomeFlags } from "../outcomeFlags";
import type { Characteristic } from "../types";

/** A characteristic's column must run alongside the outcome column, row for row. */
export function checkLength(characteristic: Characteristic, outcomes: OutcomeFlags): CreditError | undefined {
  if (characteristic.values.length === outcomes.bad.length) return undefined;
  return creditError("#VALUE!", "listLengthMismatch", {
    arg: characteristic.name,
    actual: characteristic.values.length,
    other: "outcome",
    expected: outcomes.bad.length,
  });
}

/** Goods and bads among `rows`; a sample without both cannot weigh any evidence. */
export function sampleTotals(
  outcomes: OutcomeFlags,
  rows: ArrayLike<number>,
): { goods: number; bads: number } | CreditError {
  let bads = 0;
  for (let i = 0; i < rows.length; i++) bads += outcomes.bad[rows[i] as number] as number;
  const goods = rows.length - bads;
  if (goods === 0) return creditError("#VALUE!", "outcomeNoGoods", { rows: rows.length });
  if (bads === 0) return creditError("#VALUE!", "outcomeNoBads", { rows: rows.length });
  return { goods, bads };
}
