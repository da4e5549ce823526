/**
 * The coercion rule for numbers (src/functions/args/index.ts): numbers as they are; numbers stored as text
 * read as numbers; other text and TRUE/FALSE refused with #VALUE! naming the argument; blanks (null, "",
 * "   ") are "no value" — #N/A in a required position, the default in an optional one; a 1×1 range is its
 * single value; a larger range for a single value is #VALUE! argNotSingle.
 */
import {
  describeValue,
  maybeNumber,
  optionalNumber,
  readNumber,
  requiredNumber,
} from "../../../src/functions/args";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("readNumber", () => {
  it("uses numbers as they are", () => {
    expect(readNumber(72, "score")).toBe(72);
    expect(readNumber(0, "score")).toBe(0);
    expect(readNumber(-3.5, "score")).toBe(-3.5);
  });

  it.each([
    ["1,234.50", 1234.5], // grouped thousands
    ["85%", 0.85], // 85 / 100
    ["12.5%", 0.125],
    ["100%", 1],
    [" 42 ", 42], // surrounding spaces
    ["-5", -5],
    ["(1,000)", -1000], // accounting negative
    ["¥1,000", 1000], // currency prefix
    ["１２３", 123], // full-width digits
    ["1e3", 1000],
    [".5", 0.5],
  ])("reads the number stored as text %p as %p", (text, expected) => {
    expect(readNumber(text, "x")).toBe(expected);
  });

  it("reads percent text as exactly the decimal a person means", () => {
    // 57 / 100 is the double nearest 0.57; 57 × 0.01 would be 0.5700000000000001
    expect(57 * 0.01).not.toBe(0.57);
    expect(readNumber("57%", "rate")).toBe(0.57);
    expect(readNumber("85%", "rate")).toBe(0.85);
  });

  it.each([null, undefined, "", "   ", [[null]], [[""]], [["  "]]])("reads the blank %p as null", (blank) => {
    expect(readNumber(blank, "score")).toBeNull();
  });

  it("reads a 1×1 range as its single value", () => {
    expect(readNumber([[5]], "score")).toBe(5);
    expect(readNumber([["7%"]], "rate")).toBe(0.07);
  });

  it("refuses text that is not a number, naming the argument and the value", () => {
    expect(readNumber("abc", "score")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "score", value: "abc" }),
    );
    // "1,23" is not a grouping of thousands
    expect(readNumber("1,23", "score")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "score", value: "1,23" }),
    );
    expect(readNumber("12 days", "days")).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "days" }));
  });

  it("refuses TRUE and FALSE rather than reading them as 1 and 0", () => {
    expect(readNumber(true, "score")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "score", value: "TRUE" }),
    );
    expect(readNumber(false, "score")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "score", value: "FALSE" }),
    );
    expect(readNumber([[true]], "score")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "score", value: "TRUE" }),
    );
  });

  it("refuses a range of more than one cell for a single value", () => {
    expect(
      readNumber(
        [
          [1, 2],
          [3, 4],
        ],
        "score",
      ),
    ).toMatchObject(error("#VALUE!", "argNotSingle", { arg: "score", size: "2×2" }));
    expect(readNumber([[1, 2]], "score")).toMatchObject(
      error("#VALUE!", "argNotSingle", { arg: "score", size: "1×2" }),
    );
    expect(readNumber([[1], [2], [3]], "score")).toMatchObject(
      error("#VALUE!", "argNotSingle", { arg: "score", size: "3×1" }),
    );
  });

  it("refuses NaN and infinities", () => {
    expect(readNumber(Number.NaN, "score")).toMatchObject(error("#VALUE!", "argNotFinite", { arg: "score" }));
    expect(readNumber(Number.POSITIVE_INFINITY, "score")).toMatchObject(error("#VALUE!", "argNotFinite"));
  });
});

describe("requiredNumber", () => {
  it("returns numbers and numbers stored as text", () => {
    expect(requiredNumber(72, "score")).toBe(72);
    expect(requiredNumber("1,234.50", "amount")).toBe(1234.5);
    expect(requiredNumber([[0]], "amount")).toBe(0);
  });

  it.each([null, undefined, "", "   ", [[""]]])("refuses the blank %p with #N/A argBlank", (blank) => {
    expect(requiredNumber(blank, "score")).toMatchObject(error("#N/A", "argBlank", { arg: "score" }));
  });

  it("refuses text and booleans with #VALUE!", () => {
    expect(requiredNumber("abc", "score")).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "score" }));
    expect(requiredNumber(true, "score")).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "score" }));
    expect(requiredNumber(Number.NaN, "score")).toMatchObject(
      error("#VALUE!", "argNotFinite", { arg: "score" }),
    );
  });
});

describe("optionalNumber", () => {
  it.each([null, undefined, "", "   ", [[null]], [[""]]])("gives the default for the blank %p", (blank) => {
    expect(optionalNumber(blank, "days", 365)).toBe(365);
  });

  it("uses a value when one is given, including 0 (a zero is a value, not a blank)", () => {
    expect(optionalNumber(360, "days", 365)).toBe(360);
    expect(optionalNumber("360", "days", 365)).toBe(360);
    expect(optionalNumber(0, "grace_days", 5)).toBe(0);
  });

  it("refuses text and booleans rather than falling back to the default", () => {
    expect(optionalNumber("a year", "days", 365)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "days" }),
    );
    expect(optionalNumber(true, "days", 365)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "days" }),
    );
    expect(optionalNumber([[1, 2]], "days", 365)).toMatchObject(
      error("#VALUE!", "argNotSingle", { arg: "days" }),
    );
  });
});

describe("maybeNumber", () => {
  it("gives null for a blank (not given) and the number otherwise", () => {
    expect(maybeNumber(null, "net_worth")).toBeNull();
    expect(maybeNumber("  ", "net_worth")).toBeNull();
    expect(maybeNumber("2,000,000", "net_worth")).toBe(2000000);
    expect(maybeNumber("n/a", "net_worth")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "net_worth" }),
    );
  });
});

describe("describeValue", () => {
  it("shows booleans as Excel does, ranges by size and long text shortened", () => {
    expect(describeValue(true)).toBe("TRUE");
    expect(describeValue(false)).toBe("FALSE");
    expect(
      describeValue([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBe("2×3");
    expect(describeValue("abc")).toBe("abc");
    // 50 characters → the first 37 and an ellipsis (38 characters)
    const shown = describeValue("x".repeat(50));
    expect(shown).toBe(`${"x".repeat(37)}…`);
    expect(describeValue("y".repeat(40))).toBe("y".repeat(40));
  });
});
