import type { CreditError } from "../errors";
import { tallyBins } from "./_lib/tallyBins";
import type { CharacteristicBins } from "./characteristicBins";
import type { OutcomeFlags } from "./outcomeFlags";
import type { BinnedCharacteristicInput } from "./types";

/**
 * Cuts a characteristic into the given bins — proposed by {@link proposeBinning} or edited by the user — and
 * counts the bin table on `rows` (default every row with an outcome): count, goods, bads, bad rate, WOE =
 * ln(%good / %bad) and IV contribution per bin, the total IV and its strength. Blanks (and, for a numeric
 * characteristic, cells that are not numbers) get a missing bin of their own, last, when there are any.
 *
 * The binning is checked the way a user could get it wrong: cuts must be numbers in ascending order, a level
 * may sit in one group only, every level of the sample must be in a group, and no bin may be empty.
 *
 * @example
 * const duration = { name: "Duration", values: months, binning: { kind: "numeric", cuts: [12, 24] } };
 * binCharacteristic(duration, flags);
 * // bins: < 12, 12 to < 24, ≥ 24 with their counts and WOE; iv 0.17, strength "medium"
 * const housing = { name: "Housing", values: codes, binning: { kind: "categorical", groups: [["A152"]] } };
 * binCharacteristic(housing, flags);
 * // CreditError binLevelNotGrouped { characteristic: "Housing", level: "A151" }
 */
export function binCharacteristic(
  characteristic: BinnedCharacteristicInput,
  outcomes: OutcomeFlags,
  rows: ArrayLike<number> = outcomes.rows,
): CharacteristicBins | CreditError {
  return tallyBins(characteristic, outcomes, rows);
}
