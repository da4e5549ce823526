import { jsonBytes, utf8Length } from "../../../../src/host/office/_lib/payload";

describe("utf8Length", () => {
  it("counts UTF-8 bytes: 1 for ASCII, 2 for Latin accents, 3 for CJK, 4 for astral characters", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("账龄")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("")).toBe(0);
  });

  it("agrees with Node's encoder on mixed text", () => {
    const text = 'Customer 客户 "é" 😀 \\ \n';
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("jsonBytes", () => {
  it("measures the JSON text", () => {
    // [[1,"a"]] is 9 characters; ["账"] is [" + 3 bytes + "] = 7.
    expect(jsonBytes([[1, "a"]])).toBe(9);
    expect(jsonBytes(["账"])).toBe(7);
  });
});
