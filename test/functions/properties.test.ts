import fc from "fast-check";
import { isCreditError } from "../../src/core/errors";
import { errorMessage } from "../../src/functions/errorMessage";
import { type FunctionResult } from "../../src/functions/excel/values";
import { CREDIT_FUNCTIONS } from "../../src/functions/registry";

// Every CREDIT function, thousands of hostile argument vectors: it never throws, and always returns a
// finite number, a string, a boolean, a 2-D array of those, or an error with a real message — the
// same result every time.

const scalar = fc.oneof(
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    1e308,
    -1e308,
    5e-324,
    45000,
    0.95,
    5,
    100,
    2958465,
    2958466,
  ),
  fc.integer({ min: -1000, max: 100000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "A",
    "b",
    "D",
    "AAA",
    "ABCD",
    "mean",
    "due",
    "invoice",
    "zero",
    "error",
    "2026-10-31",
    "1/2/2013",
    "85%",
    "1,234.5",
    "#N/A",
    "private",
  ),
  fc.boolean(),
  fc.constant(null),
);
const row = fc.array(scalar, { minLength: 0, maxLength: 6 });
const range = fc.oneof(
  fc.array(row, { minLength: 0, maxLength: 5 }),
  // Rows of different lengths: a shape Excel never sends, which must still not crash.
  fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }),
  fc.array(fc.array(fc.integer({ min: -5, max: 200 }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 4,
  }),
);
const argument = fc.oneof(scalar, range);

// Translating is the slow part; each message shape (id and parameter names) is checked once.
const checkedMessages = new Set<string>();

function checkResult(result: FunctionResult): void {
  const cells = Array.isArray(result) ? result.flat() : [result];
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) expect(Array.isArray(r)).toBe(true);
  }
  for (const cell of cells) {
    if (isCreditError(cell)) {
      const shape = `${cell.id}:${Object.keys(cell.params).sort().join(",")}`;
      if (checkedMessages.has(shape)) continue;
      checkedMessages.add(shape);
      for (const language of ["en", "zh-CN", "zh-TW"] as const) {
        const message = errorMessage(cell, language);
        expect(message.trim().length).toBeGreaterThan(0);
        expect(message).not.toContain("{{");
      }
    } else if (typeof cell === "number") {
      expect(Number.isFinite(cell)).toBe(true);
    } else {
      expect(["string", "boolean"]).toContain(typeof cell);
    }
  }
}

describe.each(CREDIT_FUNCTIONS.map((f) => [f.id, f] as const))(
  "CREDIT.%s under random arguments",
  (_id, spec) => {
    it("never throws, returns a value or an explained error, deterministically", () => {
      const count = spec.repeating ? 4 : spec.params.length;
      fc.assert(
        fc.property(fc.array(argument, { minLength: 0, maxLength: count + 1 }), (args) => {
          const result = spec.impl(args);
          checkResult(result);
          expect(spec.impl(args)).toEqual(result);
        }),
        { numRuns: 1000 },
      );
    });
  },
);
