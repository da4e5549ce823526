import { DEFAULT_MINOR_UNIT_DECIMALS, minorUnitDecimals, normaliseCurrency } from "../../../src/core/money";

describe("normaliseCurrency", () => {
  it.each([
    ["USD", "USD"],
    [" usd ", "USD"],
    ["ＨＫＤ", "HKD"], // full-width letters
    ["RMB", "CNY"],
    ["rmb", "CNY"],
    ["人民币", "CNY"],
    ["人民幣", "CNY"],
    [" 人民币 ", "CNY"],
    ["美元", "USD"],
    ["港币", "HKD"],
    ["港幣", "HKD"],
    ["新台币", "TWD"],
    ["新臺幣", "TWD"],
    ["日元", "JPY"],
    ["日圓", "JPY"],
    ["欧元", "EUR"],
    ["歐元", "EUR"],
    ["btc", "BTC"], // unknown codes pass through, upper-cased
    ["", ""],
    ["¥", "¥"], // ambiguous (CNY or JPY): never guessed
    ["$", "$"],
  ])("%p → %p", (text, code) => {
    expect(normaliseCurrency(text)).toBe(code);
  });
});

describe("minorUnitDecimals (ISO 4217)", () => {
  it.each([
    ["CNY", 2],
    ["USD", 2],
    ["EUR", 2],
    ["HKD", 2],
    ["TWD", 2], // ISO 4217 lists 2, although cash is handled in whole dollars
    ["JPY", 0],
    ["KRW", 0],
    ["VND", 0],
    ["BHD", 3],
    ["KWD", 3],
    ["OMR", 3],
    ["CLF", 4],
    [" jpy ", 0], // case and spaces do not matter
    ["日圓", 0], // labels are accepted
    ["新臺幣", 2],
    ["XYZ", 2], // unknown → 2
    ["", 2],
  ])("%p has %p decimals", (currency, decimals) => {
    expect(minorUnitDecimals(currency)).toBe(decimals);
  });

  it("defaults to 2", () => {
    expect(DEFAULT_MINOR_UNIT_DECIMALS).toBe(2);
  });
});
