import { freeSheetName } from "../../../src/taskpane/views/scorecards/_lib/freeSheetName";

describe("freeSheetName", () => {
  it("keeps a name no sheet has", () => {
    expect(freeSheetName("Scorecard", ["Ledger", "Scores"])).toBe("Scorecard");
  });

  it("numbers a taken name from 2, skipping numbers taken too, ignoring case as Excel does", () => {
    expect(freeSheetName("Scorecard", ["Scorecard"])).toBe("Scorecard (2)");
    expect(freeSheetName("Scorecard", ["SCORECARD", "scorecard (2)", "Scorecard (4)"])).toBe("Scorecard (3)");
    expect(freeSheetName("评分卡", ["评分卡"])).toBe("评分卡 (2)");
  });

  it("shortens a long name so that the number still fits Excel's 31 characters", () => {
    const base = "Weighted card for the east team"; // 31 characters
    expect(base).toHaveLength(31);
    // " (2)" is 4 characters: the first 27 of the name, without the space it would end on.
    expect(freeSheetName(base, [base])).toBe("Weighted card for the east (2)");
    expect(freeSheetName(base, [base]).length).toBeLessThanOrEqual(31);
  });
});
