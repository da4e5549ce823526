import { type CustomerTableMapping, METRIC_PRESETS } from "../../../src/core/scores";
import {
  bandsOf,
  columnOf,
  MAPPING_ITEMS,
  withColumn,
} from "../../../src/taskpane/views/scorecards/_lib/mappingItems";

// Customer, Payment history (scores 1–5), Current ratio (a raw metric), Years in business (a raw metric).
const ROWS = [
  ["Acme", 4, 1.6, 12],
  ["Beta", 2, 0.9, 1],
];

const PROPOSED: CustomerTableMapping = {
  fields: { customer: 0 },
  factors: {
    paymentHistory: { kind: "score", column: 1 },
    solvency: { kind: "banded", column: 2, bands: METRIC_PRESETS.quickRatio.bands, metric: "quickRatio" },
  },
};

describe("mapping items", () => {
  it("lists the customer first, the card's 19 factors, then the 8 other fields", () => {
    expect(MAPPING_ITEMS).toHaveLength(1 + 19 + 8);
    expect(MAPPING_ITEMS[0]).toEqual({ kind: "field", id: "customer" });
    expect(MAPPING_ITEMS[1]).toEqual({ kind: "factor", id: "visitImpression" });
    expect(MAPPING_ITEMS[20]).toEqual({ kind: "field", id: "exposure" });
  });

  it("sets and clears a field's column", () => {
    const exposure = { kind: "field", id: "exposure" } as const;
    const set = withColumn(PROPOSED, exposure, 3, PROPOSED, ROWS);
    expect(set.fields).toEqual({ customer: 0, exposure: 3 });
    expect(columnOf(set, exposure)).toBe(3);
    expect(withColumn(set, exposure, null, PROPOSED, ROWS).fields).toEqual({ customer: 0 });
    expect(set.factors).toBe(PROPOSED.factors);
  });

  it("scores a column of 1–5 as it is, and a raw metric through its factor's bands", () => {
    const years = { kind: "factor", id: "yearsInBusiness" } as const;
    const history = { kind: "factor", id: "paymentHistory" } as const;
    // 12 and 1 years: 12 leaves the 1–5 scale, so the years' bands (2, 3, 5, 10) apply.
    const banded = withColumn(PROPOSED, years, 3, PROPOSED, ROWS);
    expect(banded.factors.yearsInBusiness).toEqual({
      kind: "banded",
      column: 3,
      bands: { breakpoints: [2, 3, 5, 10], points: [1, 2, 3, 4, 5] },
      metric: "yearsInBusiness",
    });
    expect(bandsOf(banded, years)).toEqual({ metric: "yearsInBusiness" });
    // Payment history on a column with 12 in it: beyond the scale, so the days-late bands (1, 5, 10, 30
    // days, points falling from 5 to 1); on the ratio column (1.6, 0.9) the values are taken as scores.
    expect(withColumn(PROPOSED, history, 3, PROPOSED, ROWS).factors.paymentHistory).toEqual({
      kind: "banded",
      column: 3,
      bands: { breakpoints: [1, 5, 10, 30], points: [5, 4, 3, 2, 1] },
      metric: "averageDaysLate",
    });
    expect(withColumn(PROPOSED, history, 2, PROPOSED, ROWS).factors.paymentHistory).toEqual({
      kind: "score",
      column: 2,
    });
    expect(bandsOf(PROPOSED, history)).toBeNull();
    expect(withColumn(PROPOSED, history, null, PROPOSED, ROWS).factors).toEqual({
      solvency: PROPOSED.factors.solvency,
    });
  });

  it("gives a factor back the source CreditKit proposed for the same column", () => {
    const solvency = { kind: "factor", id: "solvency" } as const;
    const away = withColumn(PROPOSED, solvency, null, PROPOSED, ROWS);
    const back = withColumn(away, solvency, 2, PROPOSED, ROWS);
    // The quick ratio's bands (0.5, 0.8, 1, 1.5), not the current ratio's a new column would get.
    expect(back.factors.solvency).toEqual({
      kind: "banded",
      column: 2,
      bands: { breakpoints: [0.5, 0.8, 1, 1.5], points: [1, 2, 3, 4, 5] },
      metric: "quickRatio",
    });
  });
});
