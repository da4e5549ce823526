import { type FunctionHelp } from "../../../src/playground/formula/functionCatalog";
import {
  completeFunction,
  functionTokenAt,
  matchingFunctions,
} from "../../../src/playground/formula/functionToken";

const catalog: FunctionHelp[] = [
  { name: "CREDIT.GRADE", args: "score, [scale]", description: "Grade." },
  { name: "CREDIT.SCORE", args: "scores, weights", description: "Score." },
  { name: "CREDIT.SCORETOPD", args: "points", description: "PD." },
];

describe("functionTokenAt", () => {
  it("finds a name being typed that could become a CREDIT function", () => {
    expect(functionTokenAt("=CREDIT.", 8)).toEqual({ text: "CREDIT.", start: 1, end: 8 });
    expect(functionTokenAt("=IF(credit.gr", 13)).toEqual({ text: "credit.gr", start: 4, end: 13 });
    expect(functionTokenAt("=A1+CR", 6)).toEqual({ text: "CR", start: 4, end: 6 });
  });

  it("finds nothing outside formulas, in quoted text, after other names or for one letter", () => {
    expect(functionTokenAt("CREDIT.", 7)).toBeNull();
    expect(functionTokenAt('="CREDIT.', 9)).toBeNull();
    expect(functionTokenAt("=SUM", 4)).toBeNull();
    expect(functionTokenAt("=C", 2)).toBeNull();
    expect(functionTokenAt("=CREDIT.GRADE(72)", 17)).toBeNull();
  });

  it("reads only up to the caret", () => {
    // Characters 1–9 of "=CREDIT.GRADE(72)" are "CREDIT.GR".
    expect(functionTokenAt("=CREDIT.GRADE(72)", 10)).toEqual({ text: "CREDIT.GR", start: 1, end: 10 });
  });
});

describe("matchingFunctions", () => {
  it("keeps the functions starting with the token, whatever its case", () => {
    const token = { text: "credit.sc", start: 1, end: 10 };
    expect(matchingFunctions(catalog, token).map((f) => f.name)).toEqual([
      "CREDIT.SCORE",
      "CREDIT.SCORETOPD",
    ]);
    expect(matchingFunctions(catalog, { text: "CR", start: 1, end: 3 })).toHaveLength(3);
  });
});

describe("completeFunction", () => {
  it("replaces the token with the name and an opening parenthesis, caret after it", () => {
    // "=CREDIT.GRADE(" is 14 characters.
    expect(completeFunction("=CREDIT.GR", { text: "CREDIT.GR", start: 1, end: 10 }, "CREDIT.GRADE")).toEqual({
      text: "=CREDIT.GRADE(",
      caret: 14,
    });
  });

  it("keeps what follows the caret and does not double a parenthesis already there", () => {
    expect(completeFunction("=1+cr(72)", { text: "cr", start: 3, end: 5 }, "CREDIT.GRADE")).toEqual({
      text: "=1+CREDIT.GRADE(72)",
      caret: 16,
    });
  });
});
