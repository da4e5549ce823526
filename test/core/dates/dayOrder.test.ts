import { DAY_ORDERS, isDayOrder } from "../../../src/core/dates";

describe("isDayOrder", () => {
  it("accepts exactly the three orders", () => {
    expect(DAY_ORDERS).toEqual(["mdy", "dmy", "ymd"]);
    expect(DAY_ORDERS.every(isDayOrder)).toBe(true);
    expect(isDayOrder("DMY")).toBe(false);
    expect(isDayOrder("dd/mm/yyyy")).toBe(false);
    expect(isDayOrder("")).toBe(false);
  });
});
