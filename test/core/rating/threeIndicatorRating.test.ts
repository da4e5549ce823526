import { creditError } from "../../../src/core/errors";
import { threeIndicatorRating } from "../../../src/core/rating";

describe("threeIndicatorRating", () => {
  it("grades each indicator and combines them", () => {
    // 102 % → A; 3 days late → B; 70 % share → B; A, B, B: A is not a majority → B
    expect(threeIndicatorRating(1.02, 3, 0.7)).toEqual({
      collection: "A",
      lateness: "B",
      loyalty: "B",
      combined: "B",
    });
  });

  it("gives A to AAB", () => {
    // 100 % → A; early → A; 80 % → B
    expect(threeIndicatorRating(1, -2, 0.8)).toEqual({
      collection: "A",
      lateness: "A",
      loyalty: "B",
      combined: "A",
    });
  });

  it("applies the one-vote veto", () => {
    // 100 % → A; on time → A; 30 % share → D → combined D
    expect(threeIndicatorRating(1, 0, 0.3)).toEqual({
      collection: "A",
      lateness: "A",
      loyalty: "D",
      combined: "D",
    });
    // 12 days late → D
    expect(threeIndicatorRating(1.1, 12, 1)).toEqual({
      collection: "A",
      lateness: "D",
      loyalty: "A",
      combined: "D",
    });
  });

  it("lets any C cap the rating at C", () => {
    // 92 % → C; 0 days → A; 100 % → A
    expect(threeIndicatorRating(0.92, 0, 1)).toEqual({
      collection: "C",
      lateness: "A",
      loyalty: "A",
      combined: "C",
    });
  });

  it("passes loyalty thresholds through", () => {
    // 85 % share: B by default, A with a = 0.85
    expect(threeIndicatorRating(1, 0, 0.85, { a: 0.85, b: 0.6, c: 0.4 })).toEqual({
      collection: "A",
      lateness: "A",
      loyalty: "A",
      combined: "A",
    });
  });

  it("returns the first indicator error", () => {
    expect(threeIndicatorRating(NaN, 0, 1)).toEqual(creditError("#VALUE!", "notANumber", { arg: "rate" }));
    expect(threeIndicatorRating(1, NaN, 1.2)).toEqual(
      creditError("#VALUE!", "notANumber", { arg: "daysLate" }),
    );
    expect(threeIndicatorRating(1, 0, 1.2)).toEqual(
      creditError("#VALUE!", "outOfRange", { arg: "share", value: 1.2, min: 0, max: 1 }),
    );
  });
});
