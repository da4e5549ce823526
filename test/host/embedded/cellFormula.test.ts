import { EmbeddedWorkbook } from "../../../src/host/embedded";

describe("EmbeddedWorkbook.cellFormula", () => {
  it("gives a formula cell's text with its = and nothing for values, blanks and spilled cells", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", 72);
    workbook.setCell("Sheet1", "B1", "=CREDIT.GRADE(A1)");
    workbook.setCell("Sheet1", "C1", "=CREDIT.AGING({100,200},{45000,45100},45200)");
    workbook.setCell("Sheet1", "A2", "grade B");
    expect(workbook.cellFormula("Sheet1", "B1")).toBe("=CREDIT.GRADE(A1)");
    expect(workbook.cellFormula("Sheet1", "C1")).toBe("=CREDIT.AGING({100,200},{45000,45100},45200)");
    expect(workbook.cellFormula("Sheet1", "A1")).toBeUndefined();
    expect(workbook.cellFormula("Sheet1", "A2")).toBeUndefined();
    expect(workbook.cellFormula("Sheet1", "Z9")).toBeUndefined();
    // D1 holds the spilled second label ("1-30"), not a formula of its own.
    expect(workbook.getCellValue("Sheet1", "D1")).toEqual({ kind: "value", value: "1-30" });
    expect(workbook.cellFormula("Sheet1", "D1")).toBeUndefined();
  });

  it("keeps the formula text after the workbook round-trips through .xlsx", async () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", "=CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})");
    const reread = await EmbeddedWorkbook.fromXlsx(await workbook.toXlsx());
    expect(reread.cellFormula("Sheet1", "A1")).toBe("=CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})");
    expect(reread.getCellValue("Sheet1", "A1")).toEqual({ kind: "value", value: 86 });
  });
});
