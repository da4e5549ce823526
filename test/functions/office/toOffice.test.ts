import { creditError } from "../../../src/core/errors";
import { setFunctionLanguage, toOffice } from "../../../src/functions/office/toOffice";

// A stand-in for the custom functions runtime's globals, recording what Excel would receive.
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      invalidNumber: "#NUM!",
      divisionByZero: "#DIV/0!",
    },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

/** What `fn` throws; fails the test when it returns instead. */
function thrownBy(fn: () => unknown): FakeError {
  try {
    fn();
  } catch (thrown) {
    return thrown as FakeError;
  }
  throw new Error("expected a thrown CustomFunctions.Error");
}

describe("toOffice", () => {
  it("passes scalars through", () => {
    expect(toOffice(42)).toBe(42);
    expect(toOffice("B")).toBe("B");
  });

  it("throws a scalar error as CustomFunctions.Error with the message in the user's language", () => {
    setFunctionLanguage("en");
    const error = creditError("#N/A", "argBlank", { arg: "score" });
    const e = thrownBy(() => toOffice(error));
    expect(e).toBeInstanceOf(FakeError);
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("score");
    setFunctionLanguage("zh-CN");
    expect(thrownBy(() => toOffice(error)).message).toMatch(/[\u4e00-\u9fff]/);
    setFunctionLanguage("en");
  });

  it("shows the Excel parameter name, not the core's camelCase name", () => {
    expect(
      thrownBy(() => toOffice(creditError("#VALUE!", "numberNotFinite", { arg: "daysLate" }))).message,
    ).toContain("days_late");
  });

  it("keeps #DIV/0! and #NUM! without a message, as Excel allows messages only on #VALUE! and #N/A", () => {
    expect(thrownBy(() => toOffice(creditError("#DIV/0!", "divisionByZero", { arg: "limit" })))).toEqual(
      new FakeError("#DIV/0!"),
    );
  });

  it("returns error cells inside a spill as CustomFunctions.Error values instead of throwing", () => {
    const result = toOffice([["a", creditError("#VALUE!", "argBlank", { arg: "x" })]]) as unknown[][];
    expect(result[0]?.[0]).toBe("a");
    expect(result[0]?.[1]).toBeInstanceOf(FakeError);
  });
});
