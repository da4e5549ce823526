import { isCreditError } from "../../../src/core/errors";
import {
  WARNING_RULES,
  WARNING_RULE_IDS,
  type WarningSettings,
  checkWarningSettings,
  defaultWarningSettings,
  runWarningChecks,
  warningRule,
  warningSettingsFromJson,
  warningSettingsToJson,
  withRuleEnabled,
  withThreshold,
} from "../../../src/core/warnings";
import { ledgerOf, ok } from "./_lib/warningsTestKit";

describe("the default rules", () => {
  it("are DESIGN §3.9's, in its order, with its severities and thresholds", () => {
    expect(
      WARNING_RULES.map((r) => [
        r.id,
        r.severity,
        Object.fromEntries(r.thresholds.map((t) => [t.name, t.defaultValue])),
      ]),
    ).toEqual([
      ["over-limit", "high", { tolerance: 0 }],
      ["near-limit", "medium", { low: 0.8, medium: 0.9 }],
      ["veto-late", "high", { days: 10 }],
      ["long-overdue", "high", { days: 90 }],
      ["overdue-share", "medium", { share: 0.3 }],
      ["core-overdue", "high", { days: 30, share: 0.7, salesYears: 3 }],
      ["concentration", "medium", { share: 0.1 }],
      ["grade-d", "high", { score: 60 }],
      ["no-limit", "low", {}],
      ["review-due", "low", { months: 12 }],
      ["deteriorating", "medium", { days: 10, windowDays: 90 }],
      ["dso-over-terms", "medium", { days: 15, periodDays: 365 }],
    ]);
    expect(WARNING_RULES.map((r) => r.id)).toEqual(WARNING_RULE_IDS);
  });

  it("name their texts by message ids of the warnings namespace", () => {
    expect(warningRule("veto-late")).toMatchObject({
      name: "warnings:rules.veto-late.name",
      description: "warnings:rules.veto-late.description",
      action: "warnings:rules.veto-late.action",
      thresholds: [{ name: "days", label: "warnings:rules.veto-late.thresholds.days", unit: "days" }],
    });
    const nearLimit = warningRule("near-limit").thresholds;
    expect(nearLimit.map((t) => [t.name, t.severity, t.notBelow])).toEqual([
      ["low", "low", undefined],
      ["medium", "medium", "low"],
    ]);
  });

  it("are all switched on by default, and the defaults pass their own checks", () => {
    const settings = defaultWarningSettings();
    expect(WARNING_RULE_IDS.filter((id) => !settings.rules[id].enabled)).toEqual([]);
    expect(checkWarningSettings(settings)).toBeUndefined();
  });
});

describe("editing a threshold", () => {
  const defaults = defaultWarningSettings();

  it("changes only that threshold", () => {
    const edited = ok(withThreshold(defaults, "long-overdue", "days", 60));
    expect(edited.rules["long-overdue"].thresholds).toEqual({ days: 60 });
    expect(edited.rules["veto-late"]).toEqual(defaults.rules["veto-late"]);
    expect(defaults.rules["long-overdue"].thresholds).toEqual({ days: 90 }); // not changed in place
  });

  it("refuses a bad value with a CreditError naming the rule and the threshold", () => {
    expect(withThreshold(defaults, "veto-late", "days", -1)).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningThresholdInvalid",
      params: { rule: "veto-late", threshold: "days", value: -1, min: 0, max: 3660 },
    });
    expect(withThreshold(defaults, "overdue-share", "share", 1.01)).toMatchObject({
      id: "warningThresholdInvalid",
      params: { rule: "overdue-share", threshold: "share", value: 1.01, min: 0, max: 1 },
    });
    expect(withThreshold(defaults, "concentration", "share", Number.NaN)).toMatchObject({
      id: "warningThresholdInvalid",
      params: { rule: "concentration", threshold: "share" },
    });
    expect(withThreshold(defaults, "review-due", "months", 1.5)).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningThresholdNotWhole",
      params: { rule: "review-due", threshold: "months", value: 1.5 },
    });
    expect(withThreshold(defaults, "near-limit", "medium", 0.7)).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningThresholdOrder",
      params: { rule: "near-limit", threshold: "medium", other: "low" },
    });
    expect(withThreshold(defaults, "no-limit", "days", 3)).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningThresholdUnknown",
      params: { rule: "no-limit", threshold: "days" },
    });
  });

  it("accepts the ends of a range and equal bands", () => {
    expect(
      ok(withThreshold(defaults, "overdue-share", "share", 1)).rules["overdue-share"].thresholds.share,
    ).toBe(1);
    expect(ok(withThreshold(defaults, "near-limit", "medium", 0.8)).rules["near-limit"].thresholds).toEqual({
      low: 0.8,
      medium: 0.8,
    });
  });

  it("is checked again by the engine for settings made by hand", () => {
    const handMade: WarningSettings = {
      rules: { ...defaults.rules, "grade-d": { enabled: true, thresholds: { score: 101 } } },
    };
    const result = runWarningChecks({ ledger: ledgerOf([]) }, handMade);
    expect(isCreditError(result) && [result.id, result.params.rule, result.params.threshold]).toEqual([
      "warningThresholdInvalid",
      "grade-d",
      "score",
    ]);
    const missing = { rules: { ...defaults.rules, "grade-d": undefined } } as unknown as WarningSettings;
    expect(checkWarningSettings(missing)).toMatchObject({
      id: "warningSettingsInvalid",
      params: { path: "settings.rules.grade-d" },
    });
    const noThreshold: WarningSettings = {
      rules: { ...defaults.rules, "grade-d": { enabled: true, thresholds: {} } },
    };
    expect(checkWarningSettings(noThreshold)).toMatchObject({
      id: "warningThresholdInvalid",
      params: { value: "undefined" },
    });
  });
});

describe("switching a rule", () => {
  it("changes only that rule's switch", () => {
    const off = withRuleEnabled(defaultWarningSettings(), "concentration", false);
    expect(off.rules.concentration).toEqual({ enabled: false, thresholds: { share: 0.1 } });
    expect(WARNING_RULE_IDS.filter((id) => !off.rules[id].enabled)).toEqual(["concentration"]);
  });
});

describe("settings as JSON in the workbook", () => {
  it("write every rule and threshold in the design's order, and read back to the same settings", () => {
    let settings = withRuleEnabled(defaultWarningSettings(), "review-due", false);
    settings = ok(withThreshold(settings, "near-limit", "low", 0.75));
    const json = warningSettingsToJson(settings);
    expect(json.version).toBe(1);
    expect(Object.keys(json.rules)).toEqual(WARNING_RULE_IDS);
    expect(json.rules["near-limit"]).toEqual({ enabled: true, thresholds: { low: 0.75, medium: 0.9 } });
    expect(json.rules["review-due"]).toEqual({ enabled: false, thresholds: { months: 12 } });
    expect(ok(warningSettingsFromJson(JSON.parse(JSON.stringify(json))))).toEqual(settings);
  });

  it("fill what is left out with the defaults", () => {
    const settings = ok(
      warningSettingsFromJson({
        rules: { concentration: { enabled: false }, "veto-late": { thresholds: { days: 5 } } },
      }),
    );
    const expected = ok(
      withThreshold(
        withRuleEnabled(defaultWarningSettings(), "concentration", false),
        "veto-late",
        "days",
        5,
      ),
    );
    expect(settings).toEqual(expected);
    expect(ok(warningSettingsFromJson({}))).toEqual(defaultWarningSettings());
  });

  it("refuse unknown rule ids and thresholds, naming them", () => {
    expect(warningSettingsFromJson({ rules: { "over-limt": {} } })).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningRuleUnknown",
      params: { rule: "over-limt" },
    });
    expect(warningSettingsFromJson({ rules: { "veto-late": { thresholds: { day: 10 } } } })).toMatchObject({
      id: "warningThresholdUnknown",
      params: { rule: "veto-late", threshold: "day" },
    });
  });

  it("refuse bad values, naming the rule and threshold", () => {
    expect(warningSettingsFromJson({ rules: { "veto-late": { thresholds: { days: "10" } } } })).toMatchObject(
      {
        id: "warningThresholdInvalid",
        params: { rule: "veto-late", threshold: "days", value: "10" },
      },
    );
    expect(
      warningSettingsFromJson({ rules: { deteriorating: { thresholds: { windowDays: 0 } } } }),
    ).toMatchObject({
      id: "warningThresholdInvalid",
      params: { rule: "deteriorating", threshold: "windowDays", value: 0, min: 1 },
    });
  });

  it.each([
    [null, "settings"],
    [[], "settings"],
    [{ version: 2 }, "settings.version"],
    [{ rules: [] }, "settings.rules"],
    [{ extra: 1 }, "settings.extra"],
    [{ rules: { "veto-late": true } }, "settings.rules.veto-late"],
    [{ rules: { "veto-late": { enabled: "yes" } } }, "settings.rules.veto-late.enabled"],
    [{ rules: { "veto-late": { thresholds: [10] } } }, "settings.rules.veto-late.thresholds"],
    [{ rules: { "veto-late": { severity: "low" } } }, "settings.rules.veto-late.severity"],
  ])("refuse a wrong layout %j, naming where (%s)", (json, path) => {
    expect(warningSettingsFromJson(json)).toEqual({
      kind: "creditError",
      code: "#VALUE!",
      id: "warningSettingsInvalid",
      params: { path },
    });
  });
});
