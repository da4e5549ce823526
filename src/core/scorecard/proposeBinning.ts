import { creditError, isCreditError, type CreditError } from "../errors";
import { capBins, enforceMinimums, poolAdjacentViolators, type BinMinimums, type Block } from "./_lib/blocks";
import { checkLength, sampleTotals } from "./_lib/checkSample";
import { levelKey, numericValue } from "./_lib/readValue";
import { woeCell } from "./_lib/woeCell";
import { characteristicKind } from "./characteristicKind";
import type { OutcomeFlags } from "./outcomeFlags";
import type { BinningSpec, Characteristic, CharacteristicKind } from "./types";

/**
 * Options of {@link proposeBinning}; every part has a default.
 *
 * @example
 * const options: BinningOptions = { rows: split.training, minRowShare: 0.05 };
 */
export interface BinningOptions {
  /** Rows to learn the bins from (the training rows); default every row with an outcome. */
  readonly rows?: ArrayLike<number>;
  /** Numeric or categorical; default {@link characteristicKind} of the values. */
  readonly kind?: CharacteristicKind;
  /** Smallest bin as a share of the rows, 0 to 0.5; default 0.05. The missing bin is exempt. */
  readonly minRowShare?: number;
  /** Smallest bin as a share of the bads, 0 to 0.5 (and never fewer than 1 bad); default 0.02. */
  readonly minBadShare?: number;
  /** Most bins (the missing bin not counted), 2 to 100; default 10. */
  readonly maxBins?: number;
  /** Equal-frequency classes a numeric characteristic is first cut into, 2 to 1,000; default 20. */
  readonly fineClasses?: number;
}

/**
 * The defaults of {@link BinningOptions}.
 *
 * @example
 * DEFAULT_BINNING.minRowShare; // 0.05
 */
export const DEFAULT_BINNING = Object.freeze({
  minRowShare: 0.05,
  minBadShare: 0.02,
  maxBins: 10,
  fineClasses: 20,
});

/**
 * Proposes bins for a characteristic from the goods and bads of the training rows.
 *
 * Numeric: the values are cut into equal-frequency fine classes (ties never split), then adjacent classes are
 * pooled until the bad rate rises strictly with the value, or falls strictly — both are tried and the one
 * with the higher information value kept, so the data choose the direction. Bins below the minimum rows or
 * bads, or with no goods, are merged into the neighbour of closer bad rate, then the closest neighbours until
 * at most `maxBins` remain; merging neighbours keeps the WOE monotonic. Cut points are values of the data: a
 * bin starts at its lowest value.
 *
 * Categorical: levels are ordered by bad rate and small levels grouped with the neighbour of closest bad
 * rate, under the same minimums; groups are listed from the lowest bad rate up.
 *
 * Blanks (and, for a numeric characteristic, cells that are not numbers) are not binned here: they get a bin
 * of their own in {@link binCharacteristic}.
 *
 * @example
 * proposeBinning({ name: "Duration", values: months }, flags, { rows: split.training });
 * // { kind: "numeric", cuts: [12, 16, 36] }  — bad rate rising with the duration
 * proposeBinning({ name: "History", values: codes }, flags);
 * // { kind: "categorical", groups: [["A34"], ["A33"], ["A32"], ["A31", "A30"]] }
 */
export function proposeBinning(
  characteristic: Characteristic,
  outcomes: OutcomeFlags,
  options: BinningOptions = {},
): BinningSpec | CreditError {
  const lengthProblem = checkLength(characteristic, outcomes);
  if (lengthProblem) return lengthProblem;
  const settings = readOptions(options);
  if (isCreditError(settings)) return settings;
  const rows = options.rows ?? outcomes.rows;
  const totals = sampleTotals(outcomes, rows);
  if (isCreditError(totals)) return totals;
  const minimums: BinMinimums = {
    rows: Math.ceil(settings.minRowShare * rows.length - 1e-9),
    bads: Math.max(1, Math.ceil(settings.minBadShare * totals.bads - 1e-9)),
  };
  const kind = options.kind ?? characteristicKind(characteristic.values);
  const iv = (blocks: readonly Block[]): number =>
    blocks.reduce(
      (sum, b) => sum + woeCell(b.rows - b.bads, b.bads, totals.goods, totals.bads).ivContribution,
      0,
    );
  if (kind === "numeric") {
    const classes = fineClasses(characteristic, outcomes, rows, settings.fineClasses);
    let best: Block[] = [];
    let bestIv = -Infinity;
    for (const increasing of [true, false]) {
      const monotonic = poolAdjacentViolators(classes.blocks, increasing);
      const blocks = capBins(enforceMinimums(monotonic, minimums), settings.maxBins);
      const value = iv(blocks);
      if (value > bestIv) {
        bestIv = value;
        best = blocks;
      }
    }
    return { kind: "numeric", cuts: best.slice(1).map((b) => classes.distinct[b.first] as number) };
  }
  const levels = levelCounts(characteristic, outcomes, rows);
  const blocks = capBins(
    enforceMinimums(
      levels.map((level, i) => ({ first: i, last: i, rows: level.rows, bads: level.bads })),
      minimums,
    ),
    settings.maxBins,
  );
  return {
    kind: "categorical",
    groups: blocks.map((b) => levels.slice(b.first, b.last + 1).map((level) => level.key)),
  };
}

interface Settings {
  minRowShare: number;
  minBadShare: number;
  maxBins: number;
  fineClasses: number;
}

function readOptions(options: BinningOptions): Settings | CreditError {
  const settings: Settings = {
    minRowShare: options.minRowShare ?? DEFAULT_BINNING.minRowShare,
    minBadShare: options.minBadShare ?? DEFAULT_BINNING.minBadShare,
    maxBins: options.maxBins ?? DEFAULT_BINNING.maxBins,
    fineClasses: options.fineClasses ?? DEFAULT_BINNING.fineClasses,
  };
  const limits: Record<keyof Settings, [number, number, boolean]> = {
    minRowShare: [0, 0.5, false],
    minBadShare: [0, 0.5, false],
    maxBins: [2, 100, true],
    fineClasses: [2, 1000, true],
  };
  for (const key of Object.keys(limits) as (keyof Settings)[]) {
    const [min, max, whole] = limits[key];
    const value = settings[key];
    if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
      return creditError("#VALUE!", "outOfRange", { arg: key, value, min, max });
    }
  }
  return settings;
}

/** The rows' distinct numbers, ascending, in equal-frequency classes that never split a tie. */
function fineClasses(
  characteristic: Characteristic,
  outcomes: OutcomeFlags,
  rows: ArrayLike<number>,
  classCount: number,
): { distinct: Float64Array; blocks: Block[] } {
  const numbers = new Float64Array(rows.length);
  const flags = new Uint8Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const value = numericValue(characteristic.values[row]);
    if (value === null) continue;
    numbers[n] = value;
    flags[n] = outcomes.bad[row] as number;
    n++;
  }
  const sorted = numbers.slice(0, n).sort();
  let distinctCount = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinctCount++] = sorted[i] as number;
  }
  const distinct = sorted.slice(0, distinctCount);
  const rowCounts = new Float64Array(distinctCount);
  const badCounts = new Float64Array(distinctCount);
  for (let i = 0; i < n; i++) {
    const at = indexOf(distinct, numbers[i] as number);
    rowCounts[at] = (rowCounts[at] as number) + 1;
    badCounts[at] = (badCounts[at] as number) + (flags[i] as number);
  }
  const blocks: Block[] = [];
  let before = 0;
  let currentClass = -1;
  for (let d = 0; d < distinctCount; d++) {
    // A value's class is fixed by how many rows come before it, so heavy ties stay in one class.
    const classOf = Math.floor((before * classCount) / n);
    const rowsHere = rowCounts[d] as number;
    const badsHere = badCounts[d] as number;
    const last = blocks[blocks.length - 1];
    if (classOf === currentClass && last) {
      last.last = d;
      last.rows += rowsHere;
      last.bads += badsHere;
    } else {
      blocks.push({ first: d, last: d, rows: rowsHere, bads: badsHere });
      currentClass = classOf;
    }
    before += rowsHere;
  }
  return { distinct, blocks };
}

function indexOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface LevelCount {
  key: string;
  rows: number;
  bads: number;
}

/** The rows' levels, blanks left out, by bad rate (then the larger first, then by name: a fixed order). */
function levelCounts(
  characteristic: Characteristic,
  outcomes: OutcomeFlags,
  rows: ArrayLike<number>,
): LevelCount[] {
  const byKey = new Map<string, LevelCount>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const key = levelKey(characteristic.values[row]);
    if (key === null) continue;
    let level = byKey.get(key);
    if (!level) {
      level = { key, rows: 0, bads: 0 };
      byKey.set(key, level);
    }
    level.rows++;
    level.bads += outcomes.bad[row] as number;
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.bads * b.rows - b.bads * a.rows || b.rows - a.rows || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
