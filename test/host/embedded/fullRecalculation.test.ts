import { createEngine, createEngineContext } from "../../../src/host/embedded";
import { enteredContent, recalculateEverything } from "../../../src/host/embedded/fullRecalculation";

describe("enteredContent", () => {
  it("gives formulas and values as entered, and leaves the cells a spill covers to its formula", () => {
    // SEQUENCE(3) in B1 spills into B2:B3; A1:A3 are values, C1 a formula over the spill.
    const hf = createEngine(createEngineContext("en"), [
      { name: "Data", content: [[1, "=SEQUENCE(3)", "=SUM(B1:B3)"], ["'two"], [3]] },
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 1 })).toBe(3);
    expect(enteredContent(hf, 0)).toEqual([
      [1, "=SEQUENCE(3)", "=SUM(B1:B3)"],
      ["'two", null],
      [3, null],
    ]);
  });
});

describe("recalculateEverything", () => {
  it("evaluates every formula again, keeps the spill and the sheet numbers", () => {
    const hf = createEngine(createEngineContext("en"), [
      { name: "A", content: [[1]] },
      { name: "B", content: [[2]] },
      { name: "C", content: [["=SEQUENCE(2)", "=SUM(A1:A2)+A!A1"]] },
    ]);
    hf.removeSheet(hf.getSheetId("B") as number);
    const before = hf.getSheetId("C");
    recalculateEverything(hf, [hf.getSheetId("A") as number, before as number]);
    expect(hf.getSheetId("C")).toBe(before);
    // SEQUENCE(2) is 1, 2 in A1:A2 of C; 1 + 2 + A!A1 (1) = 4.
    expect(hf.getCellValue({ sheet: before as number, row: 1, col: 0 })).toBe(2);
    expect(hf.getCellValue({ sheet: before as number, row: 0, col: 1 })).toBe(4);
  });
});
