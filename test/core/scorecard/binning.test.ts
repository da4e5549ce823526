import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import {
  binAssigner,
  binCharacteristic,
  binCounts,
  characteristicKind,
  proposeBinning,
  type RawValue,
} from "../../../src/core/scorecard";
import { flagsOf, ok, times } from "./scorecardTestKit";

/** A sample from runs of (value, rows, bads): the bads first in each run. */
function sample(runs: readonly [RawValue, number, number][]): { values: RawValue[]; bad: number[] } {
  const values: RawValue[] = [];
  const bad: number[] = [];
  for (const [value, rows, bads] of runs) {
    values.push(...times(rows, value));
    bad.push(...times(bads, 1), ...times(rows - bads, 0));
  }
  return { values, bad };
}

describe("proposeBinning, numeric", () => {
  // values 1–10, 10 rows each, bads 1 1 2 2 3 5 4 6 8 9 (41 bads, 59 goods)
  const rising = sample([
    [1, 10, 1],
    [2, 10, 1],
    [3, 10, 2],
    [4, 10, 2],
    [5, 10, 3],
    [6, 10, 5],
    [7, 10, 4],
    [8, 10, 6],
    [9, 10, 8],
    [10, 10, 9],
  ]);
  const loose = { fineClasses: 10, minRowShare: 0.05, minBadShare: 0 };

  it("pools neighbours until the bad rate rises strictly, and cuts where a bin starts", () => {
    // bad rates .1 .1 .2 .2 .3 .5 .4 .6 .8 .9: ties pooled (1–2, 3–4), the dip at 7 pooled with 6 (9/20 =
    // .45) bins 1–2 | 3–4 | 5 | 6–7 | 8 | 9 | 10 → cuts 3, 5, 6, 8, 9, 10
    const binning = proposeBinning({ name: "Months", values: rising.values }, flagsOf(rising.bad), loose);
    expect(binning).toEqual({ kind: "numeric", cuts: [3, 5, 6, 8, 9, 10] });
  });

  it("chooses the falling direction when the data fall", () => {
    // the same counts mirrored: value v gets the bads of 11 − v, so bins 1 | 2 | 3 | 4–5 | 6 | 7–8 | 9–10
    const falling = { values: rising.values.map((v) => 11 - (v as number)), bad: rising.bad };
    const binning = proposeBinning({ name: "Age", values: falling.values }, flagsOf(falling.bad), loose);
    expect(binning).toEqual({ kind: "numeric", cuts: [2, 3, 4, 6, 7, 9] });
  });

  it("merges the closest bad rates down to maxBins", () => {
    // rates .1 .3 .35 .9 → .3 and .35 merge first
    const data = sample([
      [1, 20, 2],
      [2, 20, 6],
      [3, 20, 7],
      [4, 20, 18],
    ]);
    const binning = proposeBinning({ name: "x", values: data.values }, flagsOf(data.bad), {
      ...loose,
      fineClasses: 4,
      maxBins: 3,
    });
    expect(binning).toEqual({ kind: "numeric", cuts: [2, 4] });
  });

  it("merges a bin below the minimum rows, and keeps blanks out of the ranges", () => {
    // value 0: 4 rows (2 bads) of 110 → below 5 % (6 rows); rising pools 0 with 1 (6/44) anyway; falling
    // would end in one bin, so rising wins: 0–1 | 2 | 3. The 10 blanks (5 bads) do not count in any range.
    const data = sample([
      [0, 4, 2],
      [1, 40, 4],
      [2, 40, 12],
      [3, 16, 8],
      [null, 5, 3],
      ["n/a", 5, 2],
    ]);
    const binning = proposeBinning({ name: "x", values: data.values }, flagsOf(data.bad), {
      fineClasses: 4,
      kind: "numeric", // "n/a" alone would make the column read as categorical
    });
    expect(binning).toEqual({ kind: "numeric", cuts: [2, 3] });
  });

  it("requires the minimum share of bads and at least one good in every bin", () => {
    // 100 rows, 20 bads; minBadShare 0.2 → every bin needs 4 bads: value 1 (2 bads) merges with value 2 (.3
    // is closer to .0667 than nothing — it is the only neighbour); value 4 has no goods and merges with value
    // 3
    const data = sample([
      [1, 30, 2],
      [2, 30, 9],
      [3, 30, 1],
      [4, 10, 10],
    ]);
    const binning = ok(
      proposeBinning({ name: "x", values: data.values }, flagsOf(data.bad), {
        fineClasses: 4,
        minRowShare: 0,
        minBadShare: 0.2,
      }),
    );
    const table = ok(binCharacteristic({ name: "x", values: data.values, binning }, flagsOf(data.bad)));
    for (const bin of table.bins) {
      expect(bin.bads).toBeGreaterThanOrEqual(4);
      expect(bin.goods).toBeGreaterThanOrEqual(1);
    }
  });

  it("has no cuts for a column without signal or without numbers", () => {
    const flat = sample([
      [1, 50, 10],
      [2, 50, 10],
    ]);
    expect(proposeBinning({ name: "x", values: flat.values }, flagsOf(flat.bad))).toEqual({
      kind: "numeric",
      cuts: [],
    });
    expect(
      proposeBinning({ name: "x", values: [null, null, ""] }, flagsOf([1, 0, 0]), { kind: "numeric" }),
    ).toEqual({
      kind: "numeric",
      cuts: [],
    });
  });

  it("learns only from the rows given", () => {
    // rows 0–19 rise; rows 20–39 (left out) would make the column flat
    const data = sample([
      [1, 10, 1],
      [2, 10, 9],
      [1, 10, 9],
      [2, 10, 1],
    ]);
    const rows = Array.from({ length: 20 }, (_, i) => i);
    expect(
      proposeBinning({ name: "x", values: data.values }, flagsOf(data.bad), { rows, fineClasses: 2 }),
    ).toEqual({
      kind: "numeric",
      cuts: [2],
    });
  });

  it("proposes bins whose WOE is monotonic and that meet the minimums, on any sample", () => {
    const rowArb = fc.record({ value: fc.integer({ min: 0, max: 30 }), bad: fc.integer({ min: 0, max: 1 }) });
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 20, maxLength: 300 }),
        fc.integer({ min: 2, max: 8 }),
        (rows, maxBins) => {
          const bad = rows.map((r) => r.bad);
          fc.pre(bad.includes(1) && bad.includes(0));
          const values = rows.map((r) => r.value);
          const flags = flagsOf(bad);
          const binning = ok(proposeBinning({ name: "x", values }, flags, { maxBins }));
          const table = ok(binCharacteristic({ name: "x", values, binning }, flags));
          const woe = table.bins.map((b) => b.woe);
          const rising = woe.every((w, i) => i === 0 || w > woe[i - 1]!);
          const falling = woe.every((w, i) => i === 0 || w < woe[i - 1]!);
          expect(rising || falling).toBe(true);
          expect(table.bins.length).toBeLessThanOrEqual(maxBins);
          if (table.bins.length > 1) {
            const bads = bad.filter((b) => b === 1).length;
            for (const bin of table.bins) {
              expect(bin.count).toBeGreaterThanOrEqual(Math.ceil(0.05 * rows.length - 1e-9));
              expect(bin.bads).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(0.02 * bads - 1e-9)));
              expect(bin.goods).toBeGreaterThanOrEqual(1);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses options out of range and a column of another length", () => {
    const flags = flagsOf([0, 1]);
    expect(proposeBinning({ name: "x", values: [1, 2] }, flags, { minRowShare: 0.6 })).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "minRowShare", value: 0.6, min: 0, max: 0.5 }),
    );
    expect(proposeBinning({ name: "x", values: [1, 2] }, flags, { maxBins: 2.5 })).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "maxBins", value: 2.5, min: 2, max: 100 }),
    );
    expect(proposeBinning({ name: "Age", values: [1] }, flags)).toEqual(
      creditError("#VALUE!", "listLengthMismatch", { arg: "Age", actual: 1, other: "outcome", expected: 2 }),
    );
    expect(proposeBinning({ name: "x", values: [1, 2] }, flags, { rows: [0] })).toEqual(
      creditError("#VALUE!", "outcomeNoBads", { rows: 1 }),
    );
  });
});

describe("proposeBinning, categorical", () => {
  it("groups a small level with the level of closest bad rate, groups listed from the lowest rate", () => {
    // X .1, Y .3, S .333 (3 rows), Z .6 of 303 rows: S is below 5 % (16 rows); Y is closer than Z → [Y, S]
    const data = sample([
      ["Z", 100, 60],
      ["X", 100, 10],
      ["S", 3, 1],
      ["Y", 100, 30],
    ]);
    expect(proposeBinning({ name: "Housing", values: data.values }, flagsOf(data.bad))).toEqual({
      kind: "categorical",
      groups: [["X"], ["Y", "S"], ["Z"]],
    });
  });

  it("reads levels as trimmed text and leaves blanks to the missing bin", () => {
    const data = sample([
      [" A ", 50, 5],
      ["A", 50, 5],
      ["B", 100, 40],
      ["", 20, 10],
    ]);
    expect(proposeBinning({ name: "x", values: data.values }, flagsOf(data.bad))).toEqual({
      kind: "categorical",
      groups: [["A"], ["B"]],
    });
  });
});

describe("binCharacteristic", () => {
  // < 10: 30 rows, 3 bads; 10 to < 20: 50 rows, 10 bads; ≥ 20: 20 rows, 12 bads; blank: 10 rows, 5 bads
  // 110 rows, 30 bads, 80 goods
  const data = sample([
    [5, 20, 2],
    [9.99, 10, 1],
    [10, 30, 6],
    ["15", 20, 4],
    [20, 5, 3],
    [40, 15, 9],
    [null, 6, 3],
    ["none", 4, 2],
  ]);
  const flags = flagsOf(data.bad);
  const binning = { kind: "numeric" as const, cuts: [10, 20] };

  it("counts the bin table and works out WOE and IV by hand", () => {
    const table = ok(binCharacteristic({ name: "Debt ratio", values: data.values, binning }, flags));
    expect(table.bins.map((b) => [b.count, b.goods, b.bads])).toEqual([
      [30, 27, 3],
      [50, 40, 10],
      [20, 8, 12],
      [10, 5, 5],
    ]);
    expect(table.bins.map((b) => b.description)).toEqual([
      { kind: "range", from: null, to: 10 },
      { kind: "range", from: 10, to: 20 },
      { kind: "range", from: 20, to: null },
      { kind: "missing" },
    ]);
    const woe = [27 / 80 / (3 / 30), 40 / 80 / (10 / 30), 8 / 80 / (12 / 30), 5 / 80 / (5 / 30)].map(
      Math.log,
    );
    expect(table.bins.map((b) => b.woe)).toEqual(woe.map((w) => expect.closeTo(w, 12)));
    // IV = Σ (%good − %bad)·WOE
    const iv =
      (27 / 80 - 3 / 30) * woe[0]! +
      (40 / 80 - 10 / 30) * woe[1]! +
      (8 / 80 - 12 / 30) * woe[2]! +
      (5 / 80 - 5 / 30) * woe[3]!;
    expect(table.iv).toBeCloseTo(iv, 12);
    expect(table.bins[2]!.badRate).toBe(0.6);
    expect(table).toMatchObject({
      rows: 110,
      goods: 80,
      bads: 30,
      hasMissingBin: true,
      strength: "suspicious",
    });
    // 0.28889 + 0.06758 + 0.41589 + 0.10217 = 0.87453: above 0.5, as the label says
    expect(iv).toBeCloseTo(0.87453, 5);
    // the lowest WOE is the ≥ 20 bin
    expect(table.fallbackBin).toBe(2);
  });

  it("takes user groups and refuses groups a user could get wrong", () => {
    const levels = sample([
      ["A", 40, 4],
      ["B", 40, 12],
      ["C", 20, 10],
    ]);
    const flagsAbc = flagsOf(levels.bad);
    // "b" is not "B": levels are codes, compared case by case; "B " is B once trimmed — so the group of "b"
    // is empty
    expect(
      binCharacteristic(
        {
          name: "Purpose",
          values: levels.values,
          binning: { kind: "categorical", groups: [["A"], ["b"], ["B ", "C"]] },
        },
        flagsAbc,
      ),
    ).toEqual(creditError("#VALUE!", "binEmpty", { characteristic: "Purpose", bin: 2 }));
    expect(
      binCharacteristic(
        { name: "Purpose", values: levels.values, binning: { kind: "categorical", groups: [["A"], ["B"]] } },
        flagsAbc,
      ),
    ).toEqual(creditError("#VALUE!", "binLevelNotGrouped", { characteristic: "Purpose", level: "C" }));
    expect(
      binCharacteristic(
        {
          name: "Purpose",
          values: levels.values,
          binning: {
            kind: "categorical",
            groups: [
              ["A", "B"],
              [" B", "C"],
            ],
          },
        },
        flagsAbc,
      ),
    ).toEqual(creditError("#VALUE!", "binLevelRepeated", { characteristic: "Purpose", level: "B" }));
  });

  it("regroups: two levels in one bin count together", () => {
    const levels = sample([
      ["A", 40, 4],
      ["B", 40, 12],
      ["C", 20, 10],
    ]);
    const table = ok(
      binCharacteristic(
        {
          name: "Purpose",
          values: levels.values,
          binning: { kind: "categorical", groups: [["A"], ["B", "C"]] },
        },
        flagsOf(levels.bad),
      ),
    );
    // B + C: 60 rows, 22 bads, 38 goods; totals 74 goods, 26 bads
    expect(table.bins.map((b) => [b.count, b.bads])).toEqual([
      [40, 4],
      [60, 22],
    ]);
    expect(table.bins[1]!.woe).toBeCloseTo(Math.log(38 / 74 / (22 / 26)), 12);
    expect(table.bins[1]!.description).toEqual({ kind: "levels", levels: ["B", "C"] });
    expect(table.hasMissingBin).toBe(false);
  });

  it("refuses cuts out of order and an empty bin", () => {
    expect(
      binCharacteristic(
        { name: "x", values: data.values, binning: { kind: "numeric", cuts: [10, 10] } },
        flags,
      ),
    ).toEqual(creditError("#VALUE!", "binCutsNotAscending", { characteristic: "x", position: 2, value: 10 }));
    expect(
      binCharacteristic(
        { name: "x", values: data.values, binning: { kind: "numeric", cuts: [Number.NaN] } },
        flags,
      ),
    ).toMatchObject({ id: "binCutsNotAscending" });
    expect(
      binCharacteristic(
        { name: "x", values: data.values, binning: { kind: "numeric", cuts: [1, 2] } },
        flags,
      ),
    ).toEqual(creditError("#VALUE!", "binEmpty", { characteristic: "x", bin: 1 }));
  });

  it("a column of blanks only has just its missing bin", () => {
    const table = ok(
      binCharacteristic(
        { name: "x", values: [null, "", null], binning: { kind: "numeric", cuts: [] } },
        flagsOf([1, 0, 0]),
      ),
    );
    expect(table.bins.map((b) => b.description)).toEqual([{ kind: "missing" }]);
    expect(table.iv).toBe(0);
  });
});

describe("binAssigner and binCounts", () => {
  const levels = sample([
    ["A", 40, 4],
    ["B", 40, 12],
    ["C", 20, 10],
  ]);
  const table = ok(
    binCharacteristic(
      {
        name: "Purpose",
        values: levels.values,
        binning: { kind: "categorical", groups: [["A"], ["B"], ["C"]] },
      },
      flagsOf(levels.bad),
    ),
  );

  it("puts a level in its group; an unseen level or a blank (no missing bin here) in the riskiest", () => {
    const binOf = binAssigner(table);
    // bad rates A .1, B .3, C .5: C has the lowest WOE
    expect([binOf("A"), binOf(" B"), binOf("C"), binOf("D"), binOf(null), binOf(7)]).toEqual([
      0, 1, 2, 2, 2, 2,
    ]);
  });

  it("numeric: a value on a cut belongs to the bin above; text and blanks to the missing bin", () => {
    const data = sample([
      [5, 10, 1],
      [10, 10, 5],
      [null, 10, 2],
    ]);
    const numeric = ok(
      binCharacteristic(
        { name: "x", values: data.values, binning: { kind: "numeric", cuts: [10] } },
        flagsOf(data.bad),
      ),
    );
    const binOf = binAssigner(numeric);
    expect([binOf(9.999), binOf(10), binOf("1,000"), binOf(-1e9), binOf("n/a"), binOf("")]).toEqual([
      0, 1, 1, 0, 2, 2,
    ]);
    // 4 rows: 1 below 10, 2 from 10, 1 blank
    expect(binCounts(numeric, [3, 10, 11, null])).toEqual([1, 2, 1]);
    expect(binCounts(numeric, [3, 10, 11, null], [1, 3])).toEqual([0, 1, 1]);
  });
});

describe("characteristicKind", () => {
  it("is numeric when every filled cell is a number, typed text included", () => {
    expect(characteristicKind([36, "12", null, " 1,250 ", ""])).toBe("numeric");
    expect(characteristicKind(["A11", 12])).toBe("categorical");
    expect(characteristicKind([true, false])).toBe("categorical");
    expect(characteristicKind([null, ""])).toBe("categorical");
  });
});
