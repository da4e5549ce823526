/**
 * CREDIT.WOE / INFOVALUE / PSI through the catalog wrappers, with Excel-style arguments (ranges as rows of
 * cells). Definitions: DESIGN §3.7 — WOE = ln(%good / %bad), IV = Σ (%good − %bad) · WOE,
 * PSI = Σ (actual% − expected%) · ln(actual% / expected%). Every expectation is worked out here by hand.
 */
import { isCreditError } from "../../../src/core/errors";
import { PSI_ZERO_SHARE, populationStability, weightOfEvidence } from "../../../src/core/scorecard";
import { infoValueFn, psiFn, woeFn } from "../../../src/functions/catalog/statistics";
import { errorMessage } from "../../../src/functions/errorMessage";
import { type FunctionResult } from "../../../src/functions/excel/values";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

/** The numbers of a spilled result, failing the test when it is not a table of numbers and blanks. */
function table(result: FunctionResult): (number | "")[][] {
  if (!Array.isArray(result)) throw new Error(`expected a spill, got ${JSON.stringify(result)}`);
  return result.map((row) =>
    row.map((cell) => {
      if (typeof cell === "number" || cell === "") return cell;
      throw new Error(`unexpected cell ${JSON.stringify(cell)}`);
    }),
  );
}

function expectCloseTable(result: FunctionResult, expected: (number | "")[][]): void {
  const actual = table(result);
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  expected.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = actual[r]?.[c];
      if (value === "") expect(cell).toBe("");
      else expect(cell).toBeCloseTo(value, 12);
    }),
  );
}

// goods 50 / 50 of 100 → %good 0.5 / 0.5; bads 10 / 30 of 40 → %bad 0.25 / 0.75
const WOE_1 = Math.log(0.5 / 0.25); // ln 2
const WOE_2 = Math.log(0.5 / 0.75); // ln(2/3)
const IV = (0.5 - 0.25) * WOE_1 + (0.5 - 0.75) * WOE_2; // 0.25·ln 2 + 0.25·ln 1.5

describe("CREDIT.WOE(goods, bads)", () => {
  it("is ln(%good / %bad) of each bin", () => {
    expect(WOE_1).toBeCloseTo(Math.LN2, 15);
    expect(WOE_2).toBeCloseTo(-Math.log(1.5), 15);
    expectCloseTable(woeFn([[50], [50]], [[10], [30]]), [[WOE_1], [WOE_2]]);
  });

  it("spills in the orientation of goods", () => {
    expectCloseTable(woeFn([[50, 50]], [[10, 30]]), [[WOE_1, WOE_2]]);
    // bads laid out the other way still pair cell by cell; the result follows goods
    expectCloseTable(woeFn([[50], [50]], [[10, 30]]), [[WOE_1], [WOE_2]]);
    expectCloseTable(woeFn([[50, 50]], [[10], [30]]), [[WOE_1, WOE_2]]);
  });

  it("adjusts a bin with no bads by 0.5 of each, the totals unchanged", () => {
    // goods 100 / 80 / 20 of 200, bads 10 / 20 / 0 of 30; bin 3 counts 20.5 goods and 0.5 bads
    const expected = [
      [Math.log(100 / 200 / (10 / 30))],
      [Math.log(80 / 200 / (20 / 30))],
      [Math.log(20.5 / 200 / (0.5 / 30))],
    ];
    const result = woeFn([[100], [80], [20]], [[10], [20], [0]]);
    expectCloseTable(result, expected);
    // the engine's numbers exactly, not a re-derivation of them
    const engine = weightOfEvidence([100, 80, 20], [10, 20, 0]);
    if (isCreditError(engine)) throw new Error("engine refused the counts");
    expect(table(result).map((row) => row[0])).toEqual(engine.bins.map((bin) => bin.woe));
  });

  it("reads counts stored as text, and shows a bin blank on both sides as blank", () => {
    expectCloseTable(woeFn([["50"], [""], [50]], [["10"], [null], [30]]), [[WOE_1], [""], [WOE_2]]);
  });

  it("refuses a bin filled on one side only", () => {
    expect(woeFn([[50], [50]], [[10], [""]])).toMatchObject(
      error("#N/A", "pairIncomplete", { arg: "bads", index: 2 }),
    );
    expect(woeFn([[null], [50]], [[10], [30]])).toMatchObject(
      error("#N/A", "pairIncomplete", { arg: "goods", index: 1 }),
    );
  });

  it("names the cell of a negative count in the range the user sees", () => {
    // item 3 of goods (the blank bin 2 is skipped before the engine counts)
    expect(woeFn([[50], [""], [-5]], [[10], [""], [30]])).toMatchObject(
      error("#VALUE!", "itemNegative", { arg: "goods", position: 3, row: 3, column: 1 }),
    );
    // bads is a row here: its own row and column, not those of goods
    expect(woeFn([[5], [""], [7]], [[1, "", -2]])).toMatchObject(
      error("#VALUE!", "itemNegative", { arg: "bads", position: 3, row: 1, column: 3 }),
    );
  });

  it("refuses text, mismatched ranges, all-zero columns and nothing at all", () => {
    expect(woeFn([[50], ["abc"]], [[10], [30]])).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "goods", index: 2, row: 2, column: 1, value: "abc" }),
    );
    expect(woeFn([[50], [true]], [[10], [30]])).toMatchObject(error("#VALUE!", "itemNotNumber"));
    expect(woeFn([[50], [50]], [[10], [30], [5]])).toMatchObject(
      error("#VALUE!", "lengthMismatch", { first: "goods", firstLength: 2, second: "bads", secondLength: 3 }),
    );
    expect(woeFn([[0], [0]], [[10], [30]])).toMatchObject(error("#DIV/0!", "totalZero", { arg: "goods" }));
    expect(woeFn([[50], [50]], [[0], [0]])).toMatchObject(error("#DIV/0!", "totalZero", { arg: "bads" }));
    expect(woeFn([[""], [""]], [[""], [""]])).toMatchObject(error("#VALUE!", "listEmpty", { arg: "goods" }));
    expect(woeFn(null, null)).toMatchObject(error("#VALUE!", "listEmpty"));
  });

  it("gives one #NUM! rather than a block of them when the totals overflow", () => {
    // 1e308 + 1e308 = Infinity, so every %good is 0 / ∞
    expect(woeFn([[1e308], [1e308]], [[1], [1]])).toMatchObject(error("#NUM!", "numberTooLarge"));
  });
});

describe("CREDIT.INFOVALUE(goods, bads)", () => {
  it("is Σ (%good − %bad) · WOE", () => {
    expect(IV).toBeCloseTo(0.25 * Math.LN2 + 0.25 * Math.log(1.5), 15);
    expect(infoValueFn([[50], [50]], [[10], [30]])).toBeCloseTo(IV, 12);
    expect(infoValueFn([[50, 50]], [[10, 30]])).toBeCloseTo(IV, 12);
    // blank bins add nothing
    expect(infoValueFn([[50], [""], [50]], [[10], [""], [30]])).toBeCloseTo(IV, 12);
  });

  it("includes the adjusted zero cell, and equals the engine's figure", () => {
    // goods 100 / 80 / 20 of 200, bads 10 / 20 / 0 of 30; bin 3 as 20.5 / 0.5
    const shares: [number, number][] = [
      [100 / 200, 10 / 30],
      [80 / 200, 20 / 30],
      [20.5 / 200, 0.5 / 30],
    ];
    const iv = shares.reduce((sum, [g, b]) => sum + (g - b) * Math.log(g / b), 0);
    const result = infoValueFn([[100], [80], [20]], [[10], [20], [0]]);
    expect(result).toBeCloseTo(iv, 12);
    const engine = weightOfEvidence([100, 80, 20], [10, 20, 0]);
    expect(isCreditError(engine) ? engine : engine.iv).toBe(result);
  });

  it("is 0 when every bin has the same mix of goods and bads", () => {
    // 40:10 and 80:20 are both 80 % goods → WOE 0 in each bin
    expect(infoValueFn([[40], [80]], [[10], [20]])).toBeCloseTo(0, 12);
  });

  it("refuses what WOE refuses", () => {
    expect(infoValueFn([[50], [-1]], [[10], [30]])).toMatchObject(
      error("#VALUE!", "itemNegative", { arg: "goods", position: 2 }),
    );
    expect(infoValueFn([[50]], [[10], [30]])).toMatchObject(error("#VALUE!", "lengthMismatch"));
    expect(infoValueFn([[50], [50]], [[0], [0]])).toMatchObject(error("#DIV/0!", "totalZero"));
    expect(infoValueFn([[1e308], [1e308]], [[1], [1]])).toMatchObject(error("#NUM!", "numberTooLarge"));
  });
});

/** Σ (a − e) · ln(a / e) over shares, written out for the tests. */
const psiOf = (expected: number[], actual: number[]) =>
  expected.reduce((sum, e, i) => {
    const a = actual[i] as number;
    return sum + (a - e) * Math.log(a / e);
  }, 0);

describe("CREDIT.PSI(expected, actual)", () => {
  it("is Σ (actual% − expected%) · ln(actual% / expected%), counts turned into shares", () => {
    // expected 400 / 600 → 40 % / 60 %; actual 50 / 50 → 50 % / 50 %
    const psi = 0.1 * Math.log(0.5 / 0.4) + -0.1 * Math.log(0.5 / 0.6);
    expect(psiOf([0.4, 0.6], [0.5, 0.5])).toBeCloseTo(psi, 15);
    expect(psiFn([[400], [600]], [[50], [50]])).toBeCloseTo(psi, 12);
  });

  it("takes shares or counts alike, in a row or a column", () => {
    // 20 / 50 / 30 % against 30 / 50 / 20 %: 0.1 · ln 1.5 + 0 + (−0.1) · ln(2/3) = 0.2 · ln 1.5
    const psi = 0.2 * Math.log(1.5);
    expect(psiFn([[0.2], [0.5], [0.3]], [[30], [50], [20]])).toBeCloseTo(psi, 12);
    expect(psiFn([[20, 50, 30]], [[0.3, 0.5, 0.2]])).toBeCloseTo(psi, 12);
    expect(psiFn([["20%"], ["50%"], ["30%"]], [[3], [5], [2]])).toBeCloseTo(psi, 12);
  });

  it("is 0 for the same distribution", () => {
    expect(psiFn([[1], [2], [3]], [[10], [20], [30]])).toBeCloseTo(0, 12);
  });

  it("counts an emptied bin as the engine's 0.01 % share, and gives the engine's figure", () => {
    // expected 50 / 50 %, actual 100 / 0 % → the 0 share counts as 0.0001
    const psi = (1 - 0.5) * Math.log(1 / 0.5) + (PSI_ZERO_SHARE - 0.5) * Math.log(PSI_ZERO_SHARE / 0.5);
    expect(PSI_ZERO_SHARE).toBe(0.0001);
    const result = psiFn([[50], [50]], [[100], [0]]);
    expect(result).toBeCloseTo(psi, 12);
    const engine = populationStability([50, 50], [100, 0]);
    expect(isCreditError(engine) ? engine : engine.psi).toBe(result);
  });

  it("skips bins blank on both sides and refuses half-blank ones", () => {
    expect(psiFn([[400], [""], [600]], [[50], [""], [50]])).toBeCloseTo(psiOf([0.4, 0.6], [0.5, 0.5]), 12);
    expect(psiFn([[400], [600]], [[50], [null]])).toMatchObject(
      error("#N/A", "pairIncomplete", { arg: "actual", index: 2 }),
    );
  });

  it("refuses negative figures, text, mismatched ranges and an all-zero sample", () => {
    expect(psiFn([[400], [""], [-600]], [[50], [""], [50]])).toMatchObject(
      error("#VALUE!", "itemNegative", { arg: "expected", position: 3, row: 3, column: 1 }),
    );
    expect(psiFn([[400], [600]], [[50], [-50]])).toMatchObject(
      error("#VALUE!", "itemNegative", { arg: "actual", position: 2 }),
    );
    expect(psiFn([[400], [600]], [["many"], [50]])).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "actual", index: 1 }),
    );
    expect(psiFn([[400, 600]], [[50, 30, 20]])).toMatchObject(
      error("#VALUE!", "lengthMismatch", {
        first: "expected",
        firstLength: 2,
        second: "actual",
        secondLength: 3,
      }),
    );
    expect(psiFn([[0], [0]], [[50], [50]])).toMatchObject(error("#DIV/0!", "totalZero", { arg: "expected" }));
    expect(psiFn([[40], [60]], [[0], [0]])).toMatchObject(error("#DIV/0!", "totalZero", { arg: "actual" }));
    expect(psiFn(null, null)).toMatchObject(error("#VALUE!", "listEmpty", { arg: "expected" }));
  });
});

describe("error messages name the argument in every language", () => {
  const negative = psiFn([[400], [-600]], [[50], [50]]);
  const halfBlank = woeFn([[50], [50]], [[10], [""]]);

  it.each(["en", "zh-CN", "zh-TW"] as const)("%s", (language) => {
    if (!isCreditError(negative) || !isCreditError(halfBlank)) throw new Error("expected errors");
    const negativeText = errorMessage(negative, language);
    expect(negativeText).toContain("expected");
    expect(negativeText).toContain("2");
    expect(errorMessage(halfBlank, language)).toContain("bads");
    // a real message, not the generic fallback
    expect(negativeText).not.toBe(errorMessage({ ...negative, id: "noSuchMessage" }, language));
  });

  it("differ between the languages", () => {
    if (!isCreditError(negative)) throw new Error("expected an error");
    const texts = (["en", "zh-CN", "zh-TW"] as const).map((language) => errorMessage(negative, language));
    expect(new Set(texts).size).toBe(3);
  });
});
