import { creditError } from "../../../src/core/errors";
import {
  type BinnedCharacteristicInput,
  discrimination,
  fitScorecard,
  type RawValue,
  scoreRow,
  scoreRows,
} from "../../../src/core/scorecard";
import { flagsOf, ok, times } from "./scorecardTestKit";

/** Default scaling by hand (DESIGN §3.7): factor = PDO / ln 2, offset = base − factor · ln(base odds). */
const FACTOR = 20 / Math.LN2; // 28.8539
const OFFSET = 600 - FACTOR * Math.log(50); // 487.1229

/** Excel's ROUND to a whole number: halves away from zero. */
const round = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

/** Rows of (level, goods, bads) runs for one categorical characteristic. */
function oneCharacteristic(runs: readonly [string, number, number][]): { values: string[]; bad: number[] } {
  const values: string[] = [];
  const bad: number[] = [];
  for (const [level, goods, bads] of runs) {
    values.push(...times(goods + bads, level));
    bad.push(...times(goods, 0), ...times(bads, 1));
  }
  return { values, bad };
}

const categorical = (name: string, values: RawValue[], groups: string[][]): BinnedCharacteristicInput => ({
  name,
  values,
  binning: { kind: "categorical", groups },
});

describe("fitScorecard, one characteristic", () => {
  // Owner: 60 goods, 5 bads; Tenant: 20 goods, 15 bads. 80 goods, 20 bads.
  const data = oneCharacteristic([
    ["Owner", 60, 5],
    ["Tenant", 20, 15],
  ]);
  const flags = flagsOf(data.bad);
  const housing = categorical("Housing", data.values, [["Owner"], ["Tenant"]]);

  it("WOE coding of one characteristic is saturated: β = 1, β₀ = ln(goods / bads)", () => {
    const card = ok(fitScorecard({ characteristics: [housing], outcomes: flags }));
    expect(card.characteristics[0]!.coefficient.estimate).toBeCloseTo(1, 9);
    expect(card.intercept.estimate).toBeCloseTo(Math.log(80 / 20), 9);
  });

  it("scales to points by hand: 600 at 50:1, PDO 20", () => {
    // base = offset + factor·ln 4 = 487.1229 + 40 = 527.1229 → 527
    // Owner: WOE ln((60/80)/(5/20)) = ln 3 → 20·log₂3 = 31.70 → 32 → 559 (odds 12:1 → 600 + 20·log₂(12/50) =
    // 558.8) Tenant: WOE ln((20/80)/(15/20)) = ln(1/3) → −32 → 495 (odds 4:3 → 495.4)
    const card = ok(fitScorecard({ characteristics: [housing], outcomes: flags }));
    expect(card.factor).toBeCloseTo(FACTOR, 12);
    expect(card.offset).toBeCloseTo(OFFSET, 12);
    expect(card.basePoints).toBe(round(OFFSET + FACTOR * Math.log(4)));
    expect(card.basePoints).toBe(527);
    expect(card.characteristics[0]!.bins.map((b) => b.points)).toEqual([559, 495]);
    expect([card.minScore, card.maxScore]).toEqual([495, 559]);
    expect(card.scale).toEqual({ basePoints: 600, baseOdds: 50, pdo: 20 });
  });

  it("measures the card on its whole-point score", () => {
    // goods at 559 (60) and 495 (20), bads at 559 (5) and 495 (15)
    // AUC: 60·15 wins + ½(60·5 + 20·15) ties = 900 + 300 = 1,200 of 80·20 = 1,600 → 0.75
    // KS at 495: bads 15/20 − goods 20/80 = 0.5
    const card = ok(fitScorecard({ characteristics: [housing], outcomes: flags }));
    expect(card.training).toEqual({ rows: 100, goods: 80, bads: 20, auc: 0.75, gini: 0.5, ks: 0.5 });
    expect(card.holdout).toBeNull();
  });

  it("uses another scale: 500 points at 20:1, 50 points to double", () => {
    // factor 50/ln 2 = 72.1348; offset 500 − 72.1348·ln 20 = 283.9036; base 283.9036 + 50·log₂4 = 383.9036 →
    // 384 Owner: 50·log₂3 = 79.25 → 79 → 463; Tenant: −79 → 305
    const card = ok(
      fitScorecard({
        characteristics: [housing],
        outcomes: flags,
        scale: { basePoints: 500, baseOdds: 20, pdo: 50 },
      }),
    );
    expect(card.basePoints).toBe(384);
    expect(card.characteristics[0]!.bins.map((b) => b.points)).toEqual([463, 305]);
  });
});

describe("fitScorecard, two characteristics with additive log odds", () => {
  // Odds good:bad per cell are exactly additive on the log scale: 2 · (4 if renter→owner) · (3 if young→old)
  // tenant, young: 40 / 20 (2)   owner, young: 80 / 10 (8)   tenant, old: 30 / 5 (6)   owner, old: 48 / 2
  // (24)
  const cells: [string, string, number, number][] = [
    ["Tenant", "Young", 40, 20],
    ["Owner", "Young", 80, 10],
    ["Tenant", "Old", 30, 5],
    ["Owner", "Old", 48, 2],
  ];
  const housing: string[] = [];
  const age: string[] = [];
  const bad: number[] = [];
  for (const [h, a, goods, bads] of cells) {
    housing.push(...times(goods + bads, h));
    age.push(...times(goods + bads, a));
    bad.push(...times(goods, 0), ...times(bads, 1));
  }
  const flags = flagsOf(bad);
  const characteristics = [
    categorical("Housing", housing, [["Owner"], ["Tenant"]]),
    categorical("Age", age, [["Old"], ["Young"]]),
  ];
  // 198 goods, 37 bads. Housing: owner 128 / 12, tenant 70 / 25. Age: old 78 / 7, young 120 / 30.
  const woe = (goods: number, bads: number) => Math.log(goods / 198 / (bads / 37));
  const woeHousing = [woe(128, 12), woe(70, 25)];
  const woeAge = [woe(78, 7), woe(120, 30)];
  // The additive truth is reproduced exactly, so each β times its WOE step is the true log odds ratio
  const betaHousing = Math.log(4) / (woeHousing[0]! - woeHousing[1]!);
  const betaAge = Math.log(3) / (woeAge[0]! - woeAge[1]!);
  const beta0 = Math.log(2) - betaHousing * woeHousing[1]! - betaAge * woeAge[1]!;

  it("recovers the coefficients worked out from the cell odds", () => {
    const card = ok(fitScorecard({ characteristics, outcomes: flags }));
    expect(betaHousing).toBeCloseTo(1.0365, 4); // ln 4 / ln 3.8095
    expect(card.characteristics[0]!.coefficient.estimate).toBeCloseTo(betaHousing, 9);
    expect(card.characteristics[1]!.coefficient.estimate).toBeCloseTo(betaAge, 9);
    expect(card.intercept.estimate).toBeCloseTo(beta0, 9);
  });

  it("spreads the base points in whole points, the first characteristic taking the odd one", () => {
    const card = ok(fitScorecard({ characteristics, outcomes: flags }));
    const base = round(OFFSET + FACTOR * beta0);
    const shares = [Math.ceil(base / 2), Math.floor(base / 2)];
    expect(card.basePoints).toBe(base);
    expect(card.characteristics.map((c) => c.basePoints)).toEqual(shares);
    expect(card.characteristics[0]!.bins.map((b) => b.points)).toEqual(
      woeHousing.map((w) => round(FACTOR * betaHousing * w) + shares[0]!),
    );
    expect(card.characteristics[1]!.bins.map((b) => b.points)).toEqual(
      woeAge.map((w) => round(FACTOR * betaAge * w) + shares[1]!),
    );
  });

  it("scores a row as the sum of its bins' points, within a point per characteristic of the odds", () => {
    const card = ok(fitScorecard({ characteristics, outcomes: flags }));
    const owner = card.characteristics[0]!.bins[0]!.points;
    const old = card.characteristics[1]!.bins[0]!.points;
    expect(scoreRow(card, ["Owner", "Old"])).toEqual({
      bins: [0, 0],
      points: [owner, old],
      score: owner + old,
    });
    // owner, old: odds 24 → 600 + 20·log₂(24/50) = 578.8
    expect(Math.abs(owner + old - (600 + 20 * Math.log2(24 / 50)))).toBeLessThanOrEqual(1.5);
  });

  it("reports KS, AUC and Gini of the training rows and the holdout, as the rows' scores give them", () => {
    const rows = Array.from(flags.rows);
    const split = {
      training: Uint32Array.from(rows.filter((r) => r % 4 !== 0)),
      holdout: Uint32Array.from(rows.filter((r) => r % 4 === 0)),
    };
    const card = ok(fitScorecard({ characteristics, outcomes: flags, split }));
    const scores = ok(scoreRows(card, [housing, age]));
    expect(card.training).toEqual(ok(discrimination(scores, flags.bad, split.training)));
    expect(card.holdout).toEqual(ok(discrimination(scores, flags.bad, split.holdout)));
    expect(card.characteristics[0]!.rows).toBe(split.training.length);
  });
});

describe("scoreRow", () => {
  const data = oneCharacteristic([
    ["Owner", 60, 5],
    ["Tenant", 20, 15],
    ["", 10, 5],
  ]);
  const card = ok(
    fitScorecard({
      characteristics: [categorical("Housing", data.values, [["Owner"], ["Tenant"]])],
      outcomes: flagsOf(data.bad),
    }),
  );

  it("puts a blank in the missing bin and a level never seen in the bin of lowest WOE", () => {
    const points = card.characteristics[0]!.bins.map((b) => b.points);
    expect(card.characteristics[0]!.bins[2]!.description).toEqual({ kind: "missing" });
    expect(ok(scoreRow(card, [null])).score).toBe(points[2]);
    expect(ok(scoreRow(card, ["Lodger"])).score).toBe(points[1]); // Tenant: lowest WOE
  });

  it("refuses a row of the wrong length", () => {
    expect(scoreRow(card, ["Owner", 3])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "values",
        actual: 2,
        other: "characteristics",
        expected: 1,
      }),
    );
    expect(scoreRows(card, [])).toMatchObject({ id: "listLengthMismatch" });
  });
});

describe("fitScorecard refusals", () => {
  const data = oneCharacteristic([
    ["Owner", 60, 5],
    ["Tenant", 20, 15],
  ]);
  const flags = flagsOf(data.bad);

  it("needs a characteristic, each with two bins or more", () => {
    expect(fitScorecard({ characteristics: [], outcomes: flags })).toEqual(
      creditError("#VALUE!", "scorecardNoCharacteristics"),
    );
    expect(
      fitScorecard({
        characteristics: [categorical("Housing", data.values, [["Owner", "Tenant"]])],
        outcomes: flags,
      }),
    ).toEqual(creditError("#VALUE!", "characteristicConstant", { characteristic: "Housing" }));
  });

  it("passes on a binning, regression or scaling refusal", () => {
    expect(
      fitScorecard({ characteristics: [categorical("Housing", data.values, [["Owner"]])], outcomes: flags }),
    ).toEqual(creditError("#VALUE!", "binLevelNotGrouped", { characteristic: "Housing", level: "Tenant" }));
    const housing = categorical("Housing", data.values, [["Owner"], ["Tenant"]]);
    expect(
      fitScorecard({ characteristics: [housing, { ...housing, name: "Again" }], outcomes: flags }),
    ).toEqual(creditError("#NUM!", "logisticSingular", { predictor: "Again" }));
    expect(fitScorecard({ characteristics: [housing], outcomes: flags, scale: { pdo: 0 } })).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "pdo" }),
    );
  });
});
