import { cellContentOf, entryText } from "../../../src/playground/workbook/cellInput";

describe("cellContentOf", () => {
  it("reads formulas, plain numbers, booleans and blanks as Excel does", () => {
    expect(cellContentOf("=CREDIT.GRADE(72)")).toBe("=CREDIT.GRADE(72)");
    expect(cellContentOf(" 72 ")).toBe(72);
    expect(cellContentOf("-0.5")).toBe(-0.5);
    expect(cellContentOf("1e3")).toBe(1000);
    expect(cellContentOf("true")).toBe(true);
    expect(cellContentOf("FALSE")).toBe(false);
    expect(cellContentOf("   ")).toBeNull();
  });

  it("keeps everything else as the text typed", () => {
    expect(cellContentOf("1,234")).toBe("1,234");
    expect(cellContentOf("2026-10-31")).toBe("2026-10-31");
    expect(cellContentOf(" Acme")).toBe(" Acme");
  });
});

describe("entryText", () => {
  it("starts from the formula, else the value written plainly", () => {
    expect(entryText("=A1*2", 4)).toBe("=A1*2");
    expect(entryText(undefined, 46326)).toBe("46326");
    expect(entryText(undefined, false)).toBe("FALSE");
    expect(entryText(undefined, { error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(entryText(undefined, null)).toBe("");
  });
});
