import fc from "fast-check";
import { parseNumberText } from "../../../src/core/numbers";

describe("parseNumberText", () => {
  it.each([
    ["1234", 1234],
    ["1,234.50", 1234.5],
    ["1,234,567", 1234567],
    ["-1,234.5", -1234.5],
    ["(1,234.50)", -1234.5],
    ["¥1,234.50", 1234.5],
    ["￥ 88", 88],
    ["RMB 1,000", 1000],
    ["-¥100", -100],
    ["¥-100", -100],
    ["85%", 0.85],
    ["12.5 %", 0.125],
    ["１２３．５", 123.5],
    [" 42 ", 42],
    [".5", 0.5],
    ["1e3", 1000],
    ["+7", 7],
  ])("reads %j as %d", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each([
    "",
    " ",
    "abc",
    "12abc",
    "1,23",
    "1,2345",
    "--5",
    "1.2.3",
    "TRUE",
    "#N/A",
    "2013-01-02",
    "%",
    "()",
  ])("refuses %j", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("reads back every finite number JavaScript prints", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumberText(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it("reads grouped integers as the integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(parseNumberText(grouped)).toBe(n);
      }),
    );
  });
});
