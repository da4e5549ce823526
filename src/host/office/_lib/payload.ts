/**
 * Request sizes. Excel on the web refuses a request or response above 5 MB; the adapter keeps
 * each one under a 4 MB budget, measured as the UTF-8 bytes of its JSON (Chinese text is 3 bytes
 * a character, so counting characters would undercount by up to three times).
 */

/** The most a single request or response may carry: 4 MB, a 1 MB margin under the 5 MB limit. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/**
 * UTF-8 byte length of a string, without allocating an encoded copy.
 *
 * @example
 * utf8Length("abc"); // 3
 * utf8Length("账龄"); // 6
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of 4 bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * UTF-8 byte length of a value's JSON text: the size it adds to a request or response.
 *
 * @example
 * jsonBytes([[1, "a"]]); // 9, the length of [[1,"a"]]
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
