import { HyperFormula } from "hyperformula";
import { creditError } from "../../../src/core/errors";
import { errorMessage } from "../../../src/functions/errorMessage";
import { FUNCTION_EXAMPLES } from "../../../src/functions/metadata/examples";
import { exampleFormula } from "../../../src/functions/metadata/exampleText";
import { CREDIT_FUNCTIONS } from "../../../src/functions/registry";
import {
  CreditFunctionsPlugin,
  EmbeddedWorkbook,
  creditFunctionTranslations,
  registerCreditFunctions,
} from "../../../src/host/embedded";
import { shownText, sizeOf } from "./helpers";

describe("CreditFunctionsPlugin", () => {
  it("declares every CREDIT function, and only those", () => {
    expect(Object.keys(CreditFunctionsPlugin.implementedFunctions).sort()).toEqual(
      CREDIT_FUNCTIONS.map((spec) => `CREDIT.${spec.id}`).sort(),
    );
    expect(CREDIT_FUNCTIONS).toHaveLength(38);
  });

  it("names the functions in HyperFormula's language package, dot included", () => {
    registerCreditFunctions();
    registerCreditFunctions(); // a second call changes nothing
    expect(creditFunctionTranslations().enGB?.["CREDIT.DSOCOUNTBACK"]).toBe("CREDIT.DSOCOUNTBACK");
    expect(HyperFormula.getRegisteredFunctionNames("enGB")).toEqual(
      expect.arrayContaining(["CREDIT.GRADE", "CREDIT.AGING"]),
    );
  });

  it.each(CREDIT_FUNCTIONS.map((spec) => [spec.id] as const))(
    "CREDIT.%s is callable and shows what the reference says",
    (id) => {
      // The worked examples of src/functions/metadata/examples.ts, each checked by hand there.
      const example = FUNCTION_EXAMPLES[id];
      if (!example) throw new Error(`no example for ${id}`);
      const workbook = EmbeddedWorkbook.empty();
      expect(shownText(workbook.evaluate(exampleFormula(id, example.args)), example.digits)).toBe(
        example.shows,
      );
    },
  );

  it("accepts lower-case names, like Excel", () => {
    // 70 ≤ 72 < 85 → B
    expect(EmbeddedWorkbook.empty().evaluate("=credit.grade(72)")).toEqual({ kind: "value", value: "B" });
  });
});

describe("spilled results", () => {
  const cases: [string, string, number, number][] = [
    // labels + sums; default edges 30,60,90,120 on the due basis: Not due + 4 ranges + 121+ = 6 columns
    ["AGING, default buckets", "=CREDIT.AGING(A1:A2,B1:B2,C1)", 2, 6],
    // invoice basis has no "Not due": 0-30, 31-60, 61-90, 91-120, 121+ = 5 columns
    ["AGING, invoice basis", '=CREDIT.AGING(A1:A2,B1:B2,C1,,"invoice")', 2, 5],
    // edges 30,60 on the due basis: Not due, 1-30, 31-60, 61+ = 4 columns
    ["AGING, edges 30,60", '=CREDIT.AGING(A1:A2,B1:B2,C1,"30,60")', 2, 4],
    ["AGING, edges as an array", "=CREDIT.AGING(A1:A2,B1:B2,C1,{30,60,90})", 2, 5],
    // labels row + amounts row, five methods
    ["LIMITS", '=CREDIT.LIMITS("A",100000,60,10,2000000)', 2, 5],
    // 3 bucket columns + write-off → 2 loss rates... here 4 columns → 3 rates in one row
    ["ROLLRATES", "=CREDIT.ROLLRATES({1000,400,200,0;1200,300,100,40;1100,360,75,20})", 1, 3],
    // one label per customer, in the shape of sales
    ["CORE, a column", "=CREDIT.CORE(E1:E3)", 3, 1],
    ["ABC, a row", "=CREDIT.ABC({500,300,150,50})", 1, 4],
    // one WOE per bin, in the shape of goods
    ["WOE, a column", "=CREDIT.WOE(E1:E3,{10;20;30})", 3, 1],
    ["WOE, a row", "=CREDIT.WOE({50,50},{10,30})", 1, 2],
  ];

  it.each(cases)("%s spills to %s", (_name, formula, rows, columns) => {
    const workbook = EmbeddedWorkbook.empty();
    // amounts 100, 200; due 45000, 45100; as of 45200; sales 500, 300, 200
    for (const [address, value] of [
      ["A1", 100],
      ["A2", 200],
      ["B1", 45000],
      ["B2", 45100],
      ["C1", 45200],
      ["E1", 500],
      ["E2", 300],
      ["E3", 200],
    ] as const) {
      workbook.setCell("Sheet1", address, value);
    }
    workbook.setCell("Sheet1", "G10", formula);
    const value = workbook.getCellValue("Sheet1", "G10");
    expect(sizeOf(value)).toEqual({ rows, columns });
    // the cell just past the spill is untouched
    expect(workbook.getCellValue("Sheet1", `${String.fromCharCode(71 + columns)}10`)).toEqual({
      kind: "value",
      value: null,
    });
  });

  it("places the AGING sums under their labels", () => {
    const workbook = EmbeddedWorkbook.empty();
    // as of 45200: the 100 due 45000 is 200 days past due → 121+; the 200 due 45100 is 100 days → 91-120
    workbook.setCell("Sheet1", "A1", 100);
    workbook.setCell("Sheet1", "A2", 200);
    workbook.setCell("Sheet1", "B1", 45000);
    workbook.setCell("Sheet1", "B2", 45100);
    workbook.setCell("Sheet1", "C1", 45200);
    workbook.setCell("Sheet1", "D5", "=CREDIT.AGING(A1:A2,B1:B2,C1)");
    expect(shownText(workbook.getCellValue("Sheet1", "D5"))).toBe(
      "Not due, 1-30, 31-60, 61-90, 91-120, 121+ | 0, 0, 0, 0, 200, 100",
    );
    expect(workbook.getCellValue("Sheet1", "I6")).toEqual({ kind: "value", value: 100 });
  });

  it("resizes when the basis comes from a cell and changes", () => {
    const workbook = EmbeddedWorkbook.empty();
    for (const [address, value] of [
      ["A1", 100],
      ["A2", 200],
      ["B1", 45000],
      ["B2", 45100],
      ["C1", 45200],
      ["C2", "invoice"],
    ] as const) {
      workbook.setCell("Sheet1", address, value);
    }
    workbook.setCell("Sheet1", "D5", "=CREDIT.AGING(A1:A2,B1:B2,C1,,C2)");
    // C2 holds "invoice": 5 buckets, not the 6 a reference is first assumed to give
    expect(sizeOf(workbook.getCellValue("Sheet1", "D5"))).toEqual({ rows: 2, columns: 5 });
    expect(workbook.getCellValue("Sheet1", "I5")).toEqual({ kind: "value", value: null });
    workbook.setCell("Sheet1", "C2", "due");
    expect(sizeOf(workbook.getCellValue("Sheet1", "D5"))).toEqual({ rows: 2, columns: 6 });
    expect(workbook.getCellValue("Sheet1", "I6")).toEqual({ kind: "value", value: 100 });
    workbook.setCell("Sheet1", "C2", "invoice");
    expect(sizeOf(workbook.getCellValue("Sheet1", "D5"))).toEqual({ rows: 2, columns: 5 });
  });

  it("resizes CORE when its sales come from another formula's spill", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", "={500;300;200}");
    workbook.setCell("Sheet1", "C1", "=CREDIT.CORE(A1:A3)");
    // 500 / 1000 = 50 % < 70 %, then 800 / 1000 = 80 % crosses 70 % → core, core, not core
    expect(shownText(workbook.getCellValue("Sheet1", "C1"))).toBe("Core | Core | ");
  });

  it("computes WOE, INFOVALUE and PSI from cells", () => {
    const workbook = EmbeddedWorkbook.empty();
    // goods 50 / 50, bads 10 / 30 → %good 0.5 / 0.5, %bad 0.25 / 0.75
    for (const [address, value] of [
      ["A1", 50],
      ["A2", 50],
      ["B1", 10],
      ["B2", 30],
    ] as const) {
      workbook.setCell("Sheet1", address, value);
    }
    workbook.setCell("Sheet1", "D1", "=CREDIT.WOE(A1:A2,B1:B2)");
    const spill = workbook.getCellValue("Sheet1", "D1");
    if (spill.kind !== "array") throw new Error(`WOE did not spill: ${JSON.stringify(spill)}`);
    expect(spill.rows.map((row) => row.length)).toEqual([1, 1]);
    expect(spill.rows[0]?.[0]).toBeCloseTo(Math.log(0.5 / 0.25), 12);
    expect(spill.rows[1]?.[0]).toBeCloseTo(Math.log(0.5 / 0.75), 12);
    // the second bin's WOE sits in the cell below
    const below = workbook.getCellValue("Sheet1", "D2");
    expect(below.kind === "value" ? below.value : below).toBeCloseTo(Math.log(0.5 / 0.75), 12);
    const iv = workbook.evaluate("=CREDIT.INFOVALUE(Sheet1!A1:A2,Sheet1!B1:B2)");
    expect(iv.kind === "value" ? iv.value : iv).toBeCloseTo(0.25 * Math.LN2 + 0.25 * Math.log(1.5), 12);
    // expected 40 / 60 %, actual 50 / 50 %: 0.1 · ln(0.5 / 0.4) + (−0.1) · ln(0.5 / 0.6)
    const psi = workbook.evaluate("=CREDIT.PSI({400;600},Sheet1!A1:A2)");
    expect(psi.kind === "value" ? psi.value : psi).toBeCloseTo(
      0.1 * Math.log(0.5 / 0.4) - 0.1 * Math.log(0.5 / 0.6),
      12,
    );
    // the spill feeds other formulas: ln 2 + ln(2/3) = ln(4/3)
    const sum = workbook.evaluate("=SUM(CREDIT.WOE(Sheet1!A1:A2,Sheet1!B1:B2))");
    expect(sum.kind === "value" ? sum.value : sum).toBeCloseTo(Math.log(4 / 3), 12);
  });

  it("shows one error cell, not a block, when a spilling function fails", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", '=CREDIT.LIMITS("Q",100000,60)');
    const value = workbook.getCellValue("Sheet1", "A1");
    expect(value).toMatchObject({ kind: "error", error: "#VALUE!" });
    expect(workbook.getCellValue("Sheet1", "B1")).toEqual({ kind: "value", value: null });
    workbook.setCell("Sheet1", "B2", "x");
    // a value in what would have been the spill area does not matter: nothing spills
    expect(workbook.getCellValue("Sheet1", "A1")).toMatchObject({ kind: "error", error: "#VALUE!" });
  });

  it("reports #SPILL! when the cells are taken, and spills once they are free", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "B2", "taken");
    workbook.setCell("Sheet1", "A1", '=CREDIT.LIMITS("A",100000,60,10,2000000)');
    expect(workbook.getCellValue("Sheet1", "A1")).toMatchObject({ kind: "error", error: "#SPILL!" });
    workbook.setCell("Sheet1", "B2", null);
    // recommended = min(280,000, 200,000) = 200,000 at the end of the amounts row
    expect(workbook.getCellValue("Sheet1", "E2")).toEqual({ kind: "value", value: 200000 });
  });

  it("works inside other formulas", () => {
    const workbook = EmbeddedWorkbook.empty();
    // LIMITS amounts: need 233,333.33; adjusted 280,000; net-worth cap 200,000; working-capital cap ""; recommended 200,000
    expect(workbook.evaluate('=INDEX(CREDIT.LIMITS("A",100000,60,10,2000000),2,5)')).toEqual({
      kind: "value",
      value: 200000,
    });
    // sums of AGING {100,200}: 100 + 200 = 300
    expect(workbook.evaluate("=SUM(CREDIT.AGING({100,200},{45000,45100},45200))")).toEqual({
      kind: "value",
      value: 300,
    });
    workbook.setCell("Sheet1", "A1", "=CREDIT.ABC({500,300,150,50})");
    workbook.setCell("Sheet1", "A3", "=TRANSPOSE(CREDIT.ABC({500,300,150,50}))");
    expect(shownText(workbook.getCellValue("Sheet1", "A3"))).toBe("A | A | B | C");
  });
});

describe("errors", () => {
  it("carry the Excel code and the translated message", () => {
    const english = EmbeddedWorkbook.empty();
    const chinese = EmbeddedWorkbook.empty({ language: "zh-CN" });
    const notNumber = creditError("#VALUE!", "argNotNumber", { arg: "score", value: "abc" });
    expect(english.evaluate('=CREDIT.GRADE("abc")')).toEqual({
      kind: "error",
      error: "#VALUE!",
      message: errorMessage(notNumber, "en"),
    });
    expect(chinese.evaluate('=CREDIT.GRADE("abc")')).toEqual({
      kind: "error",
      error: "#VALUE!",
      message: errorMessage(notNumber, "zh-CN"),
    });
    expect(errorMessage(notNumber, "zh-CN")).not.toBe(errorMessage(notNumber, "en"));
  });

  it("map every CreditError code to the same Excel error", () => {
    const workbook = EmbeddedWorkbook.empty();
    // blank required argument → #N/A
    expect(workbook.evaluate("=CREDIT.GRADE(Z99)")).toMatchObject({ kind: "error", error: "#N/A" });
    // due 0 → the rate has no denominator → #DIV/0!
    expect(workbook.evaluate("=CREDIT.COLLECTIONRATE(100,0)")).toMatchObject({
      kind: "error",
      error: "#DIV/0!",
    });
    expect(workbook.evaluate('=CREDIT.GRADE("x")')).toMatchObject({ kind: "error", error: "#VALUE!" });
  });

  it("switch language when the workbook does", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", '=CREDIT.GRADE("abc")');
    workbook.setLanguage("zh-TW");
    const message = errorMessage(
      creditError("#VALUE!", "argNotNumber", { arg: "score", value: "abc" }),
      "zh-TW",
    );
    expect(workbook.getCellValue("Sheet1", "A1")).toEqual({ kind: "error", error: "#VALUE!", message });
  });

  it("in an argument propagate without calling the function", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", "=1/0");
    workbook.setCell("Sheet1", "A2", "=NA()");
    workbook.setCell("Sheet1", "B2", 5);
    // evaluate() runs in a scratch sheet: references name their sheet
    expect(workbook.evaluate("=CREDIT.GRADE(Sheet1!A1)")).toMatchObject({ kind: "error", error: "#DIV/0!" });
    // an error inside a range: SCORE would otherwise say the lengths differ
    expect(workbook.evaluate("=CREDIT.SCORE(Sheet1!A2:B2,{1,1,1})")).toMatchObject({
      kind: "error",
      error: "#N/A",
    });
    expect(workbook.evaluate('=CREDIT.COMBINEGRADES("A",Sheet1!A1)')).toMatchObject({
      kind: "error",
      error: "#DIV/0!",
    });
    workbook.setCell("Sheet1", "C1", "=CREDIT.GRADE(A1)");
    expect(workbook.getCellValue("Sheet1", "C1")).toMatchObject({ kind: "error", error: "#DIV/0!" });
  });

  it("treat an argument left empty as omitted", () => {
    const workbook = EmbeddedWorkbook.empty();
    // grace and caps omitted, policy empty → defaults: need = 100,000 × 60 / 30 = 200,000; A × 1.2 = 240,000 → floor to 1,000 = 240,000
    expect(workbook.evaluate('=CREDIT.LIMIT("A",100000,60,,,,)')).toEqual({ kind: "value", value: 240000 });
  });

  it("count a wrong number of arguments as Excel's #N/A", () => {
    expect(EmbeddedWorkbook.empty().evaluate("=CREDIT.GRADE(1,2,3)")).toMatchObject({
      kind: "error",
      error: "#N/A",
    });
  });
});

describe("Excel's date system", () => {
  it("counts 1900-01-01 as 1 and keeps the phantom 29-Feb-1900", () => {
    const workbook = EmbeddedWorkbook.empty();
    expect(workbook.evaluate("=DATE(1900,1,1)")).toEqual({ kind: "value", value: 1 });
    expect(workbook.evaluate("=DATE(1900,3,1)")).toEqual({ kind: "value", value: 61 });
    // 2026-10-31: Date.UTC(2026, 9, 31) / 86,400,000 + 25,569 = 46326 (DESIGN §2)
    expect(workbook.evaluate("=DATE(2026,10,31)")).toEqual({ kind: "value", value: 46326 });
    // 2026-10-01 → 2026-10-31 is 30 days, through the CREDIT function with HyperFormula's DATE
    expect(workbook.evaluate("=CREDIT.DAYSPASTDUE(DATE(2026,10,1),DATE(2026,10,31))")).toEqual({
      kind: "value",
      value: 30,
    });
  });

  it("knows TRUE and FALSE as constants", () => {
    expect(EmbeddedWorkbook.empty().evaluate("=IF(TRUE,1,2)")).toEqual({ kind: "value", value: 1 });
  });
});
