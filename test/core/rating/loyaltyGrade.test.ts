import { creditError } from "../../../src/core/errors";
import { DEFAULT_LOYALTY_THRESHOLDS, loyaltyGrade } from "../../../src/core/rating";

describe("loyaltyGrade", () => {
  it("has the documented default bounds", () => {
    expect(DEFAULT_LOYALTY_THRESHOLDS).toEqual({ a: 1, b: 0.6, c: 0.4 });
  });

  it.each([
    // A: 100 % (sells only ours)
    [1, "A"],
    // B: 60 % ≤ share < 100 %
    [0.9999999999, "B"],
    [0.6000000001, "B"],
    [0.6, "B"],
    // C: 40 % ≤ share < 60 %
    [0.5999999999, "C"],
    [0.5, "C"],
    [0.4, "C"],
    // D: < 40 %
    [0.3999999999, "D"],
    [0.1, "D"],
    [0, "D"],
  ])("grades a share of %p as %p", (share, grade) => {
    expect(loyaltyGrade(share)).toBe(grade);
  });

  it("grades a computed share of 100 % with binary noise either side as A, not as an error or B", () => {
    // (3 · 0.1) / 0.3 = 1 on paper, 1.0000000000000002 in binary floating point
    expect((3 * 0.1) / 0.3).toBeGreaterThan(1);
    expect(loyaltyGrade((3 * 0.1) / 0.3)).toBe("A");
    // 0.7 + 0.2 + 0.1 = 1 on paper, 0.9999999999999999 in binary floating point
    expect(0.7 + 0.2 + 0.1).toBeLessThan(1);
    expect(loyaltyGrade(0.7 + 0.2 + 0.1)).toBe("A");
  });

  it("refuses shares outside 0..1", () => {
    expect(loyaltyGrade(1.2)).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "share", value: 1.2, min: 0, max: 1 }),
    );
    expect(loyaltyGrade(1.0000001)).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "share", value: 1.0000001, min: 0, max: 1 }),
    );
    expect(loyaltyGrade(-0.01)).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "share", value: -0.01, min: 0, max: 1 }),
    );
    expect(loyaltyGrade(NaN)).toEqual(creditError("#VALUE!", "notANumber", { arg: "share" }));
  });

  describe("with overridden thresholds { a: 0.9, b: 0.7, c: 0.5 }", () => {
    const thresholds = { a: 0.9, b: 0.7, c: 0.5 };
    it.each([
      [1, "A"],
      [0.9, "A"],
      [0.8999, "B"],
      [0.7, "B"],
      [0.6999, "C"],
      [0.5, "C"],
      [0.4999, "D"],
    ])("grades %p as %p", (share, grade) => {
      expect(loyaltyGrade(share, thresholds)).toBe(grade);
    });
  });

  it.each([
    [{ a: 1, b: 0.6, c: 0.6 }], // not strictly descending
    [{ a: 0.6, b: 1, c: 0.4 }], // out of order
    [{ a: 1, b: 0.6, c: 0 }], // c must be above 0
    [{ a: 1.1, b: 0.6, c: 0.4 }], // a must be at most 1
    [{ a: 1, b: NaN, c: 0.4 }],
  ])("refuses invalid thresholds %p", (thresholds) => {
    expect(loyaltyGrade(0.5, thresholds)).toEqual(
      creditError("#VALUE!", "loyaltyThresholdsInvalid", {
        a: thresholds.a,
        b: thresholds.b,
        c: thresholds.c,
      }),
    );
  });

  it("accepts the extreme valid thresholds a = 1 and a tiny c", () => {
    const thresholds = { a: 1, b: 0.5, c: 0.0001 };
    expect(loyaltyGrade(0.0001, thresholds)).toBe("C");
    expect(loyaltyGrade(0, thresholds)).toBe("D");
  });
});
