import { decodeCsv } from "../../../src/host/csv/decodeCsv";

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s/g, ""), "hex"));
const ascii = (text: string) => Array.from(Buffer.from(text, "latin1"));

describe("decodeCsv", () => {
  it("reads UTF-8 with and without a byte-order mark, leaving the mark out", () => {
    const body = new TextEncoder().encode("客户,金额\nA,1\n");
    expect(decodeCsv(body)).toEqual({ text: "客户,金额\nA,1\n", encoding: "utf-8" });
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...body]))).toEqual({
      text: "客户,金额\nA,1\n",
      encoding: "utf-8",
    });
  });

  it("reads UTF-16 files saved as Unicode text", () => {
    // "客" is U+5BA2: little-endian A2 5B, big-endian 5B A2.
    expect(decodeCsv(hex("FFFE A25B 2C00 4100"))).toEqual({ text: "客,A", encoding: "utf-16le" });
    expect(decodeCsv(hex("FEFF 5BA2 002C 0041"))).toEqual({ text: "客,A", encoding: "utf-16be" });
  });

  it("reads a GBK file saved by Excel on a Simplified Chinese system", () => {
    // GBK: 客 BFCD, 户 BBA7, 金 BDF0, 额 B6EE (GB2312 code chart).
    const bytes = Uint8Array.from([
      ...hex("BFCD BBA7"),
      ...ascii(","),
      ...hex("BDF0 B6EE"),
      ...ascii("\nA,100\n"),
    ]);
    expect(decodeCsv(bytes)).toEqual({ text: "客户,金额\nA,100\n", encoding: "gb18030" });
  });

  it("reads a Big5 file saved by Excel on a Traditional Chinese system", () => {
    // Big5: 客 ABC8, 戶 A4E1, 金 AAF7, 額 C342 — bytes GBK would also accept, as other characters.
    const bytes = Uint8Array.from([
      ...hex("ABC8 A4E1"),
      ...ascii(","),
      ...hex("AAF7 C342"),
      ...ascii("\nA,100\n"),
    ]);
    expect(decodeCsv(bytes)).toEqual({ text: "客戶,金額\nA,100\n", encoding: "big5" });
  });
});
