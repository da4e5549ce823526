import { creditError } from "../../../src/core/errors";
import { PSI_ZERO_SHARE, populationStability, psiVerdict } from "../../../src/core/scorecard";
import { ok } from "./scorecardTestKit";

describe("populationStability", () => {
  it("PSI = Σ (actual% − expected%) · ln(actual% / expected%), by hand", () => {
    // expected 20 / 30 / 50 %, actual 10 / 30 / 60 %
    // (0.1 − 0.2)·ln(0.5) = 0.0693147; 0; (0.6 − 0.5)·ln(1.2) = 0.0182322 → 0.0875469
    const result = ok(populationStability([200, 300, 500], [10, 30, 60]));
    expect(result.bins.map((b) => b.contribution)).toEqual(
      [-0.1 * Math.log(0.5), 0, 0.1 * Math.log(1.2)].map((v) => expect.closeTo(v, 12)),
    );
    expect(result.psi).toBeCloseTo(0.0875469, 7);
    expect(result.verdict).toBe("stable");
    expect(result.bins[0]).toMatchObject({ expectedShare: 0.2, actualShare: 0.1 });
  });

  it("shares and counts give the same index", () => {
    const counts = ok(populationStability([400, 600], [50, 50]));
    const shares = ok(populationStability([0.4, 0.6], [0.5, 0.5]));
    // 0.1·ln(1.25) + 0.1·ln(1.2) = 0.0223144 + 0.0182322 = 0.0405465
    expect(counts.psi).toBeCloseTo(0.0405465, 7);
    expect(shares.psi).toBeCloseTo(counts.psi, 14);
  });

  it("a major shift: expected 50 / 50, actual 80 / 20", () => {
    // 0.3·ln 1.6 + (−0.3)·ln 0.4 = 0.141001 + 0.274887 = 0.415888
    const result = ok(populationStability([50, 50], [80, 20]));
    expect(result.psi).toBeCloseTo(0.415888, 6);
    expect(result.verdict).toBe("majorShift");
  });

  it("an empty bin counts as a 0.01 % share; a bin empty on both sides adds nothing", () => {
    // expected 50 / 50 / 0, actual 50 / 40 / 10: last bin (0.1 − 0.0001)·ln(0.1 / 0.0001) = 0.0999·ln 1000
    const result = ok(populationStability([50, 50, 0, 0], [50, 40, 10, 0]));
    expect(PSI_ZERO_SHARE).toBe(0.0001);
    expect(result.bins[2]!.contribution).toBeCloseTo(0.0999 * Math.log(1000), 12);
    expect(result.bins[3]!.contribution).toBe(0);
    expect(result.psi).toBeCloseTo(0.1 * Math.log(1.25) + 0.0999 * Math.log(1000), 12);
  });

  it("refuses mismatched, empty, negative and zero-total distributions", () => {
    expect(populationStability([1, 2], [1])).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "actual",
        actual: 1,
        other: "expected",
        expected: 2,
      }),
    );
    expect(populationStability([], [])).toEqual(creditError("#VALUE!", "listEmpty", { arg: "expected" }));
    expect(populationStability([1, -2], [1, 1])).toEqual(
      creditError("#VALUE!", "itemNegative", { arg: "expected", position: 2 }),
    );
    expect(populationStability([1, 1], [0, 0])).toEqual(
      creditError("#DIV/0!", "totalZero", { arg: "actual" }),
    );
    expect(populationStability([1, Number.POSITIVE_INFINITY], [1, 1])).toEqual(
      creditError("#VALUE!", "listValueNotANumber", { arg: "expected", index: 2 }),
    );
  });
});

describe("psiVerdict", () => {
  it.each([
    [0, "stable"],
    [0.0999, "stable"],
    [0.1, "minorShift"],
    [0.2499, "minorShift"],
    [0.25, "majorShift"],
    [1, "majorShift"],
  ])("PSI %p is %p", (psi, verdict) => {
    expect(psiVerdict(psi)).toBe(verdict);
  });
});
