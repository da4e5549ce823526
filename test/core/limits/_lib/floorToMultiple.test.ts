import { floorToMultiple } from "../../../../src/core/limits/_lib/floorToMultiple";

describe("floorToMultiple", () => {
  it("rounds down to a multiple of the step", () => {
    expect(floorToMultiple(233_333.33, 1_000)).toBe(233_000);
    expect(floorToMultiple(999.99, 1_000)).toBe(0);
    expect(floorToMultiple(1_000, 1_000)).toBe(1_000);
    expect(floorToMultiple(12_345, 5_000)).toBe(10_000);
  });

  it("treats binary noise just below a multiple as the multiple", () => {
    expect(floorToMultiple(29_999.999999996, 1_000)).toBe(30_000);
    expect(floorToMultiple(125_999.99999999999, 1)).toBe(126_000);
  });

  it("does not round up real amounts just below a multiple", () => {
    expect(floorToMultiple(29_999.99, 1_000)).toBe(29_000);
    expect(floorToMultiple(125_999.99, 1)).toBe(125_999);
    expect(floorToMultiple(999_999_999.99, 1)).toBe(999_999_999);
  });

  it("never returns a negative number or −0", () => {
    expect(floorToMultiple(0, 1_000)).toBe(0);
    expect(Object.is(floorToMultiple(0, 1_000), 0)).toBe(true);
    expect(floorToMultiple(-500, 1_000)).toBe(0);
  });
});
