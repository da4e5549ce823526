/**
 * Numbers that arrive as text — exported ledgers, ERP downloads and pasted reports are full of
 * them — read the way a finance user wrote them: `1,234.50`, `¥1,234.50`, `(1,234.50)` for a
 * negative, `-1234`, `85%`, full-width digits `１２３`, and `12 345,00`-free plain forms. Anything
 * else is not a number: the caller reports it, it is never guessed.
 */

const FULL_WIDTH_ZERO = 0xff10;

/** Characters dropped before parsing: currency symbols and the ISO codes users type beside amounts. */
const CURRENCY_PREFIX = /^(?:[¥￥$€£]|RMB|CNY|USD|HKD|EUR|TWD|NT\$|HK\$|US\$)\s*/i;

/** Thousands grouping: 1,234,567.89 — groups of exactly three digits after the first. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9)
      out += String.fromCharCode(code - FULL_WIDTH_ZERO + 48);
    else if (ch === "．") out += ".";
    else if (ch === "，") out += ",";
    else if (ch === "－") out += "-";
    else if (ch === "％") out += "%";
    else out += ch;
  }
  return out;
}

/**
 * Reads a number written as text, or returns `null` when the text is not a number.
 *
 * @example
 * parseNumberText("1,234.50"); // 1234.5
 * parseNumberText("(1,234.50)"); // -1234.5
 * parseNumberText("85%"); // 0.85
 * parseNumberText("¥ 100"); // 100
 * parseNumberText("abc"); // null
 */
export function parseNumberText(text: string): number | null {
  let s = toHalfWidth(text).trim();
  if (s === "") return null;
  let sign = 1;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s.startsWith("-")) sign = -sign;
    s = s.slice(1).trim();
  }
  const withoutCurrency = s.replace(CURRENCY_PREFIX, "");
  const hadCurrency = withoutCurrency !== s;
  s = withoutCurrency;
  if (hadCurrency && s.startsWith("-")) {
    // "¥-100" as well as "-¥100".
    sign = -sign;
    s = s.slice(1);
  }
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  else if (!PLAIN.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  // Percent: divide rather than multiply by 0.01 so "85%" is exactly 0.85.
  return scale === 1 ? sign * value : (sign * value) / 100;
}
