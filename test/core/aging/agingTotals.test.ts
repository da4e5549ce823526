import fc from "fast-check";
import {
  agingTotals,
  bucketEdgesFrom,
  DEFAULT_BUCKET_EDGES,
  type BucketEdges,
} from "../../../src/core/aging";
import { creditError } from "../../../src/core/errors";

/** Excel 1900-system serial of a calendar date (DESIGN §2: ms / 86,400,000 + 25,569). */
const serial = (iso: string): number => Date.parse(iso) / 86_400_000 + 25_569;
const AS_OF = serial("2026-01-31"); // 46053

describe("agingTotals", () => {
  it("buckets a small ledger by days past due (hand-checked)", () => {
    // item         due date     days past due (as of 2026-01-31)   bucket
    // 1,000.10     2026-02-15   -15                                 Not due
    //   250.25     2026-01-31     0                                 Not due
    //     0.10     2026-01-30     1                                 1-30
    //     0.20     2026-01-01    30                                 1-30
    //   -50.00     2025-12-31    31                                 31-60 (credit note stays in its bucket)
    //   333.33     2025-11-01    91 (30 Nov + 31 Dec + 30 Jan)      91-120
    //     0        (no date)      -                                 skipped
    //    99.99     2025-09-30   123                                 121+
    // Not due = 1,000.10 + 250.25 = 1,250.35; 1-30 = 0.10 + 0.20 = 0.30 exactly (not 0.30000000000000004)
    const amounts = [1000.1, 250.25, 0.1, 0.2, -50, 333.33, 0, 99.99];
    const dates = [
      "2026-02-15",
      "2026-01-31",
      "2026-01-30",
      "2026-01-01",
      "2025-12-31",
      "2025-11-01",
      "",
      "2025-09-30",
    ].map((iso) => (iso === "" ? 0 : serial(iso)));
    const totals = agingTotals(amounts, dates, AS_OF, DEFAULT_BUCKET_EDGES, "due");
    expect(totals).toEqual([1250.35, 0.3, -50, 0, 333.33, 99.99]);
    // 1,250.35 + 0.30 − 50 + 333.33 + 99.99 = 1,633.97: no amount outside a bucket
    expect(Math.round((totals as number[]).reduce((sum, x) => sum + x, 0) * 100)).toBe(163_397);
  });

  it("buckets by invoice date on the invoice basis, future-dated items in 0-30", () => {
    // invoice 2026-02-05 (age -5) → 0-30; 2026-01-01 (30) → 0-30; 2025-12-31 (31) → 31-60; 2025-10-02 (121) → 121+
    const dates = [serial("2026-02-05"), serial("2026-01-01"), serial("2025-12-31"), serial("2025-10-02")];
    expect(agingTotals([10, 20, 40, 80], dates, AS_OF, DEFAULT_BUCKET_EDGES, "invoice")).toEqual([
      30, 40, 0, 0, 80,
    ]);
  });

  it("ignores the time of day of dates and the as-of date", () => {
    // due 2026-01-01 at 23:00, as of 2026-01-31 at 01:00: 30 whole days → 1-30 (31 would be 31-60)
    const totals = agingTotals(
      [5],
      [serial("2026-01-01") + 23 / 24],
      AS_OF + 1 / 24,
      DEFAULT_BUCKET_EDGES,
      "due",
    );
    expect(totals).toEqual([0, 5, 0, 0, 0, 0]);
  });

  it("counts in whole cents, halves away from zero", () => {
    // 1.005 is stored as 1.00499999999999989…; as a typed amount it is 100.5 cents → 101; −1.005 → −101
    // 0.004 is 0.4 cents → 0 cents, so it is skipped (and its missing date never looked at)
    const dates = [AS_OF, AS_OF, AS_OF];
    expect(agingTotals([1.005, 0.004], [AS_OF, 0], AS_OF, DEFAULT_BUCKET_EDGES, "due")).toEqual([
      1.01, 0, 0, 0, 0, 0,
    ]);
    expect(agingTotals([-1.005, 2.675, 0.125], dates, AS_OF, DEFAULT_BUCKET_EDGES, "due")).toEqual([
      // −101 + 268 + 13 = 180 cents
      1.8, 0, 0, 0, 0, 0,
    ]);
  });

  it("counts in the currency's decimals", () => {
    // JPY, 0 decimals: 1,000 + 2,000.4 (→ 2,000) + 0.5 (→ 1) = 3,001
    expect(
      agingTotals([1000, 2000.4, 0.5], [AS_OF, AS_OF, AS_OF], AS_OF, DEFAULT_BUCKET_EDGES, "due", 0),
    ).toEqual([3001, 0, 0, 0, 0, 0]);
    // KWD, 3 decimals: 100 + 200 + 1 = 301 thousandths = 0.301 (adding the doubles gives 0.30100000000000005)
    expect(
      agingTotals([0.1, 0.2, 0.001], [AS_OF, AS_OF, AS_OF], AS_OF, DEFAULT_BUCKET_EDGES, "due", 3),
    ).toEqual([0.301, 0, 0, 0, 0, 0]);
    // 10 decimals is the most allowed: 1e-10 + 2e-10 = 3 units of 1e-10
    expect(agingTotals([1e-10, 2e-10], [AS_OF, AS_OF], AS_OF, DEFAULT_BUCKET_EDGES, "due", 10)).toEqual([
      3e-10, 0, 0, 0, 0, 0,
    ]);
  });

  it("returns all-zero buckets for an empty ledger", () => {
    expect(agingTotals([], [], AS_OF, DEFAULT_BUCKET_EDGES, "invoice")).toEqual([0, 0, 0, 0, 0]);
  });

  it("uses custom edges", () => {
    const edges = bucketEdgesFrom([7]) as BucketEdges;
    // ages 7 → 1-7, 8 → 8+
    expect(agingTotals([1, 2], [AS_OF - 7, AS_OF - 8], AS_OF, edges, "due")).toEqual([0, 1, 2]);
  });

  it("refuses inputs it cannot total", () => {
    const edges = DEFAULT_BUCKET_EDGES;
    expect(agingTotals([1, 2], [AS_OF], AS_OF, edges, "due")).toEqual(
      creditError("#VALUE!", "listLengthMismatch", {
        arg: "dates",
        other: "amounts",
        actual: 1,
        expected: 2,
      }),
    );
    expect(agingTotals([1], [AS_OF], 0, edges, "due")).toEqual(
      creditError("#VALUE!", "dateNotValid", { arg: "asOf" }),
    );
    for (const decimals of [-1, 11, 2.5]) {
      expect(agingTotals([1], [AS_OF], AS_OF, edges, "due", decimals)).toEqual(
        creditError("#VALUE!", "decimalsOutOfRange", { decimals: String(decimals), max: 10 }),
      );
    }
    expect(agingTotals([1, Number.NaN], [AS_OF, AS_OF], AS_OF, edges, "due")).toEqual(
      creditError("#VALUE!", "itemNotFinite", { arg: "amounts", position: 2 }),
    );
    expect(agingTotals([1, 2], [AS_OF, 0], AS_OF, edges, "due")).toEqual(
      creditError("#VALUE!", "dateItemNotValid", { arg: "dates", position: 2 }),
    );
  });

  it("refuses amounts too large to count exactly in cents", () => {
    // 1e14 × 100 = 1e16 cents > 2^53 − 1 ≈ 9.007e15
    expect(agingTotals([1e14], [AS_OF], AS_OF, DEFAULT_BUCKET_EDGES, "due")).toEqual(
      creditError("#NUM!", "itemTooLarge", { arg: "amounts", position: 1 }),
    );
    // each 5e13 = 5e15 cents is exact, but together 1e16 cents is not
    expect(agingTotals([5e13, -5e13], [AS_OF, AS_OF - 40], AS_OF, DEFAULT_BUCKET_EDGES, "due")).toEqual(
      creditError("#NUM!", "totalTooLarge", { arg: "amounts" }),
    );
  });

  it("sums to the total of the amounts exactly in cents, whatever the order (property)", () => {
    const item = fc.record({
      cents: fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
      date: fc.integer({ min: AS_OF - 400, max: AS_OF + 60 }),
    });
    const ledger = fc
      .array(item, { maxLength: 60 })
      .chain((items) =>
        fc.tuple(
          fc.constant(items),
          fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
        ),
      );
    fc.assert(
      fc.property(
        ledger,
        fc.constantFrom<"due" | "invoice">("due", "invoice"),
        ([items, shuffled], basis) => {
          const run = (list: typeof items) =>
            agingTotals(
              list.map((x) => x.cents / 100),
              list.map((x) => x.date),
              AS_OF,
              DEFAULT_BUCKET_EDGES,
              basis,
            ) as number[];
          const totals = run(items);
          const expectedCents = items.reduce((sum, x) => sum + x.cents, 0);
          expect(totals.reduce((sum, x) => sum + Math.round(x * 100), 0)).toBe(expectedCents);
          expect(run(shuffled)).toEqual(totals);
        },
      ),
    );
  });
  // Speed is measured by `npm run bench` (CREDIT.AGING over 100,000 items), not asserted here.
});
