import fc from "fast-check";
import { type RawCell, ageLedger, readCustomerMaster } from "../../../src/core/ledger";
import {
  type PaymentRecord,
  type WarningReport,
  type WarningRuleId,
  WARNING_RULE_IDS,
  compareWarnings,
  defaultWarningSettings,
  runWarningChecks,
  withRuleEnabled,
} from "../../../src/core/warnings";
import { AS_OF, ledgerOf, ok } from "./_lib/warningsTestKit";

const CUSTOMERS = ["A", "B", "Cee", "客户甲", "D d"];

const itemArb = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  daysPastDue: fc.integer({ min: -60, max: 200 }),
  amount: fc.integer({ min: -100_000, max: 5_000_000 }).map((cents) => cents / 100),
  currency: fc.constantFrom("USD", "CNY"),
});

const masterRowArb = fc.record({
  limit: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: null }),
  terms: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  grade: fc.option(fc.constantFrom("A", "B", "C", "D", "45", "75"), { nil: null }),
  reviewDaysAgo: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
  orders: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
});

const recordArb = fc.record({
  customer: fc.constantFrom(...CUSTOMERS, "Elsewhere"),
  amount: fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100),
  dueDaysAgo: fc.integer({ min: -30, max: 400 }),
  late: fc.option(fc.integer({ min: -10, max: 40 }), { nil: null }),
  currency: fc.constantFrom("USD", "CNY", ""),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Book = {
  items: ValueOf<typeof itemArb>[];
  master: (ValueOf<typeof masterRowArb> | null)[];
  records: ValueOf<typeof recordArb>[];
};

const bookArb: fc.Arbitrary<Book> = fc.record({
  items: fc.array(itemArb, { maxLength: 40 }),
  master: fc.array(fc.option(masterRowArb, { nil: null }), {
    minLength: CUSTOMERS.length,
    maxLength: CUSTOMERS.length,
  }),
  records: fc.array(recordArb, { maxLength: 40 }),
});

function inputsOf(book: Book) {
  const masterRows: RawCell[][] = [
    ["Customer", "Credit limit", "Terms", "Grade", "Last review", "Open orders"],
  ];
  book.master.forEach((row, i) => {
    if (row === null) return;
    masterRows.push([
      CUSTOMERS[i] ?? "",
      row.limit,
      row.terms,
      row.grade,
      row.reviewDaysAgo === null ? null : AS_OF - row.reviewDaysAgo,
      row.orders,
    ]);
  });
  const history: PaymentRecord[] = book.records.map((r, i) => ({
    customer: r.customer,
    amount: r.amount,
    due: AS_OF - r.dueDaysAgo,
    paid: r.late === null ? null : AS_OF - r.dueDaysAgo + r.late,
    invoiceDate: AS_OF - r.dueDaysAgo - 30,
    currency: r.currency,
    row: i + 2,
  }));
  return { ledger: ledgerOf(book.items), master: readCustomerMaster(masterRows), history };
}

const withoutRules = (report: WarningReport, off: ReadonlySet<WarningRuleId>) => ({
  asOf: report.asOf,
  results: report.results.filter((r) => !off.has(r.rule)),
  notRun: report.notRun.filter((n) => !off.has(n.rule)),
  notAssessed: report.notAssessed.filter((n) => !off.has(n.rule)),
});

describe("runWarningChecks properties", () => {
  it("orders results strictly (a total order: no two results tie) and gives the same report every run", () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const inputs = inputsOf(book);
        const report = ok(runWarningChecks(inputs));
        report.results.forEach((result, i) => {
          const next = report.results[i + 1];
          if (next !== undefined) expect(compareWarnings(result, next)).toBeLessThan(0);
        });
        expect(ok(runWarningChecks(inputs))).toEqual(report);
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the order of the payment history's records", () => {
    fc.assert(
      fc.property(bookArb, fc.nat(), (book, shift) => {
        const inputs = inputsOf(book);
        const n = inputs.history.length;
        const reordered = inputs.history
          .map((_, i) => inputs.history[(i + shift) % n] as PaymentRecord)
          .reverse();
        expect(ok(runWarningChecks({ ...inputs, history: reordered }))).toEqual(ok(runWarningChecks(inputs)));
      }),
      { numRuns: 100 },
    );
  });

  it("switching rules off removes exactly their results, 'not run' entries and not-assessed counts", () => {
    fc.assert(
      fc.property(bookArb, fc.subarray([...WARNING_RULE_IDS]), (book, off) => {
        const inputs = inputsOf(book);
        const all = ok(runWarningChecks(inputs));
        const settings = off.reduce((s, rule) => withRuleEnabled(s, rule, false), defaultWarningSettings());
        expect(ok(runWarningChecks(inputs, settings))).toEqual(withoutRules(all, new Set(off)));
      }),
      { numRuns: 100 },
    );
  });

  it("agrees with the aging engine: veto-late and long-overdue on the oldest item, overdue-share on Overdue %", () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const inputs = inputsOf(book);
        const report = ok(runWarningChecks(inputs));
        const aging = ok(ageLedger(inputs.ledger));
        const fired = (rule: WarningRuleId) =>
          new Map(
            report.results
              .filter((r) => r.rule === rule)
              .map((r) => [`${r.customer}|${r.currency}`, r.value]),
          );
        const veto = fired("veto-late");
        const long = fired("long-overdue");
        const share = fired("overdue-share");
        for (const group of aging.groups) {
          const key = `${group.key}|${group.currency}`;
          expect(veto.get(key)).toBe(group.oldestDaysPastDue >= 10 ? group.oldestDaysPastDue : undefined);
          expect(long.get(key)).toBe(group.oldestDaysPastDue > 90 ? group.oldestDaysPastDue : undefined);
          const pct = group.overduePct;
          if (pct === null || Math.abs(pct - 0.3) < 1e-9) continue; // the boundary is the unit tests' job
          if (pct > 0.3) expect(share.get(key)).toBeCloseTo(pct, 12);
          else expect(share.has(key)).toBe(false);
        }
        expect(veto.size + long.size + share.size).toBeLessThanOrEqual(3 * aging.groups.length);
      }),
      { numRuns: 150 },
    );
  });
});

it("draws books on which every rule fires somewhere (so the properties above are not vacuous)", () => {
  const fired = new Set<string>();
  for (const book of fc.sample(bookArb, { numRuns: 300, seed: 7 })) {
    for (const result of ok(runWarningChecks(inputsOf(book))).results) fired.add(result.rule);
  }
  expect([...WARNING_RULE_IDS].filter((rule) => !fired.has(rule))).toEqual([]);
});
