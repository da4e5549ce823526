import { creditError } from "../../../src/core/errors";
import { timeOfDay } from "../../../src/core/dates";

describe("timeOfDay", () => {
  it("is the fraction after the whole days", () => {
    expect(timeOfDay(46326)).toBe(0);
    expect(timeOfDay(46326.75)).toBe(0.75); // 18:00 = 18/24
    // 3687.4207639 is 1910-02-03T10:05:54 (ISO/IEC 29500-1 L.2.16.9.3): 36354 s / 86400 s = 0.4207639.
    expect(timeOfDay(3687.4207639)).toBeCloseTo(36354 / 86400, 7);
  });

  it("refuses serials that are not dates", () => {
    expect(timeOfDay(0.5)).toEqual(
      creditError("#VALUE!", "dateSerialOutOfRange", { serial: "0.5", first: 1, last: 2958465 }),
    );
  });
});
