import { blockRows, MAX_BLOCK_ROWS, MIN_BLOCK_ROWS } from "../../../src/host/office/blockRows";

describe("blockRows", () => {
  it("divides the 4 MB budget by the row size with 50 % head-room", () => {
    // 200 bytes a row × 1.5 = 300; 4,000,000 / 300 = 13,333.3 → 13,333 rows.
    expect(blockRows(200)).toBe(13_333);
  });

  it("caps at 20,000 rows when rows are small", () => {
    // 20 × 1.5 = 30 bytes; 4,000,000 / 30 = 133,333 rows, capped.
    expect(blockRows(20)).toBe(MAX_BLOCK_ROWS);
    expect(blockRows(0)).toBe(20_000);
  });

  it("meets the cap exactly at 133.33… bytes a row", () => {
    // 4,000,000 / (20,000 × 1.5) = 133.33 bytes: 133 allows more than 20,000, 134 fewer.
    expect(blockRows(133)).toBe(20_000);
    // 134 × 1.5 = 201; 4,000,000 / 201 = 19,900.4 → 19,900.
    expect(blockRows(134)).toBe(19_900);
  });

  it("clamps a requested size to 5,000–20,000", () => {
    expect(blockRows(20, 1_000)).toBe(MIN_BLOCK_ROWS);
    expect(blockRows(20, 4_999)).toBe(5_000);
    expect(blockRows(20, 5_001)).toBe(5_001);
    expect(blockRows(20, 50_000)).toBe(20_000);
    expect(blockRows(20, Number.NaN)).toBe(20_000);
  });

  it("lets the payload win over the 5,000-row floor for heavy rows", () => {
    // 1,000 bytes × 1.5 = 1,500; 4,000,000 / 1,500 = 2,666.7 → 2,666 rows.
    expect(blockRows(1_000, 5_000)).toBe(2_666);
    // A single row larger than the budget is still read, alone.
    expect(blockRows(10_000_000)).toBe(1);
  });
});
