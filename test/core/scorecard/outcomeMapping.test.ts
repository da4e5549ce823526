import { creditError } from "../../../src/core/errors";
import {
  outcomeFlags,
  outcomeMapping,
  outcomeMappingFromGood,
  proposeOutcomeMapping,
} from "../../../src/core/scorecard";
import { ok } from "./scorecardTestKit";

describe("proposeOutcomeMapping", () => {
  it("reads 1 / 2 as the German credit convention: 1 good, 2 bad", () => {
    expect(proposeOutcomeMapping([1, 2, 1, "2"])).toEqual({ good: ["1"], bad: ["2"], basis: "oneTwo" });
  });

  it("reads words in English and Chinese, whatever their case and spacing", () => {
    expect(proposeOutcomeMapping(["Good", " bad ", "GOOD"])).toEqual({
      good: ["Good"],
      bad: ["bad"],
      basis: "words",
    });
    expect(proposeOutcomeMapping(["好", "坏", "好"])).toEqual({ good: ["好"], bad: ["坏"], basis: "words" });
    expect(proposeOutcomeMapping(["好", "壞"])).toEqual({ good: ["好"], bad: ["壞"], basis: "words" });
    // several words on one side
    expect(proposeOutcomeMapping(["Paid", "Default", "Written off"])).toEqual({
      good: ["Paid"],
      bad: ["Default", "Written off"],
      basis: "words",
    });
  });

  it("reads a 0 / 1 column as a bad flag unless its header says it marks goods", () => {
    expect(proposeOutcomeMapping([0, 1, 1])).toEqual({ good: ["0"], bad: ["1"], basis: "badFlag" });
    expect(proposeOutcomeMapping(["0", "1"], "Default flag")).toEqual({
      good: ["0"],
      bad: ["1"],
      basis: "badFlag",
    });
    expect(proposeOutcomeMapping([0, 1], "Good")).toEqual({ good: ["1"], bad: ["0"], basis: "goodFlag" });
  });

  it("reads Y / N through the header, and calls it ambiguous without one", () => {
    expect(proposeOutcomeMapping(["Y", "N"], "违约")).toEqual({ good: ["N"], bad: ["Y"], basis: "badFlag" });
    expect(proposeOutcomeMapping(["Y", "N"], "Paid on time")).toEqual({
      good: ["Y"],
      bad: ["N"],
      basis: "goodFlag",
    });
    expect(proposeOutcomeMapping(["Y", "N", "Y"])).toEqual(
      creditError("#VALUE!", "outcomeAmbiguous", { values: "Y, N", count: 2 }),
    );
    expect(proposeOutcomeMapping([true, false], "Defaulted")).toEqual({
      good: ["false"],
      bad: ["true"],
      basis: "badFlag",
    });
  });

  it("names the values when it cannot tell", () => {
    expect(proposeOutcomeMapping(["A", "B", "A"])).toEqual(
      creditError("#VALUE!", "outcomeAmbiguous", { values: "A, B", count: 2 }),
    );
    expect(proposeOutcomeMapping([1, 2, 3])).toEqual(
      creditError("#VALUE!", "outcomeAmbiguous", { values: "1, 2, 3", count: 3 }),
    );
    expect(proposeOutcomeMapping(["a", "b", "c", "d", "e", "f", "g"])).toEqual(
      creditError("#VALUE!", "outcomeAmbiguous", { values: "a, b, c, d, e, f, …", count: 7 }),
    );
  });

  it("refuses a column with no values or a single one", () => {
    expect(proposeOutcomeMapping([null, "", "  "])).toEqual(creditError("#VALUE!", "outcomeColumnEmpty"));
    expect(proposeOutcomeMapping(["good", "Good", null])).toEqual(
      creditError("#VALUE!", "outcomeSingleValue", { value: "good" }),
    );
  });
});

describe("outcomeMapping and outcomeMappingFromGood", () => {
  it("keeps the user's values, once each", () => {
    expect(outcomeMapping(["Paid", "paid"], ["Default"])).toEqual({ good: ["Paid"], bad: ["Default"] });
  });

  it("refuses a value on both sides or an empty side", () => {
    expect(outcomeMapping(["Y"], ["y"])).toEqual(
      creditError("#VALUE!", "outcomeMappingOverlap", { value: "y" }),
    );
    expect(outcomeMapping([], ["bad"])).toEqual(creditError("#VALUE!", "outcomeMappingNoGood"));
    expect(outcomeMapping(["good"], [null])).toEqual(creditError("#VALUE!", "outcomeMappingNoBad"));
  });

  it("--good VALUE: the value is good, everything else bad", () => {
    expect(outcomeMappingFromGood(["1", "2", "3", "1"], 1)).toEqual({ good: ["1"], bad: ["2", "3"] });
    expect(outcomeMappingFromGood(["1", "2"], "good")).toEqual(
      creditError("#VALUE!", "outcomeGoodValueAbsent", { value: "good" }),
    );
    expect(outcomeMappingFromGood(["1", "1"], "1")).toEqual(
      creditError("#VALUE!", "outcomeSingleValue", { value: "1" }),
    );
  });
});

describe("outcomeFlags", () => {
  it("flags bads, leaves blank outcomes out of the sample and counts them", () => {
    const flags = ok(outcomeFlags(["1", "2", "", 1, null, "２"], { good: ["1"], bad: ["2"] }));
    expect(Array.from(flags.bad)).toEqual([0, 1, 0, 0, 0, 1]);
    expect(Array.from(flags.rows)).toEqual([0, 1, 3, 5]);
    expect(flags).toMatchObject({ goods: 2, bads: 2, blank: 2 });
  });

  it("refuses a value the mapping does not name, with its row", () => {
    expect(outcomeFlags(["1", "3"], { good: ["1"], bad: ["2"] })).toEqual(
      creditError("#VALUE!", "outcomeValueUnmapped", { value: "3", row: 2 }),
    );
  });

  it("refuses a sample without goods or without bads, and an overlapping mapping", () => {
    expect(outcomeFlags(["2", "2"], { good: ["1"], bad: ["2"] })).toEqual(
      creditError("#VALUE!", "outcomeNoGoods", { rows: 2 }),
    );
    expect(outcomeFlags(["1"], { good: ["1"], bad: ["2"] })).toEqual(
      creditError("#VALUE!", "outcomeNoBads", { rows: 1 }),
    );
    expect(outcomeFlags(["1"], { good: ["1"], bad: [" 1"] })).toEqual(
      creditError("#VALUE!", "outcomeMappingOverlap", { value: "1" }),
    );
  });
});
