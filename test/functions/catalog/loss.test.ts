/**
 * CREDIT.ECL / ROLLRATES / ZSCORE / ZZONE / SCORETOODDS / ODDSTOSCORE / SCORETOPD through the catalog
 * wrappers, with Excel-style arguments. Definitions: DESIGN §3.7.
 */
import {
  eclFn,
  oddsToScoreFn,
  rollRatesFn,
  scoreToOddsFn,
  scoreToPdFn,
  zScoreFn,
  zZoneFn,
} from "../../../src/functions/catalog/loss";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("CREDIT.ECL(balances, loss_rates)", () => {
  it("is Σ balance × loss rate", () => {
    // 1,000 × 0.01 + 500 × 0.1 = 10 + 50 = 60
    expect(eclFn([[1000, 500]], [[0.01, 0.1]])).toBeCloseTo(60, 9);
    expect(eclFn([[1000], [500]], [["1%"], ["10%"]])).toBeCloseTo(60, 9);
    // a provision matrix: 10,000 × 0.5 % + 4,000 × 2 % + 1,000 × 10 % + 500 × 100 % = 50 + 80 + 100 + 500 = 730
    expect(eclFn([[10000, 4000, 1000, 500]], [[0.005, 0.02, 0.1, 1]])).toBeCloseTo(730, 9);
  });

  it("skips pairs that are blank on both sides and refuses half-blank pairs", () => {
    // 1,000 × 0.01 = 10
    expect(eclFn([[1000, ""]], [[0.01, ""]])).toBeCloseTo(10, 9);
    expect(eclFn([[1000, 500]], [[0.01, ""]])).toMatchObject(
      error("#N/A", "pairIncomplete", { arg: "loss_rates", index: 2 }),
    );
    expect(eclFn([[1000, ""]], [[0.01, 0.1]])).toMatchObject(
      error("#N/A", "pairIncomplete", { arg: "balances", index: 2 }),
    );
  });

  it("refuses rates outside 0–100 %, mismatched ranges and nothing at all", () => {
    expect(eclFn([[1000]], [[1.5]])).toMatchObject(error("#VALUE!", "rateOutOfRange", { position: 1 }));
    expect(eclFn([[1000, 500]], [[0.01]])).toMatchObject(
      error("#VALUE!", "lengthMismatch", {
        first: "balances",
        firstLength: 2,
        second: "loss_rates",
        secondLength: 1,
      }),
    );
    expect(eclFn([[""]], [[""]])).toMatchObject(error("#VALUE!", "listEmpty"));
    expect(eclFn([[1000, "x"]], [[0.01, 0.1]])).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "balances", index: 2, row: 1, column: 2 }),
    );
  });
});

describe("CREDIT.ROLLRATES(history) (rows = months oldest first, columns = buckets, last = written off)", () => {
  it("spills one row of loss rates, one per bucket", () => {
    const history = [
      [1000, 200, 0],
      [1000, 300, 20],
      [900, 200, 30],
    ];
    // roll rate bucket 1 = (300 + 200) / (1,000 + 1,000) = 0.25; bucket 2 = (20 + 30) / (200 + 300) = 0.1
    // loss rate bucket 2 = 0.1; bucket 1 = 0.25 × 0.1 = 0.025
    const result = rollRatesFn(history) as number[][];
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(2);
    expect(result[0]?.[0]).toBeCloseTo(0.025, 9);
    expect(result[0]?.[1]).toBeCloseTo(0.1, 9);
  });

  it("works from two months", () => {
    // roll rates 300 / 1,000 = 0.3 and 20 / 200 = 0.1 → loss rates 0.3 × 0.1 = 0.03 and 0.1
    const result = rollRatesFn([
      [1000, 200, 0],
      [1000, 300, 20],
    ]) as number[][];
    expect(result[0]?.[0]).toBeCloseTo(0.03, 9);
    expect(result[0]?.[1]).toBeCloseTo(0.1, 9);
  });

  it("caps a loss rate at 100 %", () => {
    // 150 / 100 = 1.5 rolled into write-off (balances bought in, say) → capped at 1
    expect(
      rollRatesFn([
        [100, 0],
        [0, 150],
      ]),
    ).toEqual([[1]]);
  });

  it("refuses one month, one column, negative or unreadable values and a bucket that was always empty", () => {
    expect(rollRatesFn([[1000, 200, 0]])).toMatchObject(error("#N/A", "rollRateTooFewMonths", { months: 1 }));
    expect(rollRatesFn([[1000], [900]])).toMatchObject(error("#VALUE!", "rollRateTooFewColumns"));
    expect(
      rollRatesFn([
        [1000, -1],
        [900, 10],
      ]),
    ).toMatchObject(error("#VALUE!", "historyValueInvalid", { row: 1, column: 2 }));
    expect(
      rollRatesFn([
        [1000, 1],
        [900, "ten"],
      ]),
    ).toMatchObject(error("#VALUE!", "itemNotNumber", { arg: "history", row: 2, column: 2 }));
    // bucket 2 is blank (0) in the first month → nothing to roll from
    expect(
      rollRatesFn([
        [1000, "", 0],
        [1000, 300, 20],
      ]),
    ).toMatchObject(error("#DIV/0!", "rollRateNoBalance", { bucket: 2 }));
  });
});

describe("CREDIT.ZSCORE", () => {
  // Textbook exercise "Computation of z score" (working capital 90,000, total assets 620,000, retained
  // earnings 30,000, EBIT 55,000, market value of equity 100,000, book value of total debt 280,000,
  // sales 440,000), as posed at https://brainmass.com/statistics/z-test/computation-zscore-521231
  const args = [90000, 30000, 55000, 100000, 440000, 620000, 280000] as const;

  it("reproduces the published public-manufacturer example: 1.458641", () => {
    // 1.2 × 90,000 / 620,000 = 0.174194; 1.4 × 30,000 / 620,000 = 0.067742; 3.3 × 55,000 / 620,000 = 0.292742;
    // 0.6 × 100,000 / 280,000 = 0.214286; 1.0 × 440,000 / 620,000 = 0.709677 → Σ = 1.458641
    expect(zScoreFn(...args, null)).toBeCloseTo(1.458641, 6);
    expect(zScoreFn(...args, "public")).toBeCloseTo(1.458641, 6);
    // the same figures typed as text
    expect(
      zScoreFn("90,000", "30,000", "55,000", "100,000", "440,000", "620,000", "280,000", ""),
    ).toBeCloseTo(1.458641, 6);
  });

  it("applies Z′ (private) and Z″ (non-manufacturing, emerging markets) coefficients", () => {
    // Z′ = 0.717 × 90/620 + 0.847 × 30/620 + 3.107 × 55/620 + 0.420 × 100/280 + 0.998 × 440/620
    const private_ =
      0.717 * (90 / 620) + 0.847 * (30 / 620) + 3.107 * (55 / 620) + 0.42 * (100 / 280) + 0.998 * (440 / 620);
    expect(private_).toBeCloseTo(1.278944, 6);
    expect(zScoreFn(...args, "private")).toBeCloseTo(private_, 9);
    // Z″ = 6.56 × 90/620 + 3.26 × 30/620 + 6.72 × 55/620 + 1.05 × 100/280 = 0.952258 + 0.157742 + 0.596129 + 0.375
    const nonMfg = 6.56 * (90 / 620) + 3.26 * (30 / 620) + 6.72 * (55 / 620) + 1.05 * (100 / 280);
    expect(nonMfg).toBeCloseTo(2.081129, 6);
    expect(zScoreFn(...args, "nonmfg")).toBeCloseTo(nonMfg, 9);
    // Z″ needs no sales figure
    expect(zScoreFn(90000, 30000, 55000, 100000, null, 620000, 280000, "nonmfg")).toBeCloseTo(nonMfg, 9);
    // emerging markets: 3.25 + Z″
    expect(zScoreFn(...args, "EM")).toBeCloseTo(3.25 + nonMfg, 9);
  });

  it("refuses a missing sales figure where the model needs it, non-positive totals and unknown models", () => {
    // A blank sales figure is missing data: #N/A, like any required argument left blank.
    expect(zScoreFn(90000, 30000, 55000, 100000, null, 620000, 280000, null)).toMatchObject(
      error("#N/A", "argBlank", { arg: "sales" }),
    );
    expect(zScoreFn(90000, 30000, 55000, 100000, "", 620000, 280000, "private")).toMatchObject(
      error("#N/A", "argBlank", { arg: "sales" }),
    );
    expect(zScoreFn(90000, 30000, 55000, 100000, 440000, 0, 280000, null)).toMatchObject(
      error("#VALUE!", "numberNotPositive", { arg: "totalAssets" }),
    );
    expect(zScoreFn(...args, "altman")).toMatchObject(error("#VALUE!", "argNotChoice", { arg: "model" }));
    expect(zScoreFn(90000, null, 55000, 100000, 440000, 620000, 280000, null)).toMatchObject(
      error("#N/A", "argBlank", { arg: "retained_earnings" }),
    );
  });
});

describe("CREDIT.ZZONE(z, [model])", () => {
  it.each([
    // public: > 2.99 safe, 1.81–2.99 grey, < 1.81 distress
    [3, null, "SAFE"],
    [2.9901, null, "SAFE"],
    [2.99, null, "GREY"], // exactly on the safe cut-off is grey
    [1.81, null, "GREY"],
    [1.8099, null, "DISTRESS"],
    [1.458641, null, "DISTRESS"], // the published example above
    // private: 2.90 / 1.23
    [2.9001, "private", "SAFE"],
    [2.9, "Private", "GREY"],
    [1.23, "private", "GREY"],
    [1.2299, "private", "DISTRESS"],
    // non-manufacturing: 2.60 / 1.10
    [2.61, "nonmfg", "SAFE"],
    [2.6, "nonmfg", "GREY"],
    [1.1, "nonmfg", "GREY"],
    [1.09, "nonmfg", "DISTRESS"],
    // emerging markets: Z″ zones shifted by 3.25 → 5.85 / 4.35
    [5.86, "em", "SAFE"],
    [5.85, "em", "GREY"],
    [4.35, "em", "GREY"],
    [4.34, "em", "DISTRESS"],
  ])("z %p, model %p → %p", (z, model, zone) => {
    expect(zZoneFn(z, model)).toBe(zone);
  });

  it("names a blank z and an unknown model", () => {
    expect(zZoneFn("", null)).toMatchObject(error("#N/A", "argBlank", { arg: "z" }));
    expect(zZoneFn(2, "zeta")).toMatchObject(
      error("#VALUE!", "argNotChoice", { arg: "model", value: "zeta" }),
    );
  });
});

describe("score scaling: points = offset + factor × ln(odds), factor = PDO / ln 2", () => {
  // Siddiqi, "Credit Risk Scorecards" (Wiley, 2006), ch. 6 scaling example: 600 points at 50:1, PDO 20 →
  // factor = 20 / ln 2 = 28.8539, offset = 600 − 28.8539 × ln 50 = 487.123;
  // odds 25:1 (half of 50) → 600 − 20 = 580 points; 100:1 (double) → 600 + 20 = 620 points.
  it("ODDSTOSCORE reproduces the published example with the default scale", () => {
    expect(oddsToScoreFn(50, null, null, null)).toBeCloseTo(600, 9);
    expect(oddsToScoreFn(25, null, null, null)).toBeCloseTo(580, 9);
    expect(oddsToScoreFn(100, null, null, null)).toBeCloseTo(620, 9);
    // odds 1:1 → the offset: 487.123 (to the 3 decimals published)
    expect(oddsToScoreFn(1, null, null, null)).toBeCloseTo(487.123, 3);
    // the same scale given explicitly, as text and as blanks
    expect(oddsToScoreFn(25, 600, 50, 20)).toBeCloseTo(580, 9);
    expect(oddsToScoreFn("100", "600", "50", "20")).toBeCloseTo(620, 9);
    expect(oddsToScoreFn(100, "", "", "")).toBeCloseTo(620, 9);
  });

  it("SCORETOODDS inverts it", () => {
    expect(scoreToOddsFn(580, null, null, null)).toBeCloseTo(25, 9);
    expect(scoreToOddsFn(620, null, null, null)).toBeCloseTo(100, 9);
    expect(scoreToOddsFn(600, null, null, null)).toBeCloseTo(50, 9);
  });

  it("SCORETOPD is 1 / (1 + odds)", () => {
    // 600 → 50:1 → 1 / 51
    expect(scoreToPdFn(600, null, null, null)).toBeCloseTo(1 / 51, 12);
    // 620 → 100:1 → 1 / 101
    expect(scoreToPdFn(620, null, null, null)).toBeCloseTo(1 / 101, 12);
  });

  it("uses another scale when given", () => {
    // 500 points at 1:1 with PDO 50: odds 4:1 is two doublings → 500 + 2 × 50 = 600
    expect(oddsToScoreFn(4, 500, 1, 50)).toBeCloseTo(600, 9);
    // PDO 40 at 600 / 50:1: odds 100:1 → 640
    expect(oddsToScoreFn(100, null, null, 40)).toBeCloseTo(640, 9);
  });

  it("refuses non-positive odds and scale parameters", () => {
    expect(oddsToScoreFn(0, null, null, null)).toMatchObject(
      error("#VALUE!", "numberNotPositive", { arg: "odds" }),
    );
    expect(oddsToScoreFn(50, null, null, 0)).toMatchObject(
      error("#VALUE!", "numberNotPositive", { arg: "pdo" }),
    );
    expect(scoreToOddsFn(600, null, -1, null)).toMatchObject(
      error("#VALUE!", "numberNotPositive", { arg: "baseOdds" }),
    );
    expect(scoreToPdFn(null, null, null, null)).toMatchObject(error("#N/A", "argBlank", { arg: "points" }));
    expect(scoreToPdFn(600, "six hundred", null, null)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "base_points" }),
    );
  });
});

/**
 * A refused cell after skipped blanks is named by its place in the range the user sees, not by its
 * position among the non-blank cells.
 */
const positionOf = (result: unknown): unknown => {
  const params = (result as { params?: Record<string, unknown> }).params ?? {};
  return params.index ?? params.position ?? params.row;
};

describe("positions count blank cells", () => {
  it("ECL names the cell of a bad rate, counting skipped blank pairs", () => {
    // pairs (1,000, 1 %), (blank, blank), (500, 150 %): the bad rate is cell 3
    const result = eclFn([[1000, "", 500]], [[0.01, "", 1.5]]);
    expect(result).toMatchObject(error("#VALUE!", "rateOutOfRange"));
    expect(positionOf(result)).toBe(3);
  });
});
