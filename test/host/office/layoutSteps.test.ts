import { columnWidthPoints } from "../../../src/host/office";

describe("columnWidthPoints", () => {
  it("converts characters to points: (7 px × characters + 5 px) × 0.75 pt/px", () => {
    // Excel's default width 8.43 characters: 7 × 8.43 + 5 = 64.01 px → × 0.75 = 48.0075 → 48.01 pt.
    expect(columnWidthPoints(8.43)).toBe(48.01);
    // 20 characters: 7 × 20 + 5 = 145 px → 108.75 pt.
    expect(columnWidthPoints(20)).toBe(108.75);
    // 0 characters still has the 5 px padding: 3.75 pt.
    expect(columnWidthPoints(0)).toBe(3.75);
    expect(columnWidthPoints(-3)).toBe(3.75);
  });
});
