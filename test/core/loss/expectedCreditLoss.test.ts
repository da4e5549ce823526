import { creditError } from "../../../src/core/errors";
import { expectedCreditLoss } from "../../../src/core/loss";

describe("expectedCreditLoss", () => {
  it("is Σ bucket balance × loss rate", () => {
    // 100,000 × 0.5 % = 500; 20,000 × 3 % = 600; 5,000 × 50 % = 2,500; total 3,600
    expect(expectedCreditLoss([100_000, 20_000, 5_000], [0.005, 0.03, 0.5])).toBeCloseTo(3600, 9);
  });

  it("accepts the rate bounds 0 and 1", () => {
    // 1,000 × 0 + 250 × 1 = 250
    expect(expectedCreditLoss([1000, 250], [0, 1])).toBe(250);
  });

  it("lets a bucket with a net credit balance lower the allowance", () => {
    // 1,000 × 10 % + (−200) × 10 % = 100 − 20 = 80
    expect(expectedCreditLoss([1000, -200], [0.1, 0.1])).toBeCloseTo(80, 12);
  });

  it("refuses rates outside [0, 1], naming the position", () => {
    expect(expectedCreditLoss([1, 1], [0.5, 1.0001])).toEqual(
      creditError("#VALUE!", "rateOutOfRange", { arg: "lossRates", position: 2 }),
    );
    expect(expectedCreditLoss([1], [-0.0001])).toEqual(
      creditError("#VALUE!", "rateOutOfRange", { arg: "lossRates", position: 1 }),
    );
    expect(expectedCreditLoss([1], [Number.NaN])).toEqual(
      creditError("#VALUE!", "rateOutOfRange", { arg: "lossRates", position: 1 }),
    );
  });

  it("refuses empty, mismatched or non-numeric balances", () => {
    expect(expectedCreditLoss([], [])).toEqual(creditError("#VALUE!", "listEmpty", { arg: "balances" }));
    expect(expectedCreditLoss([1, 2], [0.1])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "lossRates",
        other: "balances",
        actual: 1,
        expected: 2,
      }),
    );
    expect(expectedCreditLoss([1, Number.POSITIVE_INFINITY], [0.1, 0.1])).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "balances", position: 2 }),
    );
  });
});
