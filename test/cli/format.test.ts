import { calcJsonValue, cellText, formatNumber, resultJson, resultText } from "../../src/cli/format";

describe("CLI output contract", () => {
  it("prints numbers in JavaScript's shortest round-trip form", () => {
    expect(formatNumber(86)).toBe("86");
    expect(formatNumber(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(formatNumber(1.458641494)).toBe("1.458641494");
    expect(formatNumber(1e21)).toBe("1e+21");
    expect(formatNumber(-0)).toBe("0");
    for (const x of [Math.PI, 1 / 3, 123456789.123, -2.5e-7]) expect(Number(formatNumber(x))).toBe(x);
  });

  it("prints a scalar alone, booleans as TRUE/FALSE, blanks as nothing", () => {
    expect(resultText({ kind: "value", value: "B" })).toBe("B");
    expect(resultText({ kind: "value", value: true })).toBe("TRUE");
    expect(resultText({ kind: "value", value: false })).toBe("FALSE");
    expect(resultText({ kind: "value", value: null })).toBe("");
  });

  it("prints a spill as one line per row, cells separated by tabs, error cells by their code", () => {
    const rows = [
      ["Not due", "1-30"],
      [0, 200],
      [{ error: "#N/A", message: "x" }, null],
    ];
    expect(resultText({ kind: "array", rows })).toBe("Not due\t1-30\n0\t200\n#N/A\t");
    expect(cellText({ error: "#VALUE!", message: "m" })).toBe("#VALUE!");
  });

  it("prints an error as its code, a tab and its message", () => {
    expect(resultText({ kind: "error", error: "#VALUE!", message: "score must be a number." })).toBe(
      "#VALUE!\tscore must be a number.",
    );
  });

  it("has the JSON forms of the contract", () => {
    expect(resultJson({ kind: "value", value: 86 })).toEqual({ value: 86 });
    expect(resultJson({ kind: "array", rows: [["a"], [1]] })).toEqual({ value: [["a"], [1]] });
    expect(resultJson({ kind: "error", error: "#N/A", message: "m" })).toEqual({
      error: "#N/A",
      message: "m",
    });
    expect(calcJsonValue({ kind: "value", value: "B" })).toBe("B");
    expect(calcJsonValue({ kind: "array", rows: [[1, 2]] })).toEqual([[1, 2]]);
  });
});
