import { creditError } from "../../../src/core/errors";
import { DEFAULT_LIMIT_POLICY, limitPolicyFromPairs } from "../../../src/core/limits";

describe("limitPolicyFromPairs", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_LIMIT_POLICY).toEqual({
      multipliers: { A: 1.2, B: 1.0, C: 0.5, D: 0 },
      netWorthPct: 0.1,
      workingCapitalPct: 0.1,
      roundTo: 1000,
      daysPerMonth: 30,
    });
  });

  it("returns the defaults for no pairs", () => {
    expect(limitPolicyFromPairs([])).toEqual(DEFAULT_LIMIT_POLICY);
  });

  it("overrides the given keys and keeps the rest", () => {
    expect(
      limitPolicyFromPairs([
        ["multiplier_C", 0.4],
        ["net_worth_pct", 0.15],
        ["working_capital_pct", 0.2],
        ["round_to", 5000],
        ["days_per_month", 31],
      ]),
    ).toEqual({
      multipliers: { A: 1.2, B: 1.0, C: 0.4, D: 0 },
      netWorthPct: 0.15,
      workingCapitalPct: 0.2,
      roundTo: 5000,
      daysPerMonth: 31,
    });
  });

  it("reads keys case-insensitively and any grade label after multiplier_", () => {
    expect(
      limitPolicyFromPairs([
        ["Multiplier_aaa", 1.5],
        [" NET_WORTH_PCT ", 0.05],
      ]),
    ).toMatchObject({ multipliers: { A: 1.2, B: 1.0, C: 0.5, D: 0, AAA: 1.5 }, netWorthPct: 0.05 });
  });

  it("reads numeric text and percentages", () => {
    expect(
      limitPolicyFromPairs([
        ["round_to", " 5000 "],
        ["net_worth_pct", "15%"],
        ["multiplier_B", "0.9"],
      ]),
    ).toMatchObject({ roundTo: 5000, netWorthPct: 0.15, multipliers: { B: 0.9 } });
  });

  it("skips blank rows", () => {
    expect(
      limitPolicyFromPairs([
        ["", ""],
        ["round_to", 500],
      ]),
    ).toMatchObject({ roundTo: 500 });
  });

  it("refuses unknown keys", () => {
    expect(limitPolicyFromPairs([["roundto", 5]])).toEqual(
      creditError("#VALUE!", "policyKeyUnknown", { key: "roundto" }),
    );
    expect(limitPolicyFromPairs([["multiplier_", 1]])).toEqual(
      creditError("#VALUE!", "policyKeyUnknown", { key: "multiplier_" }),
    );
  });

  it("refuses a key given twice, whatever its case", () => {
    expect(
      limitPolicyFromPairs([
        ["round_to", 500],
        ["ROUND_TO", 1000],
      ]),
    ).toEqual(creditError("#VALUE!", "policyKeyDuplicate", { key: "ROUND_TO" }));
  });

  it("refuses values that are not numbers, naming the key", () => {
    expect(limitPolicyFromPairs([["round_to", "lots"]])).toEqual(
      creditError("#VALUE!", "policyValueNotANumber", { key: "round_to", value: "lots" }),
    );
    expect(limitPolicyFromPairs([["net_worth_pct", "1,000"]])).toEqual(
      creditError("#VALUE!", "policyValueNotANumber", { key: "net_worth_pct", value: "1,000" }),
    );
    expect(limitPolicyFromPairs([["multiplier_A", ""]])).toEqual(
      creditError("#VALUE!", "policyValueNotANumber", { key: "multiplier_A", value: "" }),
    );
  });

  it.each([
    ["net_worth_pct", 0, true],
    ["net_worth_pct", 10, true],
    ["net_worth_pct", 10.01, false],
    ["net_worth_pct", -0.01, false],
    ["working_capital_pct", 0, true],
    ["working_capital_pct", 10, true],
    ["working_capital_pct", 10.5, false],
    ["working_capital_pct", -1, false],
  ])("%s = %p is accepted: %p (range 0 to 10)", (key, value, accepted) => {
    const result = limitPolicyFromPairs([[key, value]]);
    if (accepted)
      expect(result).toHaveProperty(key === "net_worth_pct" ? "netWorthPct" : "workingCapitalPct", value);
    else expect(result).toEqual(creditError("#VALUE!", "outOfRange", { arg: key, value, min: 0, max: 10 }));
  });

  it("needs round_to and days_per_month above 0", () => {
    expect(limitPolicyFromPairs([["round_to", 0]])).toEqual(
      creditError("#VALUE!", "notPositive", { arg: "round_to", value: 0 }),
    );
    expect(limitPolicyFromPairs([["round_to", 0.01]])).toMatchObject({ roundTo: 0.01 });
    expect(limitPolicyFromPairs([["days_per_month", -30]])).toEqual(
      creditError("#VALUE!", "notPositive", { arg: "days_per_month", value: -30 }),
    );
  });

  it("needs multipliers of 0 or more", () => {
    expect(limitPolicyFromPairs([["multiplier_C", 0]])).toMatchObject({ multipliers: { C: 0 } });
    expect(limitPolicyFromPairs([["multiplier_C", -0.1]])).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "multiplier_C", value: -0.1 }),
    );
  });

  it("leaves the defaults untouched", () => {
    limitPolicyFromPairs([["multiplier_A", 2]]);
    expect(DEFAULT_LIMIT_POLICY.multipliers.A).toBe(1.2);
  });
});
