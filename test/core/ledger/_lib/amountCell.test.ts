import fc from "fast-check";
import { amountMinor } from "../../../../src/core/ledger/_lib/amountCell";
import { toMinorUnits } from "../../../../src/core/money";
import { parseNumberText } from "../../../../src/core/numbers";

/** The general path, written out: parse the text as a number, then round it to minor units. */
function slowMinor(text: string, decimals: number): number {
  const value = parseNumberText(text);
  if (value === null) return Number.NaN;
  const minor = toMinorUnits(value, decimals);
  return typeof minor === "number" ? minor : Number.NaN;
}

describe("amountMinor on text", () => {
  it.each([
    ["7523.2", 2, 752320], // 7523.20 × 100
    ["7523.20", 2, 752320],
    ["-50", 2, -5000],
    ["0.07", 2, 7],
    ["1234", 0, 1234], // JPY: no minor unit
    ["1.005", 3, 1005], // three-decimal currencies (KWD)
    ["-0", 2, 0],
    ["1,234.50", 2, 123450], // thousands separators take the general parser
    ["1.", 2, 100],
    [" 12.5 ", 2, 1250],
    ["1.005", 2, 101], // more places than the currency has: rounded half away from zero, 100.5 → 101
    ["12abc", 2, Number.NaN],
    ["", 2, 0],
  ])("reads %j with %i decimals as %d minor units", (text, decimals, expected) => {
    expect(amountMinor(text, decimals)).toBe(expected);
  });

  it("never gives -0 for a minus zero", () => {
    expect(Object.is(amountMinor("-0.00", 2), 0)).toBe(true);
  });

  it("agrees with parsing then rounding on every plain decimal text", () => {
    const plainText = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.option(fc.stringMatching(/^[0-9]{1,4}$/), { nil: undefined }),
      )
      .map(
        ([minus, whole, fraction]) =>
          `${minus ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`,
      );
    fc.assert(
      fc.property(plainText, fc.constantFrom(0, 2, 3), (text, decimals) => {
        const fast = amountMinor(text, decimals);
        const slow = slowMinor(text, decimals);
        // -0 and 0 are the same amount.
        expect(fast === slow || (Number.isNaN(fast) && Number.isNaN(slow))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
