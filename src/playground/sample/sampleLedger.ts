/**
 * The sample's receivables ledger: about 5,000 invoices over 22 months with the mess a real export
 * has — a title above the header, dates typed as text in several ways, amounts with thousands
 * separators, credit notes, partly paid invoices, missing due dates and a handful of broken rows —
 * so the aging view shows its detection, its notices and its rejected-row list on realistic data.
 */
import { serialToDateParts } from "../../core/dates";
import { isCreditError } from "../../core/errors";
import { type CellInput } from "../../core/report";
import { type SampleRandom } from "./random";
import { type PayingHabit, type SampleCustomer } from "./sampleCustomers";

/**
 * The ledger's header, row 3 of the sheet (a title and a blank row sit above it).
 *
 * @example
 * LEDGER_HEADER[1]; // "Customer"
 */
export const LEDGER_HEADER = [
  "Cust. no.",
  "Customer",
  "Invoice No.",
  "Invoice date",
  "Due date",
  "Currency",
  "Amount",
  "Paid",
  "Settled date",
  "Salesperson",
  "Region",
] as const;

/** The ledger's rows below the header, and what the mess planted in them. */
export interface SampleLedger {
  readonly rows: CellInput[][];
  /** Sheet rows (1-based) of the rows planted to be rejected. */
  readonly brokenRows: readonly number[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Days after the due date a habit pays: a range, and the share of invoices never paid. */
const LATENESS: Readonly<Record<PayingHabit, { min: number; max: number; never: number }>> = {
  prompt: { min: -6, max: 3, never: 0 },
  slow: { min: -2, max: 20, never: 0 },
  late: { min: 5, max: 50, never: 0.01 },
  bad: { min: 15, max: 90, never: 0.02 },
};

// Only to size USD invoices like CNY ones; no amount is ever converted.
const USD_RATE = 7;
const DAYS_PER_MONTH = 30.4;

const pad = (n: number) => String(n).padStart(2, "0");

/** A date the way someone typed it into the export: the shapes DESIGN §2 accepts, never ambiguous. */
function dateText(serial: number, style: number): string {
  const parts = serialToDateParts(serial);
  if (isCreditError(parts)) return String(serial);
  const { year, month, day } = parts;
  switch (style % 4) {
    case 0:
      return `${year}/${pad(month)}/${pad(day)}`;
    case 1:
      return `${year}年${month}月${day}日`;
    case 2:
      return `${pad(day)}.${pad(month)}.${year}`;
    default:
      return `${pad(day)}-${MONTHS[month - 1] ?? "Jan"}-${year}`;
  }
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** "12,345.60": an amount exported as text. */
function amountText(amount: number): string {
  // By hand: the first Intl call of a page costs tens of milliseconds, and page load is timed.
  const [whole = "0", fraction = "00"] = Math.abs(amount).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount < 0 ? "-" : ""}${grouped}.${fraction}`;
}

interface Invoice {
  customer: SampleCustomer;
  date: number;
  creditNote: boolean;
}

/**
 * The ledger rows: `count` invoices and credit notes from `first` to `asOf` (Excel serials) in date
 * order, then broken rows planted at fixed places. The first data row is sheet row 4.
 *
 * @example
 * const ledger = sampleLedger(seededRandom(7), customers, 45658, 46326, 5000);
 * ledger.rows[0]?.[0]; // "C012"
 */
export function sampleLedger(
  random: SampleRandom,
  customers: readonly SampleCustomer[],
  first: number,
  asOf: number,
  count: number,
): SampleLedger {
  // Bigger buyers get both more and bigger invoices (each by the square root of their sales, in
  // one currency's terms), so each customer's monthly invoicing matches its monthly sales.
  const size = (c: SampleCustomer) => Math.sqrt(c.monthlySales * (c.currency === "USD" ? USD_RATE : 1));
  const total = customers.reduce((sum, c) => sum + size(c), 0);
  const months = (asOf - first) / DAYS_PER_MONTH;
  const scale = (total * months) / Math.max(1, count);
  const drawCustomer = (): SampleCustomer => {
    let left = random.next() * total;
    for (const customer of customers) {
      left -= size(customer);
      if (left < 0) return customer;
    }
    return random.pick(customers);
  };
  const invoices: Invoice[] = [];
  for (let i = 0; i < count; i++) {
    invoices.push({
      customer: drawCustomer(),
      date: random.int(first, asOf),
      creditNote: random.chance(0.02),
    });
  }
  invoices.sort((a, b) => a.date - b.date);

  const rows: CellInput[][] = [];
  let invoiceNo = 0;
  let creditNo = 0;
  for (const { customer, date, creditNote } of invoices) {
    const typical = (scale * size(customer)) / (customer.currency === "USD" ? USD_RATE : 1);
    const year = serialToDateParts(date);
    const yearText = isCreditError(year) ? "" : String(year.year);
    let amount = cents(typical * (0.3 + random.next() * 1.7));
    let due: CellInput = date + customer.termsDays;
    let paid = 0;
    let settled: number | null = null;
    let number: string;
    if (creditNote) {
      number = `CN-${yearText}-${String(++creditNo).padStart(4, "0")}`;
      amount = -cents(typical * (0.05 + random.next() * 0.15));
      due = date;
      // Half the credit notes were set off against an invoice; the rest wait, as negative open items.
      if (random.chance(0.5)) {
        paid = amount;
        settled = date + random.int(5, 40);
      }
    } else {
      number = `INV-${yearText}-${String(++invoiceNo).padStart(5, "0")}`;
      const late = LATENESS[customer.habit];
      const payDay = due + random.int(late.min, late.max);
      if (!random.chance(late.never) && payDay <= asOf) {
        paid = amount;
        settled = payDay;
      } else if (random.chance(0.12)) {
        // A part payment on account: open, with no settled date.
        paid = cents(amount * (0.2 + random.next() * 0.5));
      }
    }
    if (settled !== null && settled > asOf) {
      settled = null;
      paid = 0;
    }
    const invoiceDate: CellInput = random.chance(0.03) ? dateText(date, random.int(0, 3)) : date;
    if (random.chance(0.01)) due = null;
    else if (random.chance(0.01)) due = dateText(due, random.int(0, 3));
    const amountCell: CellInput = random.chance(0.02) ? amountText(amount) : amount;
    rows.push([
      customer.code,
      customer.name,
      number,
      invoiceDate,
      due,
      customer.currency,
      amountCell,
      paid,
      settled,
      customer.salesperson,
      customer.region,
    ]);
  }
  return plantBrokenRows(rows, customers);
}

/** Rows a real export has and a reader must refuse, each for a different reason, at fixed places. */
function plantBrokenRows(rows: CellInput[][], customers: readonly SampleCustomer[]): SampleLedger {
  const someone = customers[2];
  const other = customers[9];
  if (someone === undefined || other === undefined) return { rows, brokenRows: [] };
  const region = someone.region;
  const broken: [number, CellInput[]][] = [
    [611, ["", "", "INV-2025-X0611", 45800, 45830, "CNY", 18_250, 0, null, "", region]],
    [1_502, [someone.code, someone.name, "INV-2025-X1502", 45900, 45930, "CNY", "TBC", 0, null, "", region]],
    [
      2_213,
      [other.code, other.name, "INV-2025-X2213", "2026-02-30", null, other.currency, 9_800, 0, null, "", ""],
    ],
    [
      2_890,
      [
        someone.code,
        someone.name,
        "INV-2026-X2890",
        46050,
        { formula: "NA()" },
        "CNY",
        12_400,
        0,
        null,
        "",
        region,
      ],
    ],
    [
      3_377,
      [other.code, other.name, "INV-2026-X3377", "next month", null, other.currency, 5_600, 0, null, "", ""],
    ],
    [
      4_105,
      [
        someone.code,
        someone.name,
        "INV-2026-X4105",
        46180,
        46210,
        "CNY",
        { formula: "NA()" },
        0,
        null,
        "",
        region,
      ],
    ],
    [4_760, ["", "", "", null, null, "CNY", 3_000, 0, null, "", ""]],
  ];
  // Inserted first place first: a later insertion lands below and leaves the earlier ones where they are.
  const brokenRows: number[] = [];
  for (const [place, row] of broken) {
    const index = Math.min(place, rows.length);
    rows.splice(index, 0, row);
    brokenRows.push(index + FIRST_DATA_ROW);
  }
  return { rows, brokenRows };
}

/**
 * The sheet row of the first invoice (a title in row 1, a blank row 2, the header in row 3).
 *
 * @example
 * FIRST_DATA_ROW; // 4
 */
export const FIRST_DATA_ROW = 4;
