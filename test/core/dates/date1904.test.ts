import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { DATE_1904_OFFSET, LAST_SERIAL_1904, fromDate1904, toDate1904 } from "../../../src/core/dates";

// ECMA-376 Part 1 §18.17.4.1 gives both systems for the same days: 1904 system 01-Jan-1904 = 0,
// 03-Feb-1910 = 2225, 01-Feb-2006 = 37287, 31-Dec-9999 = 2957003; 1900 system 3687, 38749, 2958465.
describe("1904 date system", () => {
  it("is 1462 days behind the 1900 system", () => {
    expect(DATE_1904_OFFSET).toBe(3687 - 2225);
    expect(LAST_SERIAL_1904).toBe(2957003);
  });

  it.each([
    [2225, 3687],
    [37287, 38749],
    [2957003, 2958465],
    [0, 1462], // 1904-01-01 = serial 1 + 4·365 days (1900–1903) + 1 phantom day (29-Feb-1900) = 1462
    [0.5, 1462.5],
  ])("1904 serial %p is 1900 serial %p", (serial1904, serial1900) => {
    expect(fromDate1904(serial1904)).toBe(serial1900);
    expect(toDate1904(serial1900)).toBe(serial1904);
  });

  it("refuses serials outside the 1904 system", () => {
    const err = (serial: string) =>
      creditError("#VALUE!", "date1904SerialOutOfRange", { serial, first: 0, last: 2957003 });
    expect(fromDate1904(-1)).toEqual(err("-1"));
    expect(fromDate1904(-0.5)).toEqual(err("-0.5"));
    expect(fromDate1904(2957004)).toEqual(err("2957004"));
    expect(fromDate1904(Number.NaN)).toEqual(err("NaN"));
  });

  it("refuses 1900 dates before 1904-01-01 and non-dates", () => {
    expect(toDate1904(1461)).toEqual(creditError("#VALUE!", "dateBefore1904", { serial: "1461" }));
    expect(toDate1904(0)).toEqual(
      creditError("#VALUE!", "dateSerialOutOfRange", { serial: "0", first: 1, last: 2958465 }),
    );
  });

  it("round-trips every 1904 serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (serial1904) => {
        const serial1900 = fromDate1904(serial1904);
        expect(serial1900).toBe(serial1904 + 1462);
        expect(toDate1904(serial1900 as number)).toBe(serial1904);
      }),
    );
  });
});
