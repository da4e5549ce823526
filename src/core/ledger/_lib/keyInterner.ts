/**
 * Index {@link KeyInterner} gives a text its `refuse` test turned down.
 *
 * @example
 * new KeyInterner(isSummaryLabel).indexOfText("Total") === REFUSED_KEY; // true
 */
export const REFUSED_KEY = -1;

/**
 * Index {@link KeyInterner} gives blank text (empty or only spaces).
 *
 * @example
 * new KeyInterner().indexOfText("  ") === BLANK_KEY; // true
 */
export const BLANK_KEY = -2;

/**
 * Numbers the distinct keys of a column (customers, salespeople, currencies) in order of first sight. Cells
 * arrive as new strings row after row; a map from the raw cell text skips the trim — and any `refuse` test,
 * such as spotting total lines — on every repeat, and a map from the trimmed key makes "ACME" and "ACME " one
 * key.
 *
 * @example
 * const customers = new KeyInterner();
 * customers.indexOfText("ACME "); // 0
 * customers.indexOfText("ACME"); // 0
 * customers.indexOfText("  "); // BLANK_KEY
 * customers.keys; // ["ACME"]
 */
export class KeyInterner {
  readonly keys: string[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private readonly byKey = new Map<string, number>();
  private readonly refuse: (key: string) => boolean;
  // Ledgers are often sorted by customer: the same text row after row skips even the map lookup.
  private lastRaw = "";
  private lastIndex = BLANK_KEY;

  constructor(refuse: (key: string) => boolean = () => false) {
    this.refuse = refuse;
  }

  /** Index of a key written as text (trimmed), {@link BLANK_KEY} for blank text, or {@link REFUSED_KEY}. */
  indexOfText(raw: string): number {
    if (raw === this.lastRaw) return this.lastIndex;
    let index = this.byRaw.get(raw);
    if (index === undefined) {
      const key = raw.trim();
      index = key === "" ? BLANK_KEY : this.refuse(key) ? REFUSED_KEY : this.indexOfKey(key);
      this.byRaw.set(raw, index);
    }
    this.lastRaw = raw;
    this.lastIndex = index;
    return index;
  }

  /** Index of a key written as a number (customer 1001 and "1001" are one key). */
  indexOfNumber(value: number): number {
    const known = this.byNumber.get(value);
    if (known !== undefined) return known;
    const index = this.indexOfKey(String(value));
    this.byNumber.set(value, index);
    return index;
  }

  /** Index of an already-clean key. */
  indexOfKey(key: string): number {
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.keys.push(key);
      this.byKey.set(key, index);
    }
    return index;
  }
}
