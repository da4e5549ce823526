import { altmanZ, type AltmanInputs } from "../../../src/core/distress";
import { creditError } from "../../../src/core/errors";

/**
 * Textbook exercise "Computation of z score" (reproduced at brainmass.com/statistics/z-test/computation-zscore-521231):
 * working capital 90,000, total assets 620,000, retained earnings 30,000, EBIT 55,000, market value of
 * equity 100,000, book value of total debt 280,000, sales 440,000.
 */
const EXAMPLE: AltmanInputs = {
  workingCapital: 90_000,
  retainedEarnings: 30_000,
  ebit: 55_000,
  equityValue: 100_000,
  sales: 440_000,
  totalAssets: 620_000,
  totalLiabilities: 280_000,
};

describe("altmanZ", () => {
  it("public Z reproduces the published example: 1.458641", () => {
    // 1.2 × 90/620 + 1.4 × 30/620 + 3.3 × 55/620 + 0.6 × 100/280 + 1.0 × 440/620
    // = (108 + 42 + 181.5 + 440) / 620 + 60 / 280 = 771.5 / 620 + 0.2142857 = 1.2443548 + 0.2142857 = 1.4586406
    expect((altmanZ(EXAMPLE, "public") as number).toFixed(6)).toBe("1.458641");
  });

  it("private Z′ uses 0.717, 0.847, 3.107, 0.420, 0.998", () => {
    // (0.717 × 90 + 0.847 × 30 + 3.107 × 55 + 0.998 × 440) / 620 + 0.42 × 100 / 280
    // = (64.53 + 25.41 + 170.885 + 439.12) / 620 + 0.15 = 699.945 / 620 + 0.15 = 1.2789435
    expect(altmanZ(EXAMPLE, "private")).toBeCloseTo(1.2789435484, 9);
  });

  it("non-manufacturing Z″ uses 6.56, 3.26, 6.72, 1.05 and no sales", () => {
    // (6.56 × 90 + 3.26 × 30 + 6.72 × 55) / 620 + 1.05 × 100 / 280 = 1,057.8 / 620 + 0.375 = 2.0811290
    expect(altmanZ(EXAMPLE, "nonmfg")).toBeCloseTo(2.0811290323, 9);
    const { sales: _unused, ...withoutSales } = EXAMPLE;
    expect(altmanZ(withoutSales, "nonmfg")).toBeCloseTo(2.0811290323, 9);
    expect(altmanZ({ ...EXAMPLE, sales: null }, "nonmfg")).toBeCloseTo(2.0811290323, 9);
  });

  it("emerging-market score is Z″ + 3.25", () => {
    // 2.0811290 + 3.25 = 5.3311290
    expect(altmanZ(EXAMPLE, "em")).toBeCloseTo(5.3311290323, 9);
  });

  it("needs sales for the models with a sales term", () => {
    expect(altmanZ({ ...EXAMPLE, sales: null }, "public")).toEqual(
      creditError("#VALUE!", "altmanSalesRequired", { model: "public" }),
    );
    expect(altmanZ({ ...EXAMPLE, sales: Number.NaN }, "private")).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "sales" }),
    );
  });

  it("refuses total assets or liabilities ≤ 0", () => {
    expect(altmanZ({ ...EXAMPLE, totalAssets: 0 }, "public")).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "totalAssets" }),
    );
    expect(altmanZ({ ...EXAMPLE, totalLiabilities: -1 }, "nonmfg")).toEqual(
      creditError("#VALUE!", "numberNotPositive", { arg: "totalLiabilities" }),
    );
  });

  it("accepts negative working capital and retained earnings", () => {
    // public: (1.2 × −90 + 1.4 × −30 + 181.5 + 440) / 620 + 60 / 280 = 471.5 / 620 + 0.2142857 = 0.9747696
    const z = altmanZ({ ...EXAMPLE, workingCapital: -90_000, retainedEarnings: -30_000 }, "public");
    expect(z).toBeCloseTo(471.5 / 620 + 60 / 280, 12);
  });

  it("refuses non-numeric inputs and unknown models", () => {
    expect(altmanZ({ ...EXAMPLE, ebit: Number.NaN }, "public")).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "ebit" }),
    );
    expect(altmanZ(EXAMPLE, "zeta" as never)).toEqual(
      creditError("#VALUE!", "altmanModelUnknown", { model: "zeta" }),
    );
    expect(altmanZ(EXAMPLE, "toString" as never)).toEqual(
      creditError("#VALUE!", "altmanModelUnknown", { model: "toString" }),
    );
  });
});
