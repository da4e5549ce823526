import { overflowSpan, textWidth } from "../../../src/playground/grid/textOverflow";

describe("overflowSpan", () => {
  const widths = [100, 100, 100, 100];

  it("spans a long text over the empty cells it needs, and no further", () => {
    // 30 Latin characters ≈ 30 × 8.5 = 255 px + 12 px padding: three 100 px columns.
    const title = "x".repeat(30);
    expect(textWidth(title)).toBe(255);
    expect(overflowSpan([title, null, null, null], 0, widths)).toBe(3);
  });

  it("stops at a cell with a value and never spans a short text, a number or a blank", () => {
    expect(overflowSpan(["x".repeat(30), null, 5, null], 0, widths)).toBe(2);
    expect(overflowSpan(["short", null], 0, widths)).toBe(1);
    expect(overflowSpan([123456789, null], 0, widths)).toBe(1);
    expect(overflowSpan([null, null], 0, widths)).toBe(1);
  });

  it("counts a CJK character as about two Latin ones, and a larger font as wider", () => {
    expect(textWidth("应收")).toBe(30);
    expect(textWidth("应收", 26)).toBe(60);
  });
});
