const INITIAL_CAPACITY = 1024;

/** Largest store sized up front from a row-count hint; beyond it the columns grow as rows come. */
const MAX_INITIAL_CAPACITY = 1 << 24;

/**
 * Growable typed-array columns of open items: one push writes seven numbers and allocates nothing except when
 * the capacity doubles, so a million rows cost a few dozen allocations instead of a million objects.
 *
 * @example
 * const items = new ItemColumns();
 * items.push(0, 0, 12345, 41306, 41276, 0, 2);
 * items.count; // 1
 */
export class ItemColumns {
  count = 0;
  group: Int32Array;
  currency: Int32Array;
  openMinor: Float64Array;
  due: Int32Array;
  invoice: Int32Array;
  flags: Uint8Array;
  row: Int32Array;

  /** `expectedRows`: how many rows the source has, when the host knows (sizes the store once). */
  constructor(expectedRows = 0) {
    const size = Math.max(INITIAL_CAPACITY, Math.min(Math.floor(expectedRows) || 0, MAX_INITIAL_CAPACITY));
    this.group = new Int32Array(size);
    this.currency = new Int32Array(size);
    this.openMinor = new Float64Array(size);
    this.due = new Int32Array(size);
    this.invoice = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.row = new Int32Array(size);
  }

  /** Appends one item. */
  push(
    group: number,
    currency: number,
    openMinor: number,
    due: number,
    invoice: number,
    flags: number,
    row: number,
  ): void {
    if (this.count === this.group.length) this.grow();
    const i = this.count;
    this.group[i] = group;
    this.currency[i] = currency;
    this.openMinor[i] = openMinor;
    this.due[i] = due;
    this.invoice[i] = invoice;
    this.flags[i] = flags;
    this.row[i] = row;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.group.length * 2;
    this.group = copyInto(new Int32Array(size), this.group);
    this.currency = copyInto(new Int32Array(size), this.currency);
    this.openMinor = copyInto(new Float64Array(size), this.openMinor);
    this.due = copyInto(new Int32Array(size), this.due);
    this.invoice = copyInto(new Int32Array(size), this.invoice);
    this.flags = copyInto(new Uint8Array(size), this.flags);
    this.row = copyInto(new Int32Array(size), this.row);
  }
}

function copyInto<T extends Int32Array | Float64Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
