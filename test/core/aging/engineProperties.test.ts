import fc from "fast-check";
import { bucketEdgesFrom } from "../../../src/core/aging";
import { type AgingResult, type RawCell, ageLedger } from "../../../src/core/ledger";
import { ok, readLedger, serial } from "../ledger/ledgerTestKit";

const AS_OF = serial("2013-12-31");
const HEADER: RawCell[] = ["Customer", "Invoice date", "Due date", "Amount", "Currency"];
const DECIMALS: Record<string, number> = { USD: 2, CNY: 2, JPY: 0, KWD: 3 };

const item = fc.record({
  customer: fc.constantFrom("A", "B", "C", "客户甲", "客戶乙"),
  age: fc.integer({ min: -60, max: 400 }),
  terms: fc.integer({ min: 0, max: 90 }),
  cents: fc.integer({ min: -1_000_000, max: 100_000_000 }),
  currency: fc.constantFrom("USD", "CNY", "JPY", "KWD"),
});
type Item = { customer: string; age: number; terms: number; cents: number; currency: string };

const toRows = (items: readonly Item[]): RawCell[][] => [
  HEADER,
  ...items.map((i): RawCell[] => [
    i.customer,
    AS_OF - i.age - i.terms,
    AS_OF - i.age,
    i.cents / 100,
    i.currency,
  ]),
];

const minor = (amount: number, decimals: number): number => Math.round(amount * 10 ** decimals);

/** The amount of an item in its currency's minor units, worked out without the core (half away from zero). */
function expectedMinor(i: Item): number {
  const decimals = DECIMALS[i.currency]!;
  if (decimals >= 2) return i.cents * 10 ** (decimals - 2);
  return Math.sign(i.cents) * Math.round(Math.abs(i.cents) / 100);
}

const edgesArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 })
  .map((list) => ok(bucketEdgesFrom([...list].sort((a, b) => a - b))));

const comparable = (r: AgingResult) => ({
  groups: r.groups,
  totals: r.totals,
  topOverdue: r.topOverdue,
  provision: r.provision,
});

describe("ageLedger properties", () => {
  it("buckets add up exactly to each group's open total, groups to the currency totals, items to both", () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        edgesArb,
        fc.constantFrom("due" as const, "invoice" as const),
        (items, edges, basis) => {
          const result = ok(ageLedger(readLedger(toRows(items), { asOf: AS_OF, basis }), { edges }));
          for (const g of result.groups) {
            const sum = g.buckets.reduce((s, b) => s + minor(b, g.decimals), 0);
            expect(sum).toBe(minor(g.open, g.decimals));
          }
          for (const t of result.totals) {
            const groups = result.groups.filter((g) => g.currency === t.currency);
            expect(groups.reduce((s, g) => s + minor(g.open, t.decimals), 0)).toBe(minor(t.open, t.decimals));
            expect(t.buckets.reduce((s, b) => s + minor(b, t.decimals), 0)).toBe(minor(t.open, t.decimals));
            // independent: the items of this currency, in its minor units
            const own = items.filter((i) => i.currency === t.currency && expectedMinor(i) !== 0);
            expect(minor(t.open, t.decimals)).toBe(own.reduce((s, i) => s + expectedMinor(i), 0));
            expect(t.items).toBe(own.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("does not depend on the order of the rows or on how the host splits them into blocks", () => {
    fc.assert(
      fc.property(
        fc
          .array(item, { minLength: 1, maxLength: 40 })
          .chain((items) =>
            fc.tuple(
              fc.constant(items),
              fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
            ),
          ),
        fc.integer({ min: 1, max: 7 }),
        ([items, shuffled], blockRows) => {
          const a = ok(ageLedger(readLedger(toRows(items), { asOf: AS_OF })));
          const b = ok(ageLedger(readLedger(toRows(shuffled), { asOf: AS_OF, blockRows })));
          expect(comparable(b)).toEqual(comparable(a));
        },
      ),
      { numRuns: 150 },
    );
  });
});
