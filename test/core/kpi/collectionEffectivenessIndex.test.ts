import { creditError } from "../../../src/core/errors";
import { collectionEffectivenessIndex } from "../../../src/core/kpi";

describe("collectionEffectivenessIndex", () => {
  it("is collected / collectable", () => {
    // opening 200,000 + sales 500,000 = 700,000 available
    // collected = 700,000 − closing 200,000 = 500,000; collectable = 700,000 − current 100,000 = 600,000
    // 500,000 / 600,000 = 0.8333…
    expect(collectionEffectivenessIndex(200_000, 500_000, 200_000, 100_000)).toBeCloseTo(5 / 6, 14);
    // (50 + 150 − 80) / (50 + 150 − 40) = 120 / 160 = 0.75
    expect(collectionEffectivenessIndex(50, 150, 80, 40)).toBe(0.75);
  });

  it("is 1 when everything left open is current", () => {
    // (100 + 300 − 120) / (100 + 300 − 120) = 1
    expect(collectionEffectivenessIndex(100, 300, 120, 120)).toBe(1);
  });

  it("refuses a period with nothing collectable (#DIV/0!)", () => {
    // 0 + 100 − 100 = 0
    expect(collectionEffectivenessIndex(0, 100, 100, 100)).toEqual(
      creditError("#DIV/0!", "ceiNothingCollectable"),
    );
    // 0.1 + 0.2 − 0.3 is 5.55e-17 in doubles: noise, not an amount
    expect(collectionEffectivenessIndex(0.1, 0.2, 0.3, 0.3)).toEqual(
      creditError("#DIV/0!", "ceiNothingCollectable"),
    );
    expect(collectionEffectivenessIndex(0, 0, 0, 0)).toEqual(creditError("#DIV/0!", "ceiNothingCollectable"));
  });

  it("refuses current receivables above closing receivables", () => {
    expect(collectionEffectivenessIndex(100, 100, 50, 50.01)).toEqual(
      creditError("#VALUE!", "currentExceedsClosing", { closingAr: 50, closingCurrentAr: 50.01 }),
    );
  });

  it("refuses current receivables above opening receivables + sales", () => {
    // 0 + 50 − 80 = −30
    expect(collectionEffectivenessIndex(0, 50, 100, 80)).toEqual(
      creditError("#VALUE!", "ceiCurrentExceedsAvailable"),
    );
  });

  it("refuses negative or non-numeric amounts, naming the argument", () => {
    expect(collectionEffectivenessIndex(-1, 1, 1, 1)).toEqual(
      creditError("#VALUE!", "numberNegative", { arg: "openingAr" }),
    );
    expect(collectionEffectivenessIndex(1, -1, 1, 1)).toEqual(
      creditError("#VALUE!", "numberNegative", { arg: "creditSales" }),
    );
    expect(collectionEffectivenessIndex(1, 1, Number.NaN, 1)).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "closingAr" }),
    );
    expect(collectionEffectivenessIndex(1, 1, 1, -1)).toEqual(
      creditError("#VALUE!", "numberNegative", { arg: "closingCurrentAr" }),
    );
  });
});
