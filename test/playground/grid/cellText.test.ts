import { cellText } from "../../../src/playground/grid/cellText";

describe("cellText", () => {
  it("shows dates through date formats", () => {
    // Serial 46326 is 2026-10-31 (1900 system); serial 1 is 1900-01-01.
    expect(cellText(46326, "yyyy-mm-dd")).toBe("2026-10-31");
    expect(cellText(46326, "d-mmm-yyyy")).toBe("31-Oct-2026");
    expect(cellText(1, "yyyy/m/d")).toBe("1900/1/1");
  });

  it("shows amounts with thousands separators, fixed decimals and the negative section", () => {
    expect(cellText(1234.5, "#,##0.00;-#,##0.00")).toBe("1,234.50");
    expect(cellText(-1234.5, "#,##0.00;-#,##0.00")).toBe("-1,234.50");
    expect(cellText(1234567, "#,##0")).toBe("1,234,567");
    expect(cellText(-16532.114, "#,##0.00")).toBe("-16,532.11");
    expect(cellText(69.25, "0.0")).toBe("69.3");
    expect(cellText(12.4, "0")).toBe("12");
  });

  it("shows percentages scaled by 100", () => {
    // 0.4567 × 100 = 45.67 → one decimal 45.7
    expect(cellText(0.4567, "0.0%")).toBe("45.7%");
    expect(cellText(0.3, "0%")).toBe("30%");
  });

  it("shows numbers without a format as Excel's General does", () => {
    expect(cellText(0.1 + 0.2, undefined)).toBe("0.3");
    expect(cellText(1 / 3, "General")).toBe("0.3333333333");
    expect(cellText(86, undefined)).toBe("86");
    expect(cellText(123456789012, undefined)).toBe("1.23457E+11");
    expect(cellText(0.000000000123, undefined)).toBe("1.23E-10");
  });

  it("shows text, booleans, errors and blanks as they are", () => {
    expect(cellText("INV-1", "#,##0.00")).toBe("INV-1");
    expect(cellText(true, undefined)).toBe("TRUE");
    expect(cellText({ error: "#N/A" }, "0.0")).toBe("#N/A");
    expect(cellText(null, "yyyy-mm-dd")).toBe("");
  });

  it("falls back to General for a format it does not read", () => {
    expect(cellText(1.5, "[h]:mm:ss")).toBe("1.5");
  });
});
