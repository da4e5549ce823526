import { creditError } from "../../../src/core/errors";
import { ivStrength, weightOfEvidence } from "../../../src/core/scorecard";
import { ok } from "./scorecardTestKit";

describe("weightOfEvidence", () => {
  it("WOE = ln(%good / %bad) and IV = Σ (%good − %bad) · WOE, by hand", () => {
    // goods 50 / 30 / 20 of 100, bads 10 / 10 / 30 of 50
    // %good 0.5 / 0.3 / 0.2; %bad 0.2 / 0.2 / 0.6
    // WOE ln 2.5 = 0.916291, ln 1.5 = 0.405465, ln(1/3) = −1.098612
    // IV 0.3·0.916291 + 0.1·0.405465 + 0.4·1.098612 = 0.274887 + 0.040547 + 0.439445 = 0.754879
    const result = ok(weightOfEvidence([50, 30, 20], [10, 10, 30]));
    expect(result.bins.map((b) => b.woe)).toEqual(
      [Math.log(2.5), Math.log(1.5), Math.log(1 / 3)].map((v) => expect.closeTo(v, 12)),
    );
    expect(result.bins[0]!.woe).toBeCloseTo(0.916291, 6);
    expect(result.bins[2]!.woe).toBeCloseTo(-1.098612, 6);
    expect(result.bins.map((b) => b.ivContribution)).toEqual(
      [0.3 * Math.log(2.5), 0.1 * Math.log(1.5), 0.4 * Math.log(3)].map((v) => expect.closeTo(v, 12)),
    );
    expect(result.iv).toBeCloseTo(0.754879, 6);
    expect(result.bins.every((b) => !b.adjusted)).toBe(true);
    expect(result.bins[1]).toMatchObject({ goodShare: 0.3, badShare: 0.2 });
  });

  it("a bin with no bads counts 0.5 more goods and bads in its own shares; other bins are untouched", () => {
    // goods 40 / 60 of 100, bads 0 / 20 of 20
    // bin 1 adjusted: %good 40.5/100 = 0.405, %bad 0.5/20 = 0.025 → WOE ln 16.2 = 2.785011, IV 0.38·2.785011
    // bin 2 as counted: %good 0.6, %bad 1 → WOE ln 0.6 = −0.510826, IV 0.4·0.510826
    const result = ok(weightOfEvidence([40, 60], [0, 20]));
    expect(result.bins[0]).toMatchObject({ goodShare: 0.405, badShare: 0.025, adjusted: true });
    expect(result.bins[0]!.woe).toBeCloseTo(Math.log(16.2), 12);
    expect(result.bins[1]!.woe).toBeCloseTo(Math.log(0.6), 12);
    expect(result.bins[1]!.adjusted).toBe(false);
    expect(result.iv).toBeCloseTo(0.38 * Math.log(16.2) + 0.4 * -Math.log(0.6), 12);
  });

  it("a bin with no goods gets a finite negative WOE", () => {
    // goods 0 / 10, bads 5 / 5: %good 0.5/10 = 0.05, %bad 5.5/10 = 0.55 → ln(1/11)
    const result = ok(weightOfEvidence([0, 10], [5, 5]));
    expect(result.bins[0]!.woe).toBeCloseTo(-Math.log(11), 12);
  });

  it("refuses mismatched, empty, negative or all-zero counts", () => {
    expect(weightOfEvidence([1, 2], [1])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", { arg: "bads", actual: 1, other: "goods", expected: 2 }),
    );
    expect(weightOfEvidence([], [])).toEqual(creditError("#VALUE!", "listEmpty", { arg: "goods" }));
    expect(weightOfEvidence([1, -1], [1, 1])).toEqual(
      creditError("#VALUE!", "itemNegative", { arg: "goods", position: 2 }),
    );
    expect(weightOfEvidence([1, 1], [1, Number.NaN])).toEqual(
      creditError("#VALUE!", "listValueNotANumber", { arg: "bads", index: 2 }),
    );
    expect(weightOfEvidence([0, 0], [1, 1])).toEqual(creditError("#DIV/0!", "totalZero", { arg: "goods" }));
    expect(weightOfEvidence([1, 1], [0, 0])).toEqual(creditError("#DIV/0!", "totalZero", { arg: "bads" }));
  });
});

describe("ivStrength", () => {
  it.each([
    [0, "useless"],
    [0.0199, "useless"],
    [0.02, "weak"],
    [0.0999, "weak"],
    [0.1, "medium"],
    [0.2999, "medium"],
    [0.3, "strong"],
    [0.5, "strong"],
    [0.5001, "suspicious"],
    [2, "suspicious"],
  ])("IV %p is %p", (iv, label) => {
    expect(ivStrength(iv)).toBe(label);
  });

  it("reads a boundary reached through floating-point noise as the boundary", () => {
    expect(ivStrength(0.1 + 0.2 - 0.2)).toBe("medium"); // 0.10000000000000003
    expect(ivStrength(0.7 - 0.6)).toBe("medium"); // 0.09999999999999998
  });
});
