import { type CreditError, creditError } from "../errors";
import { checkDecimals } from "./_lib/decimals";
import { scaleToMinor } from "./_lib/scaleToMinor";
import { fromMinorUnits } from "./minorUnits";

/**
 * A running money total in integer minor units, for hot loops: `add` allocates nothing on the normal
 * path. The first refused amount (not finite, too large) is kept and every later total reports it,
 * so a bad row can never vanish from a sum unnoticed.
 *
 * @example
 * const open = new MoneyAccumulator(2);
 * open.add(0.1);
 * open.add(0.2);
 * open.total(); // 0.3 exactly, not 0.30000000000000004
 */
export class MoneyAccumulator {
  readonly decimals: number;
  // Positive and negative amounts are summed apart: each partial sum only grows, so "too large"
  // depends on the amounts and never on the order they arrive in.
  private positive = 0;
  private negative = 0;
  private added = 0;
  private failure: CreditError | null;

  constructor(decimals = 2) {
    this.decimals = decimals;
    this.failure = checkDecimals(decimals);
  }

  /** How many amounts were offered to `add` / `addMinor`, refused ones included. */
  get count(): number {
    return this.added;
  }

  /**
   * Adds an amount; `false` when it is refused (the accumulator then reports that error).
   *
   * @example
   * new MoneyAccumulator().add(Number.NaN); // false
   */
  add(amount: number): boolean {
    if (this.failure !== null) return false;
    this.added += 1;
    if (!Number.isFinite(amount)) {
      return this.fail("#VALUE!", "amountNotFinite", { amount: String(amount), position: this.added });
    }
    const minor = scaleToMinor(amount, this.decimals);
    if (minor === null) {
      return this.fail("#NUM!", "amountTooLarge", {
        amount: String(amount),
        decimals: this.decimals,
        position: this.added,
      });
    }
    return this.include(minor);
  }

  /**
   * Adds a whole number of minor units, e.g. another accumulator's `totalMinor()`.
   *
   * @example
   * new MoneyAccumulator().addMinor(12345); // true; total() is 123.45
   */
  addMinor(minor: number): boolean {
    if (this.failure !== null) return false;
    this.added += 1;
    if (!Number.isSafeInteger(minor)) {
      return this.fail("#VALUE!", "minorUnitsNotWhole", { minor: String(minor), position: this.added });
    }
    return this.include(minor);
  }

  /**
   * The exact total in minor units, or the first error met.
   *
   * @example
   * const a = new MoneyAccumulator(); a.add(1.1); a.add(2.2); a.totalMinor(); // 330
   */
  totalMinor(): number | CreditError {
    return this.failure ?? this.positive - this.negative + 0;
  }

  /**
   * The exact total as an amount rounded to `decimals`, or the first error met.
   *
   * @example
   * const a = new MoneyAccumulator(); a.add(1.1); a.add(2.2); a.total(); // 3.3
   */
  total(): number | CreditError {
    return this.failure ?? fromMinorUnits(this.positive - this.negative, this.decimals);
  }

  private include(minor: number): boolean {
    if (minor >= 0) {
      const next = this.positive + minor;
      if (next > Number.MAX_SAFE_INTEGER) return this.tooLarge();
      this.positive = next;
    } else {
      const next = this.negative - minor;
      if (next > Number.MAX_SAFE_INTEGER) return this.tooLarge();
      this.negative = next;
    }
    return true;
  }

  private tooLarge(): boolean {
    return this.fail("#NUM!", "moneySumTooLarge", { decimals: this.decimals });
  }

  private fail(code: CreditError["code"], id: string, params: CreditError["params"]): boolean {
    this.failure = creditError(code, id, params);
    return false;
  }
}
