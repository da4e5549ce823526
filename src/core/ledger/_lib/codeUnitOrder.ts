/**
 * Compares texts by UTF-16 code units: the same order on every machine and in every locale, so a report
 * never depends on where it was made (localeCompare does).
 *
 * @example
 * compareText("Beta", "acme"); // -1 (upper case first)
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rank of every text of a list in code-unit order, so later sorts compare numbers, not texts.
 *
 * @example
 * ranks(["b", "a", "c"]); // Int32Array [1, 0, 2]
 */
export function ranks(texts: readonly string[]): Int32Array {
  const order = texts.map((_, i) => i).sort((a, b) => compareText(texts[a] as string, texts[b] as string));
  const rank = new Int32Array(texts.length);
  order.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}
