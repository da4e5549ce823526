/**
 * CREDIT.CORE / ABC / SHARE through the catalog wrappers, with Excel-style arguments.
 * Rules: DESIGN §3.8 — customers sorted by sales descending; those making up the first 70 % of the total,
 * including the one that crosses 70 %, are core; ABC: A to 70 %, B to 90 %, C the rest.
 * CORE and ABC spill in the shape of their input: a column in → a column out, a row in → a row out.
 */
import { abcFn, coreFn, shareFn } from "../../../src/functions/catalog/portfolio";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("CREDIT.CORE(sales, [threshold])", () => {
  it("marks the customers that make up the first 70 %, the one crossing 70 % included (column)", () => {
    // total 1,000; 500 → cumulative 50 % (below 70 %, so the next one is needed); 300 → 80 % crosses → core;
    // 200 starts at 80 % → not core
    expect(coreFn([[500], [300], [200]], null)).toEqual([["Core"], ["Core"], [""]]);
  });

  it("keeps the input's shape: a row in → a row out; a block in → the same block out", () => {
    expect(coreFn([[500, 300, 200]], null)).toEqual([["Core", "Core", ""]]);
    // 2×2 block read in reading order: 500, 300 / 200, 0
    expect(
      coreFn(
        [
          [500, 300],
          [200, 0],
        ],
        null,
      ),
    ).toEqual([
      ["Core", "Core"],
      ["", ""],
    ]);
  });

  it("ranks by sales whatever the input order", () => {
    // same customers as above, listed 200, 500, 300
    expect(coreFn([[200], [500], [300]], null)).toEqual([[""], ["Core"], ["Core"]]);
  });

  it("stops at a customer that reaches 70 % exactly", () => {
    // 700 of 1,000 = exactly 70 %: enough on its own; 300 starts at 70 % → not core
    expect(coreFn([[700], [300]], null)).toEqual([["Core"], [""]]);
    // 699.99 of 1,000 = 69.999 %: 300.01 is needed to cross 70 %
    expect(coreFn([[699.99], [300.01]], null)).toEqual([["Core"], ["Core"]]);
  });

  it("treats blank sales as 0 and leaves their cells blank in the spill", () => {
    // 500 (50 %), blank (0), 300 (crosses), 200 → Core, "", Core, ""
    expect(coreFn([[500], [""], [300], [200]], null)).toEqual([["Core"], [""], ["Core"], [""]]);
  });

  it("uses another threshold, as a number or percent text", () => {
    // 50 %: 500 of 1,000 reaches exactly 50 % → only 500 is core
    expect(coreFn([[500], [300], [200]], 0.5)).toEqual([["Core"], [""], [""]]);
    // 80 %: 500 (50 %), 300 reaches exactly 80 % → 200 not core
    expect(coreFn([[500], [300], [200]], "80%")).toEqual([["Core"], ["Core"], [""]]);
    // 81 %: 200 is needed to cross → all core
    expect(coreFn([[500], [300], [200]], "81%")).toEqual([["Core"], ["Core"], ["Core"]]);
    // blank threshold → 70 %
    expect(coreFn([[500], [300], [200]], "")).toEqual([["Core"], ["Core"], [""]]);
  });

  it("refuses zero total sales (#DIV/0!), negative sales, text and thresholds outside (0, 100 %]", () => {
    expect(coreFn([[0], [""]], null)).toMatchObject(error("#DIV/0!", "totalZero", { arg: "sales" }));
    expect(coreFn([[500], [-1]], null)).toMatchObject(
      error("#VALUE!", "itemNegative", { arg: "sales", position: 2 }),
    );
    expect(coreFn([[500], ["Acme"]], null)).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "sales", index: 2, row: 2, column: 1 }),
    );
    expect(coreFn([[500]], 0)).toMatchObject(
      error("#VALUE!", "shareThresholdOutOfRange", { arg: "threshold" }),
    );
    expect(coreFn([[500]], 1.01)).toMatchObject(
      error("#VALUE!", "shareThresholdOutOfRange", { arg: "threshold" }),
    );
  });
});

describe("CREDIT.ABC(sales, [a], [b])", () => {
  it("classes A to 70 %, B to 90 %, C the rest (column)", () => {
    // total 1,000: 500 starts at 0 % → A; 300 starts at 50 % → A (crosses 70 %); 150 starts at 80 % → B
    // (crosses 90 %); 50 starts at 95 % → C
    expect(abcFn([[500], [300], [150], [50]], null, null)).toEqual([["A"], ["A"], ["B"], ["C"]]);
  });

  it("keeps the input's shape: a row in → a row out", () => {
    expect(abcFn([[500, 300, 150, 50]], null, null)).toEqual([["A", "A", "B", "C"]]);
    expect(abcFn([[50, 150, 300, 500]], "", "")).toEqual([["C", "B", "A", "A"]]);
  });

  it("puts a customer that starts exactly at a threshold in the next class", () => {
    // 700 → A (reaches 70 % exactly); 200 starts at 70 % → B (reaches 90 %); 100 starts at 90 % → C
    expect(abcFn([[700], [200], [100]], null, null)).toEqual([["A"], ["B"], ["C"]]);
  });

  it("uses other thresholds", () => {
    // a = 50 %, b = 80 %: 500 → A (reaches 50 %); 300 starts at 50 % → B; 150 starts at 80 % → C; 50 → C
    expect(abcFn([[500], [300], [150], [50]], 0.5, "80%")).toEqual([["A"], ["B"], ["C"], ["C"]]);
  });

  it("refuses a ≥ b and zero sales", () => {
    expect(abcFn([[500], [300]], 0.9, 0.7)).toMatchObject(error("#VALUE!", "abcThresholdsOrder"));
    expect(abcFn([[""]], null, null)).toMatchObject(error("#DIV/0!", "totalZero"));
    expect(abcFn([[500]], true, null)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "a", value: "TRUE" }),
    );
  });
});

describe("CREDIT.SHARE(value, values)", () => {
  it("is value / Σ values, blanks skipped", () => {
    // 250 / (250 + 750) = 0.25
    expect(shareFn(250, [[250], [750]])).toBeCloseTo(0.25, 12);
    expect(shareFn(250, [[250], [""], [750]])).toBeCloseTo(0.25, 12);
    expect(shareFn("250", [["250", "750"]])).toBeCloseTo(0.25, 12);
    // a 1×1 range for value: 100 / 1,000 = 0.1
    expect(shareFn([[100]], [[100, 900]])).toBeCloseTo(0.1, 12);
  });

  it("refuses a zero total (#DIV/0!) and a blank value", () => {
    expect(shareFn(250, [[0]])).toMatchObject(error("#DIV/0!", "totalZero", { arg: "values" }));
    expect(shareFn(null, [[1]])).toMatchObject(error("#N/A", "argBlank", { arg: "value" }));
  });
});
