import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { blendedScore } from "../../../src/core/expert";

describe("blendedScore", () => {
  it("weights the model 0.7 by default", () => {
    // 0.7 · 80 + 0.3 · 70 = 56 + 21 = 77
    expect(blendedScore(80, 70)).toBeCloseTo(77, 12);
  });

  it("uses a given model weight", () => {
    // 0.5 · 80 + 0.5 · 70 = 75
    expect(blendedScore(80, 70, 0.5)).toBe(75);
    // 0.25 · 4 + 0.75 · 2 = 1 + 1.5 = 2.5
    expect(blendedScore(4, 2, 0.25)).toBe(2.5);
  });

  it("accepts the ends of [0, 1]", () => {
    expect(blendedScore(80, 70, 0)).toBe(70);
    expect(blendedScore(80, 70, 1)).toBe(80);
  });

  it("refuses model weights outside [0, 1]", () => {
    expect(blendedScore(80, 70, -0.01)).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "modelWeight", value: -0.01, min: 0, max: 1 }),
    );
    expect(blendedScore(80, 70, 1.01)).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "modelWeight", value: 1.01, min: 0, max: 1 }),
    );
  });

  it("refuses scores that are not numbers", () => {
    expect(blendedScore(NaN, 70)).toEqual(creditError("#VALUE!", "notANumber", { arg: "modelScore" }));
    expect(blendedScore(80, Infinity)).toEqual(creditError("#VALUE!", "notANumber", { arg: "expertScore" }));
  });

  it("lies between the two scores", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (model, expert, w) => {
          const blend = blendedScore(model, expert, w) as number;
          expect(blend).toBeGreaterThanOrEqual(Math.min(model, expert) - 1e-9);
          expect(blend).toBeLessThanOrEqual(Math.max(model, expert) + 1e-9);
        },
      ),
    );
  });
});
