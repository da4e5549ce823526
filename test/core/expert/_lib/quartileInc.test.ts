import { quartileInc } from "../../../../src/core/expert/_lib/quartileInc";

describe("quartileInc (Excel QUARTILE.INC)", () => {
  it("matches GrapeCity Spread's documented example", () => {
    // https://help.grapecity.com/spread/SpreadNet11/FR/functionQUARTILE.INC.html:
    // QUARTILE.INC({11,21,42,27,18,29,32,52},1) gives 20.25
    const sorted = [11, 18, 21, 27, 29, 32, 42, 52];
    expect(quartileInc(sorted, 0.25)).toBeCloseTo(20.25, 12);
  });

  it("matches SoftMaker PlanMaker's documented example", () => {
    // https://help.softmaker.com/planmaker2024/en/quartile_inc_quartiles_of_a_data_set.html:
    // cells 1 … 9, QUARTILE.INC(A1:A9, 3) returns 7
    expect(quartileInc([1, 2, 3, 4, 5, 6, 7, 8, 9], 0.75)).toBe(7);
  });

  it("interpolates linearly at 0-based position (n − 1) · p", () => {
    // [2, 3, 4, 5]: p = 0.25 → position 0.75 → 2 + 0.75 · (3 − 2) = 2.75
    expect(quartileInc([2, 3, 4, 5], 0.25)).toBeCloseTo(2.75, 12);
    // p = 0.5 → position 1.5 → 3 + 0.5 · 1 = 3.5
    expect(quartileInc([2, 3, 4, 5], 0.5)).toBeCloseTo(3.5, 12);
  });

  it("returns the only value of a single-value list and the ends at p = 0 and 1", () => {
    expect(quartileInc([4], 0.25)).toBe(4);
    expect(quartileInc([4], 0.75)).toBe(4);
    expect(quartileInc([1, 2, 9], 0)).toBe(1);
    expect(quartileInc([1, 2, 9], 1)).toBe(9);
  });
});
