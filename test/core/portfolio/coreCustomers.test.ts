import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { coreCustomers } from "../../../src/core/portfolio";

describe("coreCustomers", () => {
  it("includes the customer that lands exactly on 70 % and not the next", () => {
    // total 100; ranked 50 (0 % before), 20 (50 %), 20 (70 %: not < 70 %), 10 (90 %)
    // the first 20 brings the cumulative share to exactly 70 % and is core
    expect(coreCustomers([20, 50, 10, 20])).toEqual([true, true, false, false]);
  });

  it("includes the customer that crosses 70 %", () => {
    // total 100; ranked 40 (0 %), 25 (40 %), 20 (65 % < 70 %: core, crosses to 85 %), 15 (85 %)
    expect(coreCustomers([40, 25, 20, 15])).toEqual([true, true, true, false]);
  });

  it("keeps input order among equal sales", () => {
    // total 100; ranked 40 (position 3), 30 (position 1, 40 % before), 30 (position 2, 70 % before)
    expect(coreCustomers([30, 30, 40])).toEqual([true, false, true]);
  });

  it("compares exactly, without binary drift", () => {
    // 0.7 / (0.7 + 0.3) is exactly 70 %: the second customer is not core
    expect(coreCustomers([0.7, 0.3])).toEqual([true, false]);
    // threshold 90 %: ranked 0.7, 0.1, 0.1, 0.1 (total 1.00); before = 0, 0.70, 0.80, 0.90 (exactly 90 %)
    // in doubles 0.7 + 0.1 + 0.1 = 0.8999999999999999, which would wrongly make the last one core
    expect(coreCustomers([0.7, 0.1, 0.1, 0.1], 0.9)).toEqual([true, true, true, false]);
  });

  it("accepts a threshold of 1 (everyone with sales until the total is reached)", () => {
    // ranked 50 (0 %), 50 (50 %), 0 (100 % before: not core)
    expect(coreCustomers([50, 50, 0], 1)).toEqual([true, true, false]);
  });

  it("accepts the smallest threshold it can read, one billionth", () => {
    // only the top customer has less than 0.0000001 % before it
    expect(coreCustomers([10, 90], 1e-9)).toEqual([false, true]);
  });

  it("makes a single customer with sales core", () => {
    expect(coreCustomers([0, 125.5, 0])).toEqual([false, true, false]);
  });

  it("refuses negative sales, a zero total and thresholds outside (0, 1]", () => {
    expect(coreCustomers([10, -1])).toEqual(
      creditError("#VALUE!", "itemNegative", { arg: "sales", position: 2 }),
    );
    expect(coreCustomers([10, Number.NaN])).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "sales", position: 2 }),
    );
    expect(coreCustomers([0, 0])).toEqual(creditError("#DIV/0!", "totalZero", { arg: "sales" }));
    expect(coreCustomers([0.001])).toEqual(creditError("#DIV/0!", "totalZero", { arg: "sales" })); // 0.1 cent → 0 cents
    expect(coreCustomers([])).toEqual(creditError("#VALUE!", "listEmpty", { arg: "sales" }));
    // 1e-10 rounds to 0 billionths, which would make nobody core
    for (const threshold of [0, -0.1, 1e-10, 1.01, Number.NaN]) {
      expect(coreCustomers([1], threshold)).toEqual(
        creditError("#VALUE!", "shareThresholdOutOfRange", { arg: "threshold" }),
      );
    }
  });

  it("core customers reach the threshold and fall below it without the last one (property)", () => {
    const sales = fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 40 });
    const percent = fc.integer({ min: 1, max: 100 });
    fc.assert(
      fc.property(sales, percent, (cents, pct) => {
        const total = cents.reduce((sum, x) => sum + x, 0);
        fc.pre(total > 0);
        const core = coreCustomers(
          cents.map((c) => c / 100),
          pct / 100,
        ) as boolean[];
        const coreCents = cents.filter((_, i) => core[i]);
        const coreTotal = coreCents.reduce((sum, x) => sum + x, 0);
        const smallestCore = Math.min(...coreCents);
        // share ≥ threshold, compared on integers: coreTotal / total ≥ pct / 100
        expect(coreTotal * 100).toBeGreaterThanOrEqual(pct * total);
        // without the last-ranked (smallest) core customer the share is below the threshold
        expect((coreTotal - smallestCore) * 100).toBeLessThan(pct * total);
        // core customers are the largest: none outside sells more than one inside
        const outside = cents.filter((_, i) => !core[i]);
        expect(outside.every((x) => x <= smallestCore)).toBe(true);
      }),
    );
  });
});
