/**
 * A workbook with a weighted card and a table of customers, and an independent computation of what the
 * Scores sheet must show for each customer (DESIGN §3.2 and §3.4 written out as plain loops).
 */
import { type CellInput, type SheetSpec } from "../../../../src/core/report";
import { weightedCardSpec } from "../../../../src/core/templates";
import { templateLabels } from "../../../../src/app/templates/templateSheets";
import { EmbeddedWorkbook } from "../../../../src/host/embedded";

/** One customer row: name, payment-history score, current ratio, years in business, balance, purchases, terms. */
export type Customer = readonly [
  name: string,
  paymentHistory: number | null,
  currentRatio: number | null,
  years: number | null,
  balance: number | null,
  monthlyPurchases: number | null,
  terms: number | null,
];

export const HEADERS = [
  "Customer",
  "Payment history",
  "Current ratio",
  "Years in business",
  "Open balance",
  "Monthly purchases",
  "Terms",
];

/** The card's own terms, used for a customer whose terms cell is blank. */
export const CARD_TERMS = 30;

/** A small seeded generator (LCG), so a failure names a reproducible table. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` customers with blanks, band edges (1, 1.2, 1.5, 2; 2, 3, 5, 10 years) and values between them. */
export function randomCustomers(count: number, seed: number): Customer[] {
  const next = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const customers: Customer[] = [];
  for (let i = 0; i < count; i++) {
    customers.push([
      `Customer ${i + 1}`,
      next() < 0.1 ? null : 1 + Math.floor(next() * 5),
      next() < 0.1 ? null : pick([0.4, 0.99, 1, 1.1, 1.2, 1.35, 1.5, 1.99, 2, 2.75]),
      next() < 0.1 ? null : pick([0, 1, 2, 2.5, 3, 4, 5, 9, 10, 31]),
      Math.round(next() * 20_000_000) / 100,
      next() < 0.05 ? null : 1000 + Math.floor(next() * 200) * 500,
      next() < 0.2 ? null : pick([30, 45, 60, 90]),
    ]);
  }
  return customers;
}

/** The customers as a user's sheet, headers in row 1. */
export function customerSheet(customers: readonly Customer[], name = "Customers"): SheetSpec {
  return {
    name,
    blocks: [{ topLeft: "A1", rows: [HEADERS, ...customers.map((c) => [...c] as CellInput[])] }],
  };
}

/** A workbook with the weighted card (terms 30 days on the card), the customers and any `more` user sheets. */
export async function customerBook(
  customers: readonly Customer[],
  more: readonly SheetSpec[] = [],
): Promise<EmbeddedWorkbook> {
  const labels = templateLabels("en").weighted;
  const card = weightedCardSpec({
    form: "addin",
    labels,
    sheetName: "Scorecard",
    example: { scores: [], termsDays: CARD_TERMS, graceDays: 0 },
  });
  return EmbeddedWorkbook.fromSheetSpecs([card, customerSheet(customers), ...more], { language: "en" });
}

/** Points of a value on lower-inclusive bands with a value below the first breakpoint scoring points[0]. */
function banded(value: number, breakpoints: readonly number[], points: readonly number[]): number {
  let band = 0;
  breakpoints.forEach((bound, i) => {
    if (value >= bound) band = i + 1;
  });
  return points[band] as number;
}

/** What the Scores sheet must show for a customer, by hand: the card's default weights and policy. */
export interface Expected {
  readonly score: number | "error";
  /** A grade letter, or "error" when there is no score. */
  readonly grade: string;
  readonly limit: number | "error";
}

/**
 * Score: payment history weighs 10 %, solvency (current ratio bands 1 / 1.2 / 1.5 / 2 → 1–5) and years in
 * business (2 / 3 / 5 / 10 → 1–5) 5 % each; a blank factor's weight is shared out (reallocate). Grade A ≥ 85,
 * B ≥ 70, C ≥ 60, else D. Limit: purchases × terms / 30 × (A 1.2, B 1, C 0.5, D 0), rounded down to 1,000.
 */
export function expectedFor(customer: Customer): Expected {
  const [, pay, ratio, years, , purchases, terms] = customer;
  const scored: [number, number][] = [];
  if (pay !== null) scored.push([pay, 0.1]);
  if (ratio !== null) scored.push([banded(ratio, [1, 1.2, 1.5, 2], [1, 2, 3, 4, 5]), 0.05]);
  if (years !== null) scored.push([banded(years, [2, 3, 5, 10], [1, 2, 3, 4, 5]), 0.05]);
  if (scored.length === 0) return { score: "error", grade: "error", limit: "error" };
  const score =
    (scored.reduce((sum, [s, w]) => sum + s * w, 0) / (5 * scored.reduce((sum, [, w]) => sum + w, 0))) * 100;
  const rounded = Math.round(score * 1e10) / 1e10;
  const grade = rounded >= 85 ? "A" : rounded >= 70 ? "B" : rounded >= 60 ? "C" : "D";
  if (purchases === null) return { score, grade, limit: "error" };
  const multiplier = { A: 1.2, B: 1, C: 0.5, D: 0 }[grade];
  const need = (purchases * (terms ?? CARD_TERMS)) / 30;
  return { score, grade, limit: Math.floor(Math.round(((need * multiplier) / 1000) * 1e6) / 1e6) * 1000 };
}
