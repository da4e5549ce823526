import { FIRST_SERIAL, LAST_SERIAL } from "../../dates";
import { type CreditError, creditError } from "../../errors";
import { customerKey } from "../../ledger";
import { normaliseCurrency } from "../../money";
import { type PaymentRecord } from "../paymentRecord";

/**
 * The payment history checked and keyed for the rules: each record's customer and currency as small numbers
 * (each distinct text normalised once: a history has as many records as a ledger), the customers matched
 * with the ledger's by the master's matching (case, width and spacing ignored), with a display name for those
 * the ledger lacks. Amounts and dates are read from the records themselves: they lie in memory in the order
 * they are scanned, and copying them would only give the garbage collector more to do.
 *
 * @example
 * const view = historyView(records, items.groupKeys);
 * if (!isCreditError(view)) view.customerOfGroup[0]; // the history customer of the ledger's first customer, or -1
 */
export interface HistoryView {
  readonly count: number;
  readonly customerOf: Int32Array;
  readonly currencyOf: Int32Array;
  /** The records, checked: finite amounts, dates that are dates. */
  readonly records: readonly PaymentRecord[];
  /** Normalised currency codes ("" for records that name none). */
  readonly currencies: readonly string[];
  /** Per history customer: the first of its spellings in code-unit order, so it does not depend on row order. */
  readonly names: readonly string[];
  readonly customerOfGroup: Int32Array;
  readonly groupsOfCustomer: readonly (readonly number[])[];
}

// Local copies: read for every record, and an imported binding can cost a getter call each (see
// aging/agingTotals). A date is a serial whose whole day is in Excel's range (dates/isValidSerialDate).
const FIRST_DATE = FIRST_SERIAL;
const AFTER_LAST_DATE = LAST_SERIAL + 1;
const { isFinite, isInteger } = Number;

const isDate = (value: unknown): value is number =>
  typeof value === "number" && value >= FIRST_DATE && value < AFTER_LAST_DATE;

/**
 * The field of a record that cannot be used besides its customer (checked once per distinct text), named as
 * the ledger's fields, which the edges show by their labels; `null` when it can be used. Checked here so a NaN
 * cannot quietly turn an average of days late into nothing.
 */
function badField(record: PaymentRecord): string | null {
  if (typeof record.amount !== "number" || !isFinite(record.amount)) return "amount";
  if (!isDate(record.due)) return "dueDate";
  if (record.paid !== null && !isDate(record.paid)) return "settledDate";
  const invoice = record.invoiceDate;
  if (invoice !== undefined && invoice !== null && invoice !== 0 && !isDate(invoice)) return "invoiceDate";
  if (record.currency !== undefined && typeof record.currency !== "string") return "currency";
  return null;
}

/**
 * Checks and keys the history records; `warningHistoryInvalid` names the row and field of the first record
 * that cannot be used (its position when the row itself is not a row number).
 *
 * @example
 * historyView([{ customer: "acme", amount: 10, due: 46000, paid: 46010, row: 2 }], ["ACME"]); // customerOfGroup [0]
 * historyView([{ customer: "A", amount: 10, due: Number.NaN, paid: null, row: 7 }], []); // warningHistoryInvalid { row: 7, field: "dueDate" }
 */
export function historyView(
  records: readonly PaymentRecord[],
  groupKeys: readonly string[],
): HistoryView | CreditError {
  const n = records.length;
  const customerOfText = new Map<string, number>();
  const indexOfKey = new Map<string, number>();
  const names: string[] = [];
  const currencyOfText = new Map<string, number>();
  const currencyIndex = new Map<string, number>();
  const currencies: string[] = [];
  const customerOf = new Int32Array(n);
  const currencyOf = new Int32Array(n);
  // Histories list a customer's invoices together: the previous record's texts save most map lookups.
  let lastText: string | null = null;
  let lastCustomer = -1;
  let lastCurrencyText: string | null = null;
  let lastCurrency = -1;
  for (let r = 0; r < n; r++) {
    const record = records[r] as PaymentRecord;
    const sheetRow = record.row;
    if (typeof sheetRow !== "number" || !isInteger(sheetRow) || sheetRow < 1) {
      return creditError("#VALUE!", "warningHistoryInvalid", { row: r + 1, field: "row" });
    }
    const text = record.customer;
    let customer = text === lastText ? lastCustomer : customerOfText.get(text);
    if (customer === undefined) {
      if (typeof text !== "string" || text.trim() === "") {
        return creditError("#VALUE!", "warningHistoryInvalid", { row: sheetRow, field: "customer" });
      }
      const key = customerKey(text);
      customer = indexOfKey.get(key);
      if (customer === undefined) {
        customer = names.length;
        indexOfKey.set(key, customer);
        names.push(text);
      } else if (text < (names[customer] as string)) names[customer] = text;
      customerOfText.set(text, customer);
    }
    const field = badField(record);
    if (field !== null) return creditError("#VALUE!", "warningHistoryInvalid", { row: sheetRow, field });
    lastText = text;
    lastCustomer = customer;
    const currencyText = record.currency ?? "";
    let currency = currencyText === lastCurrencyText ? lastCurrency : currencyOfText.get(currencyText);
    if (currency === undefined) {
      const code = normaliseCurrency(currencyText);
      currency = currencyIndex.get(code);
      if (currency === undefined) {
        currency = currencies.length;
        currencyIndex.set(code, currency);
        currencies.push(code);
      }
      currencyOfText.set(currencyText, currency);
    }
    lastCurrencyText = currencyText;
    lastCurrency = currency;

    customerOf[r] = customer;
    currencyOf[r] = currency;
  }
  const customerOfGroup = new Int32Array(groupKeys.length).fill(-1);
  const groupsOfCustomer: number[][] = names.map(() => []);
  groupKeys.forEach((key, g) => {
    const customer = indexOfKey.get(customerKey(key));
    if (customer === undefined) return;
    customerOfGroup[g] = customer;
    groupsOfCustomer[customer]?.push(g);
  });
  return {
    count: n,
    customerOf,
    currencyOf,
    records,
    currencies,
    names,
    customerOfGroup,
    groupsOfCustomer,
  };
}

/**
 * True when money of a history currency counts for a ledger line of another: the same code, or either side
 * naming none (a history without a currency column is taken to be in the ledger's currencies).
 *
 * @example
 * currenciesMatch("USD", ""); // true
 * currenciesMatch("USD", "CNY"); // false
 */
export function currenciesMatch(lineCurrency: string, historyCurrency: string): boolean {
  return lineCurrency === "" || historyCurrency === "" || lineCurrency === historyCurrency;
}
