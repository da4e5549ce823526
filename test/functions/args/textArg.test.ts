/**
 * The coercion rule for text arguments: a required piece of text (blank → #N/A argBlank; numbers read as
 * their text; TRUE/FALSE refused) and one of a fixed set of words (case-insensitive, trimmed; blank → the
 * default). A 1×1 range is its single value; a larger range is #VALUE! argNotSingle.
 */
import { choiceArg, requiredText } from "../../../src/functions/args";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("requiredText", () => {
  it("returns trimmed text, and numbers as their text", () => {
    expect(requiredText(" b ", "grade")).toBe("b");
    expect(requiredText("AAA", "grade")).toBe("AAA");
    expect(requiredText(5, "grade")).toBe("5");
    expect(requiredText(0.5, "grade")).toBe("0.5");
    expect(requiredText([["x"]], "grade")).toBe("x");
  });

  it.each([null, undefined, "", "   ", [[""]], [[null]]])(
    "refuses the blank %p with #N/A argBlank",
    (blank) => {
      expect(requiredText(blank, "grade")).toMatchObject(error("#N/A", "argBlank", { arg: "grade" }));
    },
  );

  it("refuses booleans with #VALUE! naming the argument", () => {
    expect(requiredText(true, "grade")).toMatchObject(
      error("#VALUE!", "argNotText", { arg: "grade", value: "TRUE" }),
    );
    expect(requiredText([[false]], "grade")).toMatchObject(
      error("#VALUE!", "argNotText", { arg: "grade", value: "FALSE" }),
    );
  });

  it("refuses a range of more than one cell with argNotSingle", () => {
    expect(
      requiredText(
        [
          ["A", "B"],
          ["C", "D"],
        ],
        "grade",
      ),
    ).toMatchObject(error("#VALUE!", "argNotSingle", { arg: "grade", size: "2×2" }));
  });
});

describe("choiceArg", () => {
  const METHODS = ["median", "mean", "trimmed"] as const;

  it("matches case-insensitively and trimmed, returning the canonical spelling", () => {
    expect(choiceArg("Median", "method", METHODS, "median")).toBe("median");
    expect(choiceArg(" MEAN ", "method", METHODS, "median")).toBe("mean");
    expect(choiceArg([["trimmed"]], "method", METHODS, "median")).toBe("trimmed");
  });

  it.each([null, undefined, "", "   ", [[""]], [[null]]])("gives the default for the blank %p", (blank) => {
    expect(choiceArg(blank, "method", METHODS, "mean")).toBe("mean");
  });

  it("refuses other words, numbers and booleans, listing the choices", () => {
    const choices = '"median", "mean", "trimmed"';
    expect(choiceArg("avg", "method", METHODS, "median")).toMatchObject(
      error("#VALUE!", "argNotChoice", { arg: "method", value: "avg", choices }),
    );
    expect(choiceArg(1, "method", METHODS, "median")).toMatchObject(
      error("#VALUE!", "argNotChoice", { arg: "method", value: "1", choices }),
    );
    expect(choiceArg(true, "method", METHODS, "median")).toMatchObject(
      error("#VALUE!", "argNotChoice", { arg: "method", value: "TRUE" }),
    );
  });

  it("refuses a range of more than one cell with argNotSingle", () => {
    expect(choiceArg([["mean", "median"]], "method", METHODS, "median")).toMatchObject(
      error("#VALUE!", "argNotSingle", { arg: "method", size: "1×2" }),
    );
  });
});
