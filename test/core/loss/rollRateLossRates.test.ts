import { creditError } from "../../../src/core/errors";
import { expectedCreditLoss, rollRateLossRates, type RollRateResult } from "../../../src/core/loss";

describe("rollRateLossRates", () => {
  // Three months (oldest first) × buckets current, 1-30, 31-60, then the amount written off that month.
  const history = [
    [1000, 400, 200, 0], // M1 (its write-off is never used: nothing rolls into M1)
    [1200, 300, 100, 40], // M2
    [1100, 360, 75, 20], // M3 (its balances are never a denominator: nothing after M3)
  ];

  it("pools balances over consecutive months (hand calculation)", () => {
    // current → 1-30:  (M2 300 + M3 360) / (M1 1,000 + M2 1,200) = 660 / 2,200 = 0.3
    // 1-30 → 31-60:    (M2 100 + M3 75) / (M1 400 + M2 300)      = 175 / 700   = 0.25
    // 31-60 → written off: (M2 40 + M3 20) / (M1 200 + M2 100)   = 60 / 300    = 0.2
    // loss rates: 31-60 = 0.2; 1-30 = 0.25 × 0.2 = 0.05; current = 0.3 × 0.05 = 0.015
    const result = rollRateLossRates(history) as RollRateResult;
    expect(result.rollRates).toEqual([0.3, 0.25, 0.2]);
    expect(result.lossRates[0]).toBeCloseTo(0.015, 15);
    expect(result.lossRates[1]).toBeCloseTo(0.05, 15);
    expect(result.lossRates[2]).toBe(0.2);
  });

  it("differs from averaging monthly ratios (why pooling: a small month does not swing the rate)", () => {
    // month by month the current bucket rolls 100 / 1,000 = 10 %, then 10 / 10 = 100 % of a tiny month
    const small = [
      [1000, 0, 0],
      [10, 100, 0],
      [0, 10, 50],
    ];
    // pooled current roll: (100 + 10) / (1,000 + 10) = 110 / 1,010 ≈ 0.1089; the mean of ratios would be 0.55
    const result = rollRateLossRates(small) as RollRateResult;
    expect(result.rollRates[0]).toBeCloseTo(110 / 1010, 15);
    // 1-30 → written off: (0 + 50) / (0 + 100) = 0.5
    expect(result.rollRates[1]).toBe(0.5);
  });

  it("feeds a provision matrix", () => {
    // with the rates above on balances 10,000 / 2,000 / 500:
    // 10,000 × 0.015 + 2,000 × 0.05 + 500 × 0.2 = 150 + 100 + 100 = 350
    const { lossRates } = rollRateLossRates(history) as RollRateResult;
    expect(expectedCreditLoss([10_000, 2_000, 500], lossRates)).toBeCloseTo(350, 10);
  });

  it("works with the minimum: 2 months, one bucket and the write-off column", () => {
    // 30 written off in month 2 out of 120 in the bucket in month 1: 0.25
    expect(
      rollRateLossRates([
        [120, 0],
        [80, 30],
      ]),
    ).toEqual({ rollRates: [0.25], lossRates: [0.25] });
  });

  it("caps loss rates at 1 at every step", () => {
    // roll 31-60 → write-off = 150 / 100 = 1.5 (re-dated invoices) → loss 1, not 1.5
    // roll 1-30 → 31-60 = 100 / 200 = 0.5 → loss 0.5 × 1 = 0.5 (not 0.5 × 1.5 = 0.75)
    const result = rollRateLossRates([
      [200, 100, 0],
      [0, 100, 150],
    ]) as RollRateResult;
    expect(result.rollRates).toEqual([0.5, 1.5]);
    expect(result.lossRates).toEqual([0.5, 1]);
  });

  it("needs at least 2 months (#N/A)", () => {
    expect(rollRateLossRates([[100, 0]])).toEqual(creditError("#N/A", "rollRateTooFewMonths", { months: 1 }));
    expect(rollRateLossRates([])).toEqual(creditError("#N/A", "rollRateTooFewMonths", { months: 0 }));
  });

  it("refuses a bucket with no balance in any source month (#DIV/0!), naming it", () => {
    // bucket 2 (1-30) is 0 in months 1 and 2; its month-3 balance is never a denominator
    const result = rollRateLossRates([
      [100, 0, 0, 0],
      [100, 0, 10, 0],
      [100, 50, 10, 5],
    ]);
    expect(result).toEqual(creditError("#DIV/0!", "rollRateNoBalance", { bucket: 2 }));
  });

  it("refuses a malformed history", () => {
    expect(rollRateLossRates([[100], [100]])).toEqual(
      creditError("#VALUE!", "rollRateTooFewColumns", { columns: 1 }),
    );
    expect(
      rollRateLossRates([
        [100, 0],
        [100, 0, 0],
      ]),
    ).toEqual(creditError("#VALUE!", "rowLengthMismatch", { row: 2, expected: 2, actual: 3 }));
    expect(
      rollRateLossRates([
        [100, 0],
        [100, -1],
      ]),
    ).toEqual(creditError("#VALUE!", "historyValueInvalid", { row: 2, column: 2 }));
    expect(
      rollRateLossRates([
        [Number.NaN, 0],
        [100, 1],
      ]),
    ).toEqual(creditError("#VALUE!", "historyValueInvalid", { row: 1, column: 1 }));
  });
});
