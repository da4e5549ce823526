import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { discrimination } from "../../../src/core/scorecard";
import { ok } from "./scorecardTestKit";

/** AUC by counting every good–bad pair: a good above its bad wins 1, a tie ½. */
function pairwiseAuc(scores: readonly number[], bad: readonly number[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((goodScore, g) => {
    if (bad[g] === 1) return;
    scores.forEach((badScore, b) => {
      if (bad[b] !== 1) return;
      pairs++;
      wins += goodScore > badScore ? 1 : goodScore === badScore ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

/** KS by trying every score as a threshold: max |share of bads ≤ t − share of goods ≤ t|. */
function thresholdKs(scores: readonly number[], bad: readonly number[]): number {
  const bads = bad.filter((b) => b === 1).length;
  const goods = bad.length - bads;
  let ks = 0;
  for (const t of scores) {
    const badsAtOrBelow = scores.filter((s, i) => s <= t && bad[i] === 1).length;
    const goodsAtOrBelow = scores.filter((s, i) => s <= t && bad[i] !== 1).length;
    ks = Math.max(ks, Math.abs(badsAtOrBelow / bads - goodsAtOrBelow / goods));
  }
  return ks;
}

describe("discrimination", () => {
  it("AUC, Gini and KS of a small sample, by hand", () => {
    // goods score 3, 4, 5; bads 1, 3. Pairs (good, bad): (3,1) win, (3,3) tie, (4,1), (4,3), (5,1), (5,3)
    // wins → 5.5 of 6 = 0.916667; Gini 2·0.916667 − 1 = 0.833333
    // KS: at ≤ 1 bads 1/2, goods 0 → 0.5; at ≤ 3 bads 2/2, goods 1/3 → 0.666667; at ≤ 4 1 − 2/3; at ≤ 5 0
    const result = ok(discrimination([3, 4, 5, 1, 3], [0, 0, 0, 1, 1]));
    expect(result.auc).toBeCloseTo(5.5 / 6, 14);
    expect(result.gini).toBeCloseTo(2 * (5.5 / 6) - 1, 14);
    expect(result.ks).toBeCloseTo(2 / 3, 14);
    expect(result).toMatchObject({ rows: 5, goods: 3, bads: 2 });
  });

  it("a score that ranks every good above every bad has AUC 1 and KS 1; a reversed one AUC 0", () => {
    expect(ok(discrimination([10, 20, 30, 40], [1, 1, 0, 0]))).toMatchObject({ auc: 1, gini: 1, ks: 1 });
    expect(ok(discrimination([10, 20, 30, 40], [0, 0, 1, 1]))).toMatchObject({ auc: 0, gini: -1, ks: 1 });
  });

  it("one score for everybody: AUC ½, KS 0", () => {
    expect(ok(discrimination([600, 600, 600, 600], [0, 1, 0, 1]))).toMatchObject({
      auc: 0.5,
      gini: 0,
      ks: 0,
    });
  });

  it("KS of a ten-row sample, by hand", () => {
    // scores with outcomes (B = bad): 1B 2B 3G 4B 5G 6G 7B 8G 9G 10G — 4 bads, 6 goods
    // cumulative bads/4 − goods/6 after each score: .25, .5, .5−.1667=.3333, .75−.1667=.5833, .75−.3333,
    // .75−.5, 1−.5 = .5, …  → KS = 0.583333 at score 4
    const result = ok(discrimination([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 0, 1, 0, 0, 1, 0, 0, 0]));
    expect(result.ks).toBeCloseTo(0.75 - 1 / 6, 14);
    // AUC: each good counts the bads below it: 3→2, 5→3, 6→3, 8→4, 9→4, 10→4 = 20 of 24
    expect(result.auc).toBeCloseTo(20 / 24, 14);
  });

  it("uses only the rows asked for", () => {
    // rows 0, 1, 3: goods 5, 2 and bad 4 → pairs (5,4) win, (2,4) loss → ½
    expect(ok(discrimination([5, 2, 99, 4], [0, 0, 1, 1], [0, 1, 3])).auc).toBe(0.5);
  });

  it("agrees with the pairwise count and the threshold sweep on any small sample, ties included", () => {
    const sample = fc
      .array(fc.record({ score: fc.integer({ min: 0, max: 12 }), bad: fc.integer({ min: 0, max: 1 }) }), {
        minLength: 2,
        maxLength: 40,
      })
      .filter((rows) => rows.some((r) => r.bad === 1) && rows.some((r) => r.bad === 0));
    fc.assert(
      fc.property(sample, (rows) => {
        const scores = rows.map((r) => r.score);
        const bad = rows.map((r) => r.bad);
        const result = ok(discrimination(scores, bad));
        expect(result.auc).toBeCloseTo(pairwiseAuc(scores, bad), 12);
        expect(result.ks).toBeCloseTo(thresholdKs(scores, bad), 12);
        expect(result.gini).toBeCloseTo(2 * result.auc - 1, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a sample without goods or bads, or with a score that is not a number", () => {
    expect(discrimination([1, 2], [1, 1])).toEqual(creditError("#VALUE!", "outcomeNoGoods", { rows: 2 }));
    expect(discrimination([1, 2], [0, 0])).toEqual(creditError("#VALUE!", "outcomeNoBads", { rows: 2 }));
    expect(discrimination([1, Number.NaN], [0, 1])).toEqual(
      creditError("#VALUE!", "listValueNotANumber", { arg: "scores", index: 2 }),
    );
  });
});
