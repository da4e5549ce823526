import { creditError } from "../../../src/core/errors";
import { netCollectionRate } from "../../../src/core/rating";

describe("netCollectionRate", () => {
  it("deducts claims paid out from the amount collected", () => {
    // (96,000 − 1,000) / 100,000 = 95,000 / 100,000 = 0.95
    expect(netCollectionRate(96_000, 100_000, 1_000)).toBe(0.95);
  });

  it("treats claims as 0 when omitted", () => {
    // 98,000 / 100,000 = 0.98
    expect(netCollectionRate(98_000, 100_000)).toBe(0.98);
  });

  it("can exceed 100 % when arrears from earlier periods are collected", () => {
    // 120,000 / 100,000 = 1.2
    expect(netCollectionRate(120_000, 100_000)).toBe(1.2);
  });

  it("goes negative when claims exceed collections", () => {
    // (1,000 − 11,000) / 100,000 = −10,000 / 100,000 = −0.1
    expect(netCollectionRate(1_000, 100_000, 11_000)).toBe(-0.1);
  });

  it("refuses an amount due of 0 with #DIV/0!", () => {
    expect(netCollectionRate(50, 0)).toEqual(creditError("#DIV/0!", "divisionByZero", { arg: "due" }));
  });

  it("refuses a negative amount due with #VALUE!", () => {
    expect(netCollectionRate(50, -100)).toEqual(
      creditError("#VALUE!", "notPositive", { arg: "due", value: -100 }),
    );
  });

  it("accepts the smallest positive amounts due but not an overflowing quotient", () => {
    // 1 / 0.5 = 2
    expect(netCollectionRate(1, 0.5)).toBe(2);
    expect(netCollectionRate(1e300, 1e-300)).toEqual(creditError("#NUM!", "numberTooLarge"));
  });

  it("refuses negative collections and claims", () => {
    expect(netCollectionRate(-1, 100)).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "collected", value: -1 }),
    );
    expect(netCollectionRate(100, 100, -5)).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "claims", value: -5 }),
    );
  });

  it("accepts zero collections and zero claims", () => {
    expect(netCollectionRate(0, 100, 0)).toBe(0);
  });

  it("refuses values that are not numbers", () => {
    expect(netCollectionRate(NaN, 100)).toEqual(creditError("#VALUE!", "notANumber", { arg: "collected" }));
    expect(netCollectionRate(1, Infinity)).toEqual(creditError("#VALUE!", "notANumber", { arg: "due" }));
    expect(netCollectionRate(1, 100, NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "claims" }));
  });
});
