import { settingsFromRows, settingsRows } from "../../../src/host/embedded/settingsSheet";

describe("settings sheet", () => {
  it("writes one row per setting, the value as JSON", () => {
    const settings = new Map([
      ["creditkit.ownedSheets", ["Aging"]],
      ["creditkit.thresholds", { nearLimit: 0.8 }],
    ] as const);
    expect(settingsRows(settings)).toEqual([
      ["creditkit.ownedSheets", '["Aging"]'],
      ["creditkit.thresholds", '{"nearLimit":0.8}'],
    ]);
  });

  it("splits a value longer than a cell holds and joins it again", () => {
    // 40,000 characters of text + 2 quotes = 40,002 characters of JSON: 32,000 in B, 8,002 in C
    const long = "x".repeat(40_000);
    const rows = settingsRows(new Map([["big", long]]));
    expect(rows[0]?.map((cell) => cell.length)).toEqual([3, 32_000, 8_002]);
    expect(settingsFromRows(rows).settings.get("big")).toBe(long);
  });

  it("skips a row that is not valid JSON, with a warning", () => {
    const read = settingsFromRows([["good", "1"], ["bad", "{oops"], [null, "2"], []]);
    expect([...read.settings]).toEqual([["good", 1]]);
    expect(read.warnings).toEqual(['_creditkit!A2: the setting "bad" is not valid JSON and was ignored.']);
  });
});
