import { toRawCell, toRawRows } from "../../../src/host/office/rawCell";

describe("toRawCell", () => {
  it("reads errors from valueTypes, not from the text", () => {
    expect(toRawCell("#N/A", "Error")).toEqual({ error: "#N/A" });
    expect(toRawCell("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toRawCell("#N/A", "String")).toBe("#N/A");
  });

  it("reads blanks as null and keeps 0, false and text", () => {
    expect(toRawCell("", "Empty")).toBeNull();
    expect(toRawCell("", undefined)).toBeNull();
    expect(toRawCell(0, "Double")).toBe(0);
    expect(toRawCell(false, "Boolean")).toBe(false);
    expect(toRawCell("Acme", "String")).toBe("Acme");
    expect(toRawCell(46_326, "Double")).toBe(46_326);
  });

  it("reads values with no primitive form as blanks", () => {
    expect(toRawCell({ type: "Entity" }, "RichValue")).toBeNull();
    expect(toRawCell(Number.NaN, "Double")).toBeNull();
  });

  it("maps whole rows", () => {
    expect(toRawRows([[1, "", "#REF!"]], [["Double", "Empty", "Error"]])).toEqual([
      [1, null, { error: "#REF!" }],
    ]);
  });
});
