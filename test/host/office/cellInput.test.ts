import { isFormula, needsQuotePrefix, toOfficeCell } from "../../../src/host/office/cellInput";

describe("toOfficeCell", () => {
  it("passes numbers and booleans through", () => {
    expect(toOfficeCell(12.5)).toBe(12.5);
    expect(toOfficeCell(0)).toBe(0);
    expect(toOfficeCell(false)).toBe(false);
  });

  it("writes a blank as null (leave the cell alone) and a non-finite number as a blank", () => {
    expect(toOfficeCell(null)).toBeNull();
    expect(toOfficeCell(Number.NaN)).toBeNull();
    expect(toOfficeCell(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("quote-prefixes text Excel would read as something else", () => {
    expect(toOfficeCell("1-30")).toBe("'1-30"); // a date
    expect(toOfficeCell("2026-10-31")).toBe("'2026-10-31"); // a date
    expect(toOfficeCell("00123")).toBe("'00123"); // the number 123
    expect(toOfficeCell("=1+1")).toBe("'=1+1"); // a formula
    expect(toOfficeCell("+86 10 1234")).toBe("'+86 10 1234");
    expect(toOfficeCell("-")).toBe("'-");
    expect(toOfficeCell("@user")).toBe("'@user");
    expect(toOfficeCell("#N/A")).toBe("'#N/A"); // an error value
    expect(toOfficeCell("TRUE")).toBe("'TRUE"); // a boolean
    expect(toOfficeCell("'quoted")).toBe("''quoted"); // the apostrophe itself is kept
    expect(toOfficeCell(" 42")).toBe("' 42");
    expect(toOfficeCell("2026年10月31日")).toBe("'2026年10月31日");
  });

  it("leaves plain text alone", () => {
    expect(toOfficeCell("Not due")).toBe("Not due");
    expect(toOfficeCell("客户")).toBe("客户");
    expect(toOfficeCell("")).toBe("");
    expect(toOfficeCell("Trueman")).toBe("Trueman");
  });

  it("writes formulas with a leading =", () => {
    expect(toOfficeCell({ formula: "=SUM(B2:B9)" })).toBe("=SUM(B2:B9)");
    expect(toOfficeCell({ formula: "SUM(B2:B9)" })).toBe("=SUM(B2:B9)");
  });
});

describe("needsQuotePrefix / isFormula", () => {
  it("tells risky text and formula cells apart", () => {
    expect(needsQuotePrefix("31-60")).toBe(true);
    expect(needsQuotePrefix("Acme")).toBe(false);
    expect(isFormula({ formula: "=A1" })).toBe(true);
    expect(isFormula("=A1")).toBe(false);
    expect(isFormula(null)).toBe(false);
  });
});
