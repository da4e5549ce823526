import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { sumMoney, toMinorUnits } from "../../../src/core/money";

describe("sumMoney", () => {
  it("adds to the cent where binary addition drifts", () => {
    expect(sumMoney([0.1, 0.2])).toBe(0.3); // plain addition: 0.30000000000000004
    expect(sumMoney(Array.from({ length: 10 }, () => 0.1))).toBe(1); // plain: 0.9999999999999999
    expect(sumMoney([19.99, 5.01, -25])).toBe(0); // 1999 + 501 − 2500 = 0 cents
    expect(sumMoney([1234.56, 789.01, 0.43])).toBe(2024); // 123456 + 78901 + 43 = 202400 cents
  });

  it("sums an empty list to 0", () => {
    expect(sumMoney([])).toBe(0);
  });

  it("rounds each amount to the minor unit of the currency first", () => {
    expect(sumMoney([1500, 250], 0)).toBe(1750); // JPY
    expect(sumMoney([100.4, 0.4], 0)).toBe(100); // 100 + 0 yen: each posting is whole yen
    expect(sumMoney([1.005, 1.005])).toBe(2.02); // 101 + 101 cents
    expect(sumMoney([1.2345, 1.2345], 3)).toBe(2.47); // BHD: 1235 + 1235 fils = 2470 → 2.47
  });

  it("stays exact up to Number.MAX_SAFE_INTEGER minor units and refuses beyond", () => {
    const max = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991
    expect(sumMoney([max - 1, 1], 0)).toBe(max); // exactly at
    expect(sumMoney([max, 1], 0)).toEqual(creditError("#NUM!", "moneySumTooLarge", { decimals: 0 })); // just above
    expect(sumMoney([-max, -1], 0)).toEqual(creditError("#NUM!", "moneySumTooLarge", { decimals: 0 }));
    // Positives alone pass the limit, so the refusal does not depend on where the −1 stands.
    expect(sumMoney([max, 1, -1], 0)).toMatchObject({ id: "moneySumTooLarge" });
    expect(sumMoney([max, -1, 1], 0)).toMatchObject({ id: "moneySumTooLarge" });
    expect(sumMoney([max, -max], 0)).toBe(0);
  });

  it("reports the first bad amount with its 1-based position", () => {
    expect(sumMoney([1, Number.NaN, Number.POSITIVE_INFINITY])).toEqual(
      creditError("#VALUE!", "amountNotFinite", { amount: "NaN", position: 2 }),
    );
    expect(sumMoney([1, 1e20])).toEqual(
      creditError("#NUM!", "amountTooLarge", { amount: "100000000000000000000", decimals: 2, position: 2 }),
    );
    expect(sumMoney([1], 12)).toEqual(
      creditError("#VALUE!", "decimalsOutOfRange", { decimals: "12", max: 10 }),
    );
  });

  const cents = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }); // up to ±1 billion
  const cash = cents.map((c) => c / 100);
  const noisy = fc.double({ min: -1e9, max: 1e9, noNaN: true });

  it("equals the integer sum of the cents", () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 50 }), (list) => {
        const totalCents = list.reduce((a, b) => a + b, 0);
        expect(sumMoney(list.map((c) => c / 100))).toBe((totalCents + 0) / 100);
      }),
    );
  });

  it("equals the sum of toMinorUnits, for any doubles", () => {
    fc.assert(
      fc.property(fc.array(noisy, { maxLength: 50 }), (list) => {
        const totalMinor = list.reduce((sum, x) => sum + (toMinorUnits(x) as number), 0);
        expect(toMinorUnits(sumMoney(list) as number)).toBe(totalMinor + 0);
      }),
    );
  });

  it("does not depend on the order of the amounts", () => {
    const listAndShuffle = fc
      .array(fc.oneof(cash, noisy), { maxLength: 50 })
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })));
    fc.assert(
      fc.property(listAndShuffle, ([list, shuffled]) => {
        expect(sumMoney(shuffled)).toBe(sumMoney(list));
      }),
    );
  });

  it("is associative: summing partial sums gives the whole sum", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cash, noisy)), fc.array(fc.oneof(cash, noisy)), (a, b) => {
        const partials = [sumMoney(a), sumMoney(b)] as number[];
        expect(sumMoney(partials)).toBe(sumMoney([...a, ...b]));
      }),
    );
  });
});
