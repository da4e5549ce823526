/**
 * Date text reduced to the forms the parser knows: full-width digits, letters and punctuation
 * (`２０２６／１０／３１`, typed with a Chinese or Japanese IME) become ASCII through NFKC, the
 * ideographic space becomes a plain space, runs of spaces collapse and the ends are trimmed.
 *
 * @example
 * normaliseDateText(" ２０２６年１０月３１日 "); // "2026年10月31日"
 */
export function normaliseDateText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}
