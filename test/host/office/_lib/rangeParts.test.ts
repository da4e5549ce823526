import { parseRangeAddress, withoutSheet } from "../../../../src/host/office/_lib/rangeParts";

describe("parseRangeAddress", () => {
  it("reads ranges with and without sheet names", () => {
    // B3:K200 → rows 3..200 (198 rows), columns B..K (2..11, 10 columns).
    expect(parseRangeAddress("Sheet1!B3:K200")).toEqual({
      row: 3,
      column: 2,
      rowCount: 198,
      columnCount: 10,
    });
    expect(parseRangeAddress("'It''s Q3!'!C5")).toEqual({ row: 5, column: 3, rowCount: 1, columnCount: 1 });
    expect(parseRangeAddress("$D$9:$B$2")).toEqual({ row: 2, column: 2, rowCount: 8, columnCount: 3 });
  });

  it("refuses what is not a rectangle of cells", () => {
    expect(parseRangeAddress("C:C")).toBeNull();
    expect(parseRangeAddress("A1:B2:C3")).toBeNull();
    expect(parseRangeAddress("")).toBeNull();
  });

  it("strips the sheet name", () => {
    expect(withoutSheet("'Q3 ledger'!A1:H20")).toBe("A1:H20");
    expect(withoutSheet("A1")).toBe("A1");
  });
});
