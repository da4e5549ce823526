/**
 * The text of a CSV file as Excel and accounting systems save it. Excel's "CSV UTF-8" has a byte-order
 * mark; its plain "CSV" is in the Windows code page — GBK on a Simplified Chinese system, Big5 on a
 * Traditional Chinese one — and "Unicode text" is UTF-16. Reading a GBK file as UTF-8 would turn every
 * Chinese header into replacement characters and the column detection would find nothing.
 */

/** Characters of ledger headers in both Chinese scripts (客户/客戶, 金额/金額, 到期日, 余额/餘額, 币种/幣別 …). */
const LEDGER_HEADER_CHARACTERS = new Set(
  "客户戶金额額日期到余餘应應收款币幣种種别別账帳号號发發票名称稱单單据據销銷售业業务務区區域",
);

/** Legacy Chinese code pages tried when a file is not UTF-8, in order of preference on a tie. */
const LEGACY_ENCODINGS = ["gb18030", "big5"] as const;

/** The encoding a file was read with. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | (typeof LEGACY_ENCODINGS)[number];

function score(text: string): number {
  let hits = 0;
  for (const ch of text) if (LEDGER_HEADER_CHARACTERS.has(ch)) hits++;
  return hits;
}

/**
 * Decodes CSV bytes: a byte-order mark decides; otherwise UTF-8 when the bytes are valid UTF-8; otherwise
 * GB18030 or Big5, whichever reads the start of the file as more ledger-header characters. The mark is
 * not part of the text.
 *
 * @example
 * decodeCsv(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7])); // { text: "客户", encoding: "gb18030" }
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: a legacy code page. Judge on the start of the file, where the header is.
  }
  const head = bytes.subarray(0, 4096);
  let best: (typeof LEGACY_ENCODINGS)[number] = LEGACY_ENCODINGS[0];
  let bestScore = -1;
  for (const encoding of LEGACY_ENCODINGS) {
    const points = score(new TextDecoder(encoding).decode(head));
    if (points > bestScore) {
      best = encoding;
      bestScore = points;
    }
  }
  return { text: new TextDecoder(best).decode(bytes), encoding: best };
}
