import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { fromMinorUnits, toMinorUnits } from "../../../src/core/money";

describe("toMinorUnits", () => {
  it.each([
    [123.45, 2, 12345], // 123.45 × 100 = 12345
    [0.1, 2, 10],
    [0.29, 2, 29], // 0.29 × 100 = 29 (binary product: 28.999999999999996)
    [4.35, 2, 435], // binary product: 434.99999999999994
    [1.005, 2, 101], // 100.5 cents, half away from zero (binary product: 100.49999999999999)
    [-1.005, 2, -101],
    [0.125, 2, 13], // 12.5 → 13
    [-0.125, 2, -13],
    [0.124, 2, 12],
    [2.675, 2, 268],
    [1500, 0, 1500], // JPY
    [1499.5, 0, 1500],
    [12.345, 3, 12345], // BHD
    [0.0000000001, 10, 1],
    [0.1 + 0.2, 2, 30], // 0.30000000000000004: noise below the cent disappears
    [12345678901234.56, 2, 1234567890123456], // above 2^40 minor units: the exact decimal path
    [-12345678901234.56, 2, -1234567890123456],
  ])("%p at %p decimals → %p", (amount, decimals, minor) => {
    expect(toMinorUnits(amount, decimals)).toBe(minor);
  });

  it("defaults to 2 decimals and never returns −0", () => {
    expect(toMinorUnits(99.99)).toBe(9999);
    expect(Object.is(toMinorUnits(-0), 0)).toBe(true);
    expect(Object.is(toMinorUnits(-0.001), 0)).toBe(true);
  });

  it("refuses amounts whose minor units pass Number.MAX_SAFE_INTEGER (9,007,199,254,740,991)", () => {
    expect(toMinorUnits(Number.MAX_SAFE_INTEGER, 0)).toBe(Number.MAX_SAFE_INTEGER); // exactly at
    expect(toMinorUnits(2 ** 53, 0)).toEqual(
      creditError("#NUM!", "amountTooLarge", { amount: "9007199254740992", decimals: 0 }),
    ); // just above
    expect(toMinorUnits(90071992547409, 2)).toBe(9007199254740900); // below: × 100
    expect(toMinorUnits(90071992547410, 2)).toEqual(
      creditError("#NUM!", "amountTooLarge", { amount: "90071992547410", decimals: 2 }),
    ); // 9,007,199,254,741,000 > limit
    expect(toMinorUnits(-1e15)).toMatchObject({ id: "amountTooLarge" });
    expect(toMinorUnits(1e300)).toMatchObject({ id: "amountTooLarge" });
  });

  it("refuses non-finite amounts and bad decimals", () => {
    expect(toMinorUnits(Number.NaN)).toEqual(creditError("#VALUE!", "amountNotFinite", { amount: "NaN" }));
    expect(toMinorUnits(Number.NEGATIVE_INFINITY)).toEqual(
      creditError("#VALUE!", "amountNotFinite", { amount: "-Infinity" }),
    );
    const bad = (decimals: string) => creditError("#VALUE!", "decimalsOutOfRange", { decimals, max: 10 });
    expect(toMinorUnits(1, -1)).toEqual(bad("-1"));
    expect(toMinorUnits(1, 2.5)).toEqual(bad("2.5"));
    expect(toMinorUnits(1, 11)).toEqual(bad("11")); // just above 10
    expect(toMinorUnits(1, 10)).toBe(10_000_000_000); // exactly at
  });

  it("recovers the cents of every amount written with two decimals", () => {
    // k / 100 is the double nearest the decimal with cents k; 15 digits always round-trip.
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (cents) => {
        expect(toMinorUnits(cents / 100)).toBe(cents + 0);
      }),
    );
  });

  it("rounds a third decimal half away from zero", () => {
    // k / 1000 has cents (|k| + 5) div 10 with the sign of k — the school rule written out.
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), (mills) => {
        const cents = Math.sign(mills) * Math.floor((Math.abs(mills) + 5) / 10);
        expect(toMinorUnits(mills / 1000)).toBe(cents + 0);
      }),
    );
  });
});

describe("fromMinorUnits", () => {
  it.each([
    [12345, 2, 123.45],
    [12345, 3, 12.345],
    [12345, 0, 12345],
    [-5, 2, -0.05],
    [1, 10, 1e-10],
  ])("%p at %p decimals → %p", (minor, decimals, amount) => {
    expect(fromMinorUnits(minor, decimals)).toBe(amount);
  });

  it("defaults to 2 decimals, never returns −0, and refuses fractions", () => {
    expect(fromMinorUnits(1999)).toBe(19.99);
    expect(Object.is(fromMinorUnits(-0), 0)).toBe(true);
    expect(fromMinorUnits(1.5)).toEqual(creditError("#VALUE!", "minorUnitsNotWhole", { minor: "1.5" }));
    expect(fromMinorUnits(2 ** 53)).toMatchObject({ id: "minorUnitsNotWhole" });
    expect(fromMinorUnits(5, 11)).toMatchObject({ id: "decimalsOutOfRange" });
  });

  it("inverts toMinorUnits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        (minor, decimals) => {
          expect(toMinorUnits(fromMinorUnits(minor, decimals) as number, decimals)).toBe(minor + 0);
        },
      ),
    );
  });
});
