import { creditError, isCreditError, type CreditError } from "../../errors";
import type { BinDescription, BinRow, CharacteristicBins } from "../characteristicBins";
import { ivStrength } from "../ivStrength";
import type { OutcomeFlags } from "../outcomeFlags";
import type { BinnedCharacteristicInput, BinningSpec } from "../types";
import { checkLength, sampleTotals } from "./checkSample";
import { locateBin, OUTSIDE_BINS } from "./locateBin";
import { levelKey, numericValue } from "./readValue";
import { woeCell } from "./woeCell";

/**
 * `binCharacteristic`, also writing each row's bin into `binOfRow` (indexed by row) when given — so a fit
 * that needs the bins of the training rows does not place them a second time.
 */
export function tallyBins(
  characteristic: BinnedCharacteristicInput,
  outcomes: OutcomeFlags,
  rows: ArrayLike<number>,
  binOfRow?: Int32Array,
): CharacteristicBins | CreditError {
  const { name, binning } = characteristic;
  const lengthProblem = checkLength(characteristic, outcomes);
  if (lengthProblem) return lengthProblem;
  const specProblem = checkBinning(name, binning);
  if (specProblem) return specProblem;
  const totals = sampleTotals(outcomes, rows);
  if (isCreditError(totals)) return totals;

  const regular = binning.kind === "numeric" ? binning.cuts.length + 1 : binning.groups.length;
  const counts = new Float64Array(regular + 1);
  const bads = new Float64Array(regular + 1);
  const locate = locateBin(binning);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const value = characteristic.values[row];
    let index = locate(value);
    if (index === OUTSIDE_BINS) {
      if (binning.kind === "categorical" && levelKey(value) !== null) {
        return creditError("#VALUE!", "binLevelNotGrouped", {
          characteristic: name,
          level: levelKey(value) ?? "",
        });
      }
      index = regular;
    }
    if (binOfRow) binOfRow[row] = index;
    counts[index] = (counts[index] as number) + 1;
    bads[index] = (bads[index] as number) + (outcomes.bad[row] as number);
  }
  const hasMissingBin = (counts[regular] as number) > 0;
  const numbered = rows.length - (counts[regular] as number);
  // A numeric column of blanks only has no ranges to show, just its missing bin.
  const ranges = binning.kind === "numeric" && numbered === 0 && binning.cuts.length === 0 ? 0 : regular;
  for (let i = 0; i < ranges; i++) {
    if (counts[i] === 0) return creditError("#VALUE!", "binEmpty", { characteristic: name, bin: i + 1 });
  }
  const bins: BinRow[] = [];
  const add = (i: number, description: BinDescription): void => {
    const count = counts[i] as number;
    const badCount = bads[i] as number;
    const goods = count - badCount;
    bins.push({
      description,
      count,
      goods,
      bads: badCount,
      badRate: badCount / count,
      ...woeCell(goods, badCount, totals.goods, totals.bads),
    });
  };
  for (let i = 0; i < ranges; i++) add(i, describe(binning, i));
  if (hasMissingBin) add(regular, { kind: "missing" });
  if (binOfRow && ranges !== regular) {
    // No ranges were kept (a numeric column of blanks only): the missing bin is bin 0.
    for (let i = 0; i < rows.length; i++) binOfRow[rows[i] as number] = 0;
  }

  let fallbackBin = 0;
  bins.forEach((bin, i) => {
    if (bin.woe < (bins[fallbackBin] as BinRow).woe) fallbackBin = i;
  });
  const iv = bins.reduce((sum, bin) => sum + bin.ivContribution, 0);
  return {
    name,
    binning,
    bins,
    hasMissingBin,
    fallbackBin,
    rows: rows.length,
    goods: totals.goods,
    bads: totals.bads,
    iv,
    strength: ivStrength(iv),
  };
}

function describe(binning: BinningSpec, index: number): BinDescription {
  if (binning.kind === "categorical") return { kind: "levels", levels: binning.groups[index] ?? [] };
  return { kind: "range", from: binning.cuts[index - 1] ?? null, to: binning.cuts[index] ?? null };
}

function checkBinning(name: string, binning: BinningSpec): CreditError | undefined {
  if (binning.kind === "numeric") {
    for (let i = 0; i < binning.cuts.length; i++) {
      const cut = binning.cuts[i] as number;
      const previous = binning.cuts[i - 1];
      if (numericValue(cut) === null || (previous !== undefined && cut <= previous)) {
        return creditError("#VALUE!", "binCutsNotAscending", {
          characteristic: name,
          position: i + 1,
          value: cut,
        });
      }
    }
    return undefined;
  }
  const seen = new Set<string>();
  for (const group of binning.groups) {
    for (const level of group) {
      const key = levelKey(level);
      if (key === null) continue;
      if (seen.has(key))
        return creditError("#VALUE!", "binLevelRepeated", { characteristic: name, level: key });
      seen.add(key);
    }
  }
  return undefined;
}
