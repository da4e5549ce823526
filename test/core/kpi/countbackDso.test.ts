import fc from "fast-check";
import { creditError, isCreditError } from "../../../src/core/errors";
import { countbackDso } from "../../../src/core/kpi";

describe("countbackDso", () => {
  it("consumes the most recent months first (hand calculation from the brief)", () => {
    // AR 250; sales most recent first 100 (31 days), 120 (30 days), 90 (31 days)
    // month 1: 100 used up, 150 left → 31 days; month 2: 120 used up, 30 left → 30 days
    // month 3: 30 of 90 → 30 / 90 × 31 = 10.333…; total 31 + 30 + 10.333… = 71.333…
    expect(countbackDso(250, [100, 120, 90], [31, 30, 31])).toBeCloseTo(71 + 1 / 3, 12);
  });

  it("assumes 30-day months when no day counts are given", () => {
    // 30 + 30 + 30 / 90 × 30 = 70
    expect(countbackDso(250, [100, 120, 90])).toBeCloseTo(70, 12);
  });

  it("uses a share of the first month when it covers everything", () => {
    // 50 of 100 → 0.5 × 31 = 15.5
    expect(countbackDso(50, [100, 120, 90], [31, 30, 31])).toBe(15.5);
  });

  it("counts whole months when the receivables end exactly on a month boundary", () => {
    // 220 = 100 + 120 → 31 + 30 = 61
    expect(countbackDso(220, [100, 120, 90], [31, 30, 31])).toBe(61);
    // 310 = all three months → 31 + 30 + 31 = 92
    expect(countbackDso(310, [100, 120, 90], [31, 30, 31])).toBe(92);
  });

  it("is not fooled by binary noise at a month boundary", () => {
    // 300.3 − 100.1 = 200.20000000000002 in doubles, a hair above the 200.2 of month 2: still 30 + 30 = 60
    expect(countbackDso(300.3, [100.1, 200.2])).toBe(60);
  });

  it("counts a month without sales in full", () => {
    // 150: month 1 uses 100 (31 days), month 2 has no sales (28 days), month 3 50 of 100 → 15.5
    // 31 + 28 + 15.5 = 74.5
    expect(countbackDso(150, [100, 0, 100], [31, 28, 31])).toBe(74.5);
  });

  it("is 0 without receivables", () => {
    expect(countbackDso(0, [100, 120])).toBe(0);
    expect(countbackDso(0, [0])).toBe(0);
  });

  it("refuses receivables beyond all the months given with #N/A", () => {
    // 310.01 > 100 + 120 + 90
    expect(countbackDso(310.01, [100, 120, 90])).toEqual(
      creditError("#N/A", "receivablesExceedSales", { months: 3 }),
    );
    expect(countbackDso(1, [0, 0])).toEqual(creditError("#N/A", "receivablesExceedSales", { months: 2 }));
  });

  it("refuses inputs it cannot use", () => {
    expect(countbackDso(-1, [100])).toEqual(creditError("#VALUE!", "numberNegative", { arg: "receivables" }));
    expect(countbackDso(1, [])).toEqual(creditError("#VALUE!", "listEmpty", { arg: "monthlySales" }));
    expect(countbackDso(1, [100, -5])).toEqual(
      creditError("#VALUE!", "itemNegative", { arg: "monthlySales", position: 2 }),
    );
    expect(countbackDso(1, [Number.NaN])).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "monthlySales", position: 1 }),
    );
    expect(countbackDso(1, [100, 100], [31])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "monthDays",
        other: "monthlySales",
        actual: 1,
        expected: 2,
      }),
    );
    expect(countbackDso(1, [100, 100], [31, 0])).toEqual(
      creditError("#VALUE!", "itemNotPositive", { arg: "monthDays", position: 2 }),
    );
    expect(countbackDso(1, [100], [Number.NaN])).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "monthDays", position: 1 }),
    );
  });

  it("never decreases when receivables grow (property)", () => {
    const sales = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e7, noNaN: true })), {
      minLength: 1,
      maxLength: 12,
    });
    const days = fc.integer({ min: 28, max: 31 });
    fc.assert(
      fc.property(
        sales,
        fc.array(days, { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        (monthly, allDays, f1, f2) => {
          const total = monthly.reduce((sum, x) => sum + x, 0);
          const [low, high] = f1 <= f2 ? [f1 * total, f2 * total] : [f2 * total, f1 * total];
          const monthDays = allDays.slice(0, monthly.length);
          const dsoLow = countbackDso(low, monthly, monthDays);
          const dsoHigh = countbackDso(high, monthly, monthDays);
          if (isCreditError(dsoLow)) {
            expect(dsoHigh).toEqual(
              creditError("#N/A", "receivablesExceedSales", { months: monthly.length }),
            );
          } else if (!isCreditError(dsoHigh)) {
            expect(dsoHigh).toBeGreaterThanOrEqual(dsoLow);
          }
        },
      ),
    );
  });
});
