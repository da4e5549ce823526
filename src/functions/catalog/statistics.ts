/**
 * Scorecard statistics (DESIGN §3.7, issue 8) over Excel arguments: weight of evidence, information value and
 * population stability of a binned characteristic, computed by the scorecard engine.
 */
import { type CreditError, creditError, isCreditError } from "../../core/errors";
import { populationStability, type WeightOfEvidence, weightOfEvidence } from "../../core/scorecard";
import { locateError, numbersKeepingBlanks, placesOf, toRows } from "../args";
import { type CellResult, type FunctionResult } from "../excel/values";

/** Two parallel ranges of per-bin figures, read pair by pair. */
interface BinPairs {
  readonly first: number[];
  readonly second: number[];
  /** One flag per cell in reading order: false where both cells are blank and the bin is skipped. */
  readonly kept: boolean[];
}

/**
 * Reads two ranges with one figure per bin, paired cell by cell in reading order. A bin blank on both
 * sides is skipped (a range selected past the last bin); a bin blank on one side only is missing data,
 * #N/A, rather than a silent 0 — as CREDIT.ECL treats its balances and loss rates.
 */
function binPairs(
  first: unknown,
  second: unknown,
  firstName: string,
  secondName: string,
): BinPairs | CreditError {
  const a = numbersKeepingBlanks(first, firstName);
  if (isCreditError(a)) return a;
  const b = numbersKeepingBlanks(second, secondName);
  if (isCreditError(b)) return b;
  if (a.length !== b.length) {
    return creditError("#VALUE!", "lengthMismatch", {
      first: firstName,
      firstLength: a.length,
      second: secondName,
      secondLength: b.length,
    });
  }
  const pairs: BinPairs = { first: [], second: [], kept: [] };
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    pairs.kept.push(x !== null || y !== null);
    if (x === null && y === null) continue;
    if (x === null || y === null) {
      return creditError("#N/A", "pairIncomplete", {
        arg: x === null ? firstName : secondName,
        index: i + 1,
      });
    }
    pairs.first.push(x);
    pairs.second.push(y);
  }
  return pairs;
}

/**
 * The engine counts bins without the skipped blanks; the user counts the cells of the range the error
 * names, so its item number is re-aimed at that range.
 */
function locatedInRange(
  error: CreditError,
  pairs: BinPairs,
  ranges: readonly (readonly [name: string, value: unknown])[],
): CreditError {
  const range = ranges.find(([name]) => name === error.params.arg);
  if (range === undefined) return error;
  return locateError(
    error,
    placesOf(range[1], (_cell, i) => pairs.kept[i] === true),
  );
}

/** Counts so large that their totals overflow leave no share to work with. */
function finite(value: number): number | CreditError {
  return Number.isFinite(value) ? value : creditError("#NUM!", "numberTooLarge");
}

/** Weight of evidence of goods and bads counted per bin, with the pairs it was read from. */
function woeOf(goods: unknown, bads: unknown): { pairs: BinPairs; woe: WeightOfEvidence } | CreditError {
  const pairs = binPairs(goods, bads, "goods", "bads");
  if (isCreditError(pairs)) return pairs;
  const woe = weightOfEvidence(pairs.first, pairs.second);
  if (isCreditError(woe))
    return locatedInRange(woe, pairs, [
      ["goods", goods],
      ["bads", bads],
    ]);
  return { pairs, woe };
}

/**
 * `CREDIT.WOE(goods, bads)`: spills the weight of evidence ln(%good / %bad) of each bin in the shape of
 * `goods` (a column in, a column out); a bin left blank on both sides shows blank. A bin with no goods or
 * no bads gets the engine's 0.5 zero-cell adjustment.
 *
 * @example
 * woeFn([[50], [50]], [[10], [30]]); // [[0.6931…], [−0.4055…]] — ln(0.5 / 0.25) and ln(0.5 / 0.75)
 */
export function woeFn(goods: unknown, bads: unknown): FunctionResult {
  const read = woeOf(goods, bads);
  if (isCreditError(read)) return read;
  const { pairs, woe } = read;
  // Overflowing totals spoil every bin's share, so the whole result is the error, not a block of them.
  if (!woe.bins.every((bin) => Number.isFinite(bin.woe))) return creditError("#NUM!", "numberTooLarge");
  const values = woe.bins.map((bin) => bin.woe);
  let next = 0;
  let flat = 0;
  return toRows(goods).map((row) =>
    row.map((): CellResult => (pairs.kept[flat++] === true ? (values[next++] ?? "") : "")),
  );
}

/**
 * `CREDIT.INFOVALUE(goods, bads)`: the information value Σ (%good − %bad) · WOE over the bins.
 *
 * @example
 * infoValueFn([[50], [50]], [[10], [30]]); // 0.2747 = 0.25 · ln 2 + 0.25 · ln 1.5
 */
export function infoValueFn(goods: unknown, bads: unknown): FunctionResult {
  const read = woeOf(goods, bads);
  return isCreditError(read) ? read : finite(read.woe.iv);
}

/**
 * `CREDIT.PSI(expected, actual)`: the population stability index Σ (actual% − expected%) · ln(actual% /
 * expected%) between the development sample and a new one, each given as counts or shares per bin (each
 * side is divided by its own total; an empty bin counts as the engine's 0.01 % share).
 *
 * @example
 * psiFn([[400], [600]], [[50], [50]]); // 0.0405 = 0.1 · ln 1.25 + 0.1 · ln 1.2
 */
export function psiFn(expected: unknown, actual: unknown): FunctionResult {
  const pairs = binPairs(expected, actual, "expected", "actual");
  if (isCreditError(pairs)) return pairs;
  const stability = populationStability(pairs.first, pairs.second);
  return isCreditError(stability)
    ? locatedInRange(stability, pairs, [
        ["expected", expected],
        ["actual", actual],
      ])
    : finite(stability.psi);
}
