/**
 * The add-in and portable forms of each template give the same results on 1,000 random fillings of their
 * input cells: both forms sit in one workbook and every filling rewrites the inputs of both in one batch.
 * Fillings stay inside what the sheets' drop-down rules allow (whole scores 1–5 or blank, shares 0–100 %, …);
 * outside them the add-in answers #VALUE! with a message where the portable form has no way to say why.
 */
import fc from "fast-check";
import {
  EXPERT_PANEL_CELLS as E,
  RATING_CARD_CELLS as R,
  WEIGHTED_CARD_CELLS as W,
  expertPanelSpec,
  ratingCardSpec,
  weightedCardSpec,
} from "../../../src/core/templates";
import { type BatchBook, batchBook } from "./_lib/batchBook";
import { EN, type Shown } from "./_lib/templateBook";

jest.setTimeout(120_000);

const RUNS = { numRuns: 1000, seed: 20261031 };
const FORMS = ["addin", "portable"] as const;

/** The two forms' values at `address`. */
const both = (book: BatchBook, address: string): [Shown, Shown] => [
  book.value("addin", address),
  book.value("portable", address),
];

/**
 * Numbers within 10⁻¹² of each other relative to their size (the two forms may add the same terms in a
 * different order), everything else exactly equal.
 */
function expectSame([addin, portable]: [Shown, Shown], what: string): void {
  if (typeof addin === "number" && typeof portable === "number") {
    const tolerance = 1e-12 * Math.max(1, Math.abs(addin));
    if (Math.abs(addin - portable) > tolerance) throw new Error(`${what}: ${addin} ≠ ${portable}`);
    return;
  }
  expect({ what, value: portable }).toEqual({ what, value: addin });
}

const score = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
);
const maybeAmount = fc.option(fc.integer({ min: -1_000_000, max: 50_000_000 }), { nil: null });

describe("the weighted card's two forms", () => {
  it("agree on score, grade and limit for 1,000 fillings", async () => {
    const book = await batchBook(
      FORMS.map((form) => weightedCardSpec({ form, labels: EN.weighted, sheetName: form })),
    );
    const filling = fc.record({
      scores: fc.array(score, { minLength: 19, maxLength: 19 }),
      // Default weights or random percentages, at least one above 0 (all 0 is refused by both, differently).
      weights: fc.option(
        fc
          .array(fc.integer({ min: 0, max: 20 }), { minLength: 19, maxLength: 19 })
          .filter((w) => w.some((x) => x > 0))
          .map((w) => w.map((x) => x / 100)),
        { nil: null },
      ),
      missing: fc.constantFrom("reallocate", "zero", "error"),
      monthly: fc.integer({ min: 0, max: 5_000_000 }),
      terms: fc.constantFrom(0, 15, 30, 45, 60, 90, 120),
      grace: fc.integer({ min: 0, max: 30 }),
      netWorth: maybeAmount,
      workingCapital: maybeAmount,
    });
    const defaults = Array.from({ length: 19 }, (_, i) => (i === 13 ? 0.1 : 0.05));
    let graded = 0;
    fc.assert(
      fc.property(filling, (f) => {
        const weights = f.weights ?? defaults;
        book.fill([
          { topLeft: "C6", rows: weights.map((w, i) => [w, f.scores[i] ?? null]) },
          { topLeft: W.missing, rows: [[f.missing]] },
          {
            topLeft: W.monthlyPurchases,
            rows: [[f.monthly], [f.terms], [f.grace], [f.netWorth], [f.workingCapital]],
          },
        ]);
        for (const [name, address] of [
          ["total", W.total],
          ["grade", W.grade],
          ["limit", W.limit],
          ["weight check", W.weightCheck],
        ] as const) {
          expectSame(both(book, address), name);
        }
        if (typeof book.value("addin", W.grade) === "string") graded++;
      }),
      RUNS,
    );
    // The fillings reach real grades, not only #N/A.
    expect(graded).toBeGreaterThan(500);
  });
});

describe("the rating card's two forms", () => {
  it("agree on the rate, the three grades and the combined rating for 1,000 fillings", async () => {
    const book = await batchBook(
      FORMS.map((form) => ratingCardSpec({ form, labels: EN.rating, sheetName: form })),
    );
    // Boundaries of DESIGN §3.1 half of the time, anything in range otherwise.
    const rate = fc.oneof(
      fc.constantFrom(0.9, 0.95, 1, 0.8999999, 0.9499999, 0.9999999),
      fc.double({ min: 0, max: 1.2, noNaN: true }),
    );
    const filling = fc.record({
      due: fc.constantFrom(100_000, 1_000_000, 12_345.67),
      rate,
      claims: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50_000 })),
      daysLate: fc.oneof(
        fc.constantFrom(-3, 0, 0.5, 4, 4.99, 5, 9.99, 10, 30),
        fc.double({ min: -30, max: 60, noNaN: true }),
      ),
      share: fc.oneof(
        fc.constantFrom(0, 0.3999, 0.4, 0.5999, 0.6, 0.9999, 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      // Default thresholds, or three distinct ones in (0, 1], highest first.
      thresholds: fc.option(
        fc
          .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 })
          .map((t) => t.sort((a, b) => b - a).map((x) => x / 100)),
        { nil: null },
      ),
    });
    const seen = new Set<string>();
    fc.assert(
      fc.property(filling, (f) => {
        const collected = f.rate * f.due + f.claims;
        book.fill([
          { topLeft: R.collected, rows: [[collected], [f.claims], [f.due]] },
          { topLeft: R.daysLate, rows: [[f.daysLate], [f.share]] },
          { topLeft: R.thresholdA, rows: (f.thresholds ?? [1, 0.6, 0.4]).map((t) => [t]) },
        ]);
        for (const [name, address] of [
          ["rate", R.rate],
          ["collection", R.collectionGrade],
          ["lateness", R.latenessGrade],
          ["loyalty", R.loyaltyGrade],
          ["combined", R.combined],
        ] as const) {
          expectSame(both(book, address), name);
        }
        seen.add(JSON.stringify(book.value("addin", R.combined)));
      }),
      RUNS,
    );
    expect([...seen].sort()).toEqual(['"A"', '"B"', '"C"', '"D"']);
  });
});

describe("the expert panel's two forms", () => {
  it("agree on consensus, spread, flag and blend for 1,000 fillings", async () => {
    const book = await batchBook(
      FORMS.map((form) => expertPanelSpec({ form, labels: EN.expert, sheetName: form })),
    );
    const filling = fc.record({
      ratings: fc.array(fc.array(score, { minLength: 3, maxLength: 3 }), { minLength: 5, maxLength: 5 }),
      method: fc.constantFrom("median", "mean", "trimmed"),
      spreadLimit: fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5), fc.double({ min: 0, max: 4, noNaN: true })),
      modelWeight: fc.oneof(fc.constantFrom(0, 0.7, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      modelScore: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    const flags = new Set<string>();
    fc.assert(
      fc.property(filling, (f) => {
        book.fill([
          { topLeft: "B6", rows: f.ratings },
          { topLeft: E.method, rows: [[f.method], [f.spreadLimit], [f.modelWeight], [f.modelScore]] },
        ]);
        for (const [name, address] of [
          ["consensus", E.consensus],
          ["spread", E.spread],
          ["another round", E.anotherRound],
          ["panel score", E.expertScore100],
          ["blend", E.blended],
        ] as const) {
          expectSame(both(book, address), name);
        }
        flags.add(JSON.stringify(book.value("addin", E.anotherRound)));
      }),
      RUNS,
    );
    expect([...flags].sort()).toEqual(['"No"', '"Yes: no consensus yet"']);
  });
});
