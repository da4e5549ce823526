import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { MoneyAccumulator } from "../../../src/core/money";

describe("MoneyAccumulator", () => {
  it("keeps an exact total in minor units", () => {
    const total = new MoneyAccumulator();
    for (let i = 0; i < 10; i += 1) expect(total.add(0.1)).toBe(true);
    expect(total.totalMinor()).toBe(100); // 10 × 10 cents
    expect(total.total()).toBe(1);
    expect(total.count).toBe(10);
    expect(total.decimals).toBe(2);
  });

  it("takes minor units directly, e.g. to merge another total", () => {
    const total = new MoneyAccumulator(3);
    total.add(1.234); // 1234 fils
    expect(total.addMinor(766)).toBe(true);
    expect(total.totalMinor()).toBe(2000);
    expect(total.total()).toBe(2);
    expect(total.addMinor(0.5)).toBe(false);
    expect(total.total()).toEqual(
      creditError("#VALUE!", "minorUnitsNotWhole", { minor: "0.5", position: 3 }),
    );
  });

  it("keeps the first refusal and reports it from then on", () => {
    const total = new MoneyAccumulator();
    total.add(5);
    expect(total.add(Number.NaN)).toBe(false);
    expect(total.add(7)).toBe(false);
    const refusal = creditError("#VALUE!", "amountNotFinite", { amount: "NaN", position: 2 });
    expect(total.total()).toEqual(refusal);
    expect(total.totalMinor()).toEqual(refusal);
    expect(total.count).toBe(2); // the 7 was not taken
  });

  it("refuses bad decimals from the start", () => {
    const total = new MoneyAccumulator(-1);
    expect(total.add(1)).toBe(false);
    expect(total.total()).toEqual(creditError("#VALUE!", "decimalsOutOfRange", { decimals: "-1", max: 10 }));
  });

  it("returns exactly to zero after adding and then subtracting the same amounts", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 50 }), (amounts) => {
        const total = new MoneyAccumulator();
        amounts.forEach((x) => total.add(x));
        amounts.forEach((x) => total.add(-x));
        expect(total.totalMinor()).toBe(0);
        expect(Object.is(total.total(), 0)).toBe(true);
      }),
    );
  });
});
