import { creditError } from "../../../src/core/errors";
import { receivablesTurnover } from "../../../src/core/kpi";

describe("receivablesTurnover", () => {
  it("is credit sales / average receivables", () => {
    // 1,200,000 / 150,000 = 8
    expect(receivablesTurnover(1_200_000, 150_000)).toBe(8);
    // 365 / 8 = 45.625 days, the DSO on average receivables
    expect(365 / (receivablesTurnover(1_200_000, 150_000) as number)).toBe(45.625);
    expect(receivablesTurnover(0, 150_000)).toBe(0);
  });

  it("refuses zero average receivables (#DIV/0!) and negative values (#VALUE!)", () => {
    expect(receivablesTurnover(100, 0)).toEqual(
      creditError("#DIV/0!", "denominatorZero", { arg: "averageAr" }),
    );
    expect(receivablesTurnover(100, -1)).toEqual(
      creditError("#VALUE!", "numberNegative", { arg: "averageAr" }),
    );
    expect(receivablesTurnover(-100, 1)).toEqual(
      creditError("#VALUE!", "numberNegative", { arg: "creditSales" }),
    );
    expect(receivablesTurnover(Number.NaN, 1)).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "creditSales" }),
    );
  });
});
