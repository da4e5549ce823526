import { creditError } from "../../../src/core/errors";
import { formatIsoDate } from "../../../src/core/dates";

describe("formatIsoDate", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"], // the day Excel shows for serial 60
    [61, "1900-03-01"],
    [3687, "1910-02-03"], // ECMA-376 §18.17.4.1
    [46326, "2026-10-31"], // see datePartsToSerial.test.ts
    [46326.99, "2026-10-31"], // the time of day is dropped
    [2958465, "9999-12-31"],
  ])("%p → %p", (serial, text) => {
    expect(formatIsoDate(serial)).toBe(text);
  });

  it("refuses serials that are not dates", () => {
    expect(formatIsoDate(2958466)).toEqual(
      creditError("#VALUE!", "dateSerialOutOfRange", { serial: "2958466", first: 1, last: 2958465 }),
    );
  });
});
