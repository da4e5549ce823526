import { creditError } from "../../../src/core/errors";
import { availableCredit } from "../../../src/core/limits";

describe("availableCredit", () => {
  it("is limit − exposure − open orders", () => {
    // 50,000 − 42,500 = 7,500
    expect(availableCredit(50_000, 42_500)).toBe(7_500);
    // 50,000 − 30,000 − 5,000 = 15,000
    expect(availableCredit(50_000, 30_000, 5_000)).toBe(15_000);
  });

  it("goes negative when over limit", () => {
    // 50,000 − 42,500 − 10,000 = −2,500
    expect(availableCredit(50_000, 42_500, 10_000)).toBe(-2_500);
  });

  it("is exact to the cent", () => {
    // 1,000.10 − 999.90 = 0.20 (plain floating point gives 0.20000000000004547)
    expect(availableCredit(1_000.1, 999.9)).toBe(0.2);
    // 100,000.10 − 0.10 − 0.20 = 99,999.80
    expect(availableCredit(100_000.1, 0.1, 0.2)).toBe(99_999.8);
  });

  it("returns 0, not −0, when fully used", () => {
    expect(Object.is(availableCredit(100, 100), 0)).toBe(true);
  });

  it("refuses values that are not numbers", () => {
    expect(availableCredit(NaN, 1)).toEqual(creditError("#VALUE!", "notANumber", { arg: "limit" }));
    expect(availableCredit(1, Infinity)).toEqual(creditError("#VALUE!", "notANumber", { arg: "exposure" }));
    expect(availableCredit(1, 1, NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "openOrders" }));
  });
});
