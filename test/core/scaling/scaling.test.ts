import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import {
  DEFAULT_SCORE_SCALE,
  oddsToScore,
  scoreScaleParameters,
  scoreToOdds,
  scoreToPd,
  type ScoreScaleParameters,
} from "../../../src/core/scaling";

describe("scoreScaleParameters", () => {
  it("reproduces Siddiqi's scaling example: 600 points at 50:1, PDO 20", () => {
    // N. Siddiqi, Credit Risk Scorecards (Wiley, 2006), scorecard scaling:
    // factor = 20 / ln 2 = 28.8539; offset = 600 − 28.8539 × ln 50 = 487.123
    const { factor, offset } = scoreScaleParameters() as ScoreScaleParameters;
    expect(factor.toFixed(4)).toBe("28.8539");
    expect(offset.toFixed(3)).toBe("487.123");
    expect(DEFAULT_SCORE_SCALE).toEqual({ basePoints: 600, baseOdds: 50, pdo: 20 });
  });

  it("takes missing or null parts from the default", () => {
    // PDO 40: factor = 40 / ln 2 = 57.7078; offset = 600 − 57.7078 × ln 50 = 600 − 225.7542 = 374.2458
    const { factor, offset } = scoreScaleParameters({ pdo: 40, baseOdds: null }) as ScoreScaleParameters;
    expect(factor).toBeCloseTo(40 / Math.LN2, 12);
    expect(offset).toBeCloseTo(374.2458, 4);
  });

  it("refuses PDO or base odds ≤ 0 and a non-numeric base", () => {
    expect(scoreScaleParameters({ pdo: 0 })).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "pdo" }),
    );
    expect(scoreScaleParameters({ pdo: -20 })).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "pdo" }),
    );
    expect(scoreScaleParameters({ baseOdds: 0 })).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "baseOdds" }),
    );
    expect(scoreScaleParameters({ basePoints: Number.NaN })).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "basePoints" }),
    );
    expect(scoreScaleParameters({ pdo: Number.POSITIVE_INFINITY })).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "pdo" }),
    );
  });
});

describe("oddsToScore", () => {
  it("gives 600 at 50:1 and moves one PDO per doubling (acceptance)", () => {
    // Siddiqi (2006): 600 points at 50:1, odds double every 20 points
    expect(oddsToScore(50)).toBeCloseTo(600, 10);
    expect(oddsToScore(25)).toBeCloseTo(580, 10); // half the odds: 600 − 20
    expect(oddsToScore(100)).toBeCloseTo(620, 10); // double: 600 + 20
    expect(oddsToScore(200)).toBeCloseTo(640, 10);
    expect(oddsToScore(1)).toBeCloseTo(487.123, 3); // ln 1 = 0 → the offset
  });

  it("uses a custom scale", () => {
    // 500 points at 20:1, PDO 50: 40:1 is one doubling → 550; 10:1 is one halving → 450
    const scale = { basePoints: 500, baseOdds: 20, pdo: 50 };
    expect(oddsToScore(40, scale)).toBeCloseTo(550, 10);
    expect(oddsToScore(10, scale)).toBeCloseTo(450, 10);
  });

  it("refuses odds ≤ 0 and a bad scale", () => {
    expect(oddsToScore(0)).toEqual(creditError("#VALUE!", "numberNotPositive", { arg: "odds" }));
    expect(oddsToScore(-3)).toEqual(creditError("#VALUE!", "numberNotPositive", { arg: "odds" }));
    expect(oddsToScore(Number.NaN)).toEqual(creditError("#VALUE!", "numberNotFinite", { arg: "odds" }));
    expect(oddsToScore(50, { baseOdds: -50 })).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "baseOdds" }),
    );
  });
});

describe("scoreToOdds", () => {
  it("inverts the acceptance points", () => {
    expect(scoreToOdds(600)).toBeCloseTo(50, 10);
    expect(scoreToOdds(580)).toBeCloseTo(25, 10);
    expect(scoreToOdds(620)).toBeCloseTo(100, 10);
  });

  it("refuses points whose odds overflow or underflow", () => {
    // (1e6 − 487) / 28.85 ≈ 34,640 → e^34,640 overflows; −1e6 underflows to 0
    expect(scoreToOdds(1e6)).toEqual(creditError("#NUM!", "pointsOutOfRange", { points: 1e6 }));
    expect(scoreToOdds(-1e6)).toEqual(creditError("#NUM!", "pointsOutOfRange", { points: -1e6 }));
    expect(scoreToOdds(Number.NaN)).toEqual(creditError("#VALUE!", "numberNotFinite", { arg: "points" }));
    expect(scoreToOdds(600, { pdo: 0 })).toEqual(creditError("#VALUE!", "numberNotPositive", { arg: "pdo" }));
  });

  it("is the inverse of oddsToScore (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (odds) => {
        const back = scoreToOdds(oddsToScore(odds) as number) as number;
        expect(Math.abs(back - odds) / odds).toBeLessThan(1e-10);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 2000, noNaN: true }), (points) => {
        expect(oddsToScore(scoreToOdds(points) as number)).toBeCloseTo(points, 8);
      }),
    );
  });
});

describe("scoreToPd", () => {
  it("is 1 / (1 + good:bad odds)", () => {
    // 600 → 50:1 → 1 / 51 = 0.0196078; 620 → 100:1 → 1 / 101; 580 → 25:1 → 1 / 26
    expect(scoreToPd(600)).toBeCloseTo(1 / 51, 14);
    expect(scoreToPd(620)).toBeCloseTo(1 / 101, 14);
    expect(scoreToPd(580)).toBeCloseTo(1 / 26, 14);
    // the offset (487.123) is 1:1 odds → PD 0.5
    expect(scoreToPd((scoreScaleParameters() as ScoreScaleParameters).offset)).toBeCloseTo(0.5, 14);
  });

  it("tends to 0 and 1 at extreme scores instead of failing", () => {
    expect(scoreToPd(1e6)).toBe(0);
    expect(scoreToPd(-1e6)).toBe(1);
    // 6,000 points: log-odds ≈ 191 → PD ≈ e^-191 ≈ 8e-84, still positive
    const tiny = scoreToPd(6000) as number;
    expect(tiny).toBeGreaterThan(0);
    expect(tiny).toBeLessThan(1e-80);
  });

  it("refuses non-numeric points and a bad scale", () => {
    expect(scoreToPd(Number.NaN)).toEqual(creditError("#VALUE!", "numberNotFinite", { arg: "points" }));
    expect(scoreToPd(600, { baseOdds: 0 })).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "baseOdds" }),
    );
  });
});
