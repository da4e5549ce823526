import { creditError } from "../../../src/core/errors";
import { utilisation } from "../../../src/core/limits";

describe("utilisation", () => {
  it("is exposure / limit", () => {
    // 45,000 / 50,000 = 0.9
    expect(utilisation(45_000, 50_000)).toBe(0.9);
    // over limit: 55,000 / 50,000 = 1.1
    expect(utilisation(55_000, 50_000)).toBe(1.1);
    expect(utilisation(0, 50_000)).toBe(0);
  });

  it("is negative for a credit balance", () => {
    // −5,000 / 50,000 = −0.1
    expect(utilisation(-5_000, 50_000)).toBe(-0.1);
  });

  it("refuses a limit of 0 with #DIV/0! and a negative limit with #VALUE!", () => {
    expect(utilisation(1_000, 0)).toEqual(creditError("#DIV/0!", "divisionByZero", { arg: "limit" }));
    expect(utilisation(1_000, -1)).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "limit", value: -1 }),
    );
  });

  it("refuses values that are not numbers and overflowing ratios", () => {
    expect(utilisation(NaN, 1)).toEqual(creditError("#VALUE!", "notANumber", { arg: "exposure" }));
    expect(utilisation(1, NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "limit" }));
    expect(utilisation(1e308, 1e-308)).toEqual(creditError("#NUM!", "numberTooLarge"));
  });
});
