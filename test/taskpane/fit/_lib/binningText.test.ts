import { binningText, parseCuts, parseGroups } from "../../../../src/taskpane/views/fit/_lib/binningText";

describe("binningText", () => {
  it("writes cut points joined by commas, unrounded", () => {
    expect(binningText({ kind: "numeric", cuts: [12, 24.125, -3] })).toBe("12, 24.125, -3");
  });

  it("writes groups joined by bars, levels by commas", () => {
    expect(binningText({ kind: "categorical", groups: [["A11", "A12"], ["A13"]] })).toBe("A11, A12 | A13");
  });

  it("gives back text the parsers read as the same binning", () => {
    const cuts = { kind: "numeric", cuts: [0.5, 12, 1250] } as const;
    expect(parseCuts(binningText(cuts))).toEqual({ ok: true, binning: cuts });
    const groups = { kind: "categorical", groups: [["b", "a"], ["c"]] } as const;
    expect(parseGroups(binningText(groups), ["a", "b", "c"])).toEqual({ ok: true, binning: groups });
  });
});

describe("parseCuts", () => {
  const cuts = (...values: number[]) => ({ ok: true, binning: { kind: "numeric", cuts: values } });

  it("reads numbers separated by commas or semicolons, with or without spaces", () => {
    expect(parseCuts("12, 24,36")).toEqual(cuts(12, 24, 36));
    expect(parseCuts("12;24 ; 36")).toEqual(cuts(12, 24, 36));
  });

  it("reads full-width commas and semicolons and the ideographic comma", () => {
    expect(parseCuts("12，24；36、48")).toEqual(cuts(12, 24, 36, 48));
  });

  it("reads negative, decimal and exponent numbers", () => {
    expect(parseCuts("-1.5, .5, 2e3")).toEqual(cuts(-1.5, 0.5, 2000));
  });

  it("ignores a trailing or doubled separator", () => {
    expect(parseCuts(" 12,, 24, ")).toEqual(cuts(12, 24));
  });

  it("refuses empty text", () => {
    expect(parseCuts("")).toEqual({ ok: false, problem: { id: "empty" } });
    expect(parseCuts(" , ；")).toEqual({ ok: false, problem: { id: "empty" } });
  });

  it("refuses a piece that is not a plain finite number, naming it", () => {
    expect(parseCuts("12, abc")).toEqual({ ok: false, problem: { id: "notNumber", value: "abc" } });
    expect(parseCuts("12, Infinity")).toEqual({ ok: false, problem: { id: "notNumber", value: "Infinity" } });
    expect(parseCuts("0x10")).toEqual({ ok: false, problem: { id: "notNumber", value: "0x10" } });
    expect(parseCuts("1e999")).toEqual({ ok: false, problem: { id: "notNumber", value: "1e999" } });
    // A space inside a number is no separator: "12 24" is one piece and not a number.
    expect(parseCuts("12 24")).toEqual({ ok: false, problem: { id: "notNumber", value: "12 24" } });
  });

  it("refuses cuts out of order, naming the value and the one before it", () => {
    expect(parseCuts("12, 36, 24")).toEqual({
      ok: false,
      problem: { id: "notAscending", value: "24", previous: "36" },
    });
  });

  it("refuses a cut typed twice, naming it, even written differently", () => {
    expect(parseCuts("12, 24, 24")).toEqual({ ok: false, problem: { id: "repeatedCut", value: "24" } });
    expect(parseCuts("12, 12.0")).toEqual({ ok: false, problem: { id: "repeatedCut", value: "12.0" } });
  });
});

describe("parseGroups", () => {
  const levels = ["A11", "A12", "A13", "A14"];

  it("reads groups separated by bars, levels by commas", () => {
    expect(parseGroups("A11, A12 | A13 | A14", levels)).toEqual({
      ok: true,
      binning: { kind: "categorical", groups: [["A11", "A12"], ["A13"], ["A14"]] },
    });
  });

  it("reads full-width bars and commas and skips a blank group", () => {
    expect(parseGroups("A11，A12｜A13、A14 | ", levels)).toEqual({
      ok: true,
      binning: {
        kind: "categorical",
        groups: [
          ["A11", "A12"],
          ["A13", "A14"],
        ],
      },
    });
  });

  it("refuses empty text", () => {
    expect(parseGroups(" | ", levels)).toEqual({ ok: false, problem: { id: "empty" } });
  });

  it("refuses a level the data does not have, naming it", () => {
    expect(parseGroups("A11, A12 | A13 | A15", levels)).toEqual({
      ok: false,
      problem: { id: "unknownLevel", value: "A15" },
    });
    // Levels are compared as typed: "a11" is not "A11".
    expect(parseGroups("a11", levels)).toEqual({ ok: false, problem: { id: "unknownLevel", value: "a11" } });
  });

  it("refuses a level in two groups, naming it", () => {
    expect(parseGroups("A11, A12 | A12, A13 | A14", levels)).toEqual({
      ok: false,
      problem: { id: "repeatedLevel", value: "A12" },
    });
  });

  it("refuses a level left out, naming the first one missing", () => {
    expect(parseGroups("A11 | A14", levels)).toEqual({
      ok: false,
      problem: { id: "missingLevel", value: "A12" },
    });
  });
});
