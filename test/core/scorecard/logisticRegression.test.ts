import fc from "fast-check";
import { creditError } from "../../../src/core/errors";
import { logisticRegression } from "../../../src/core/scorecard";
import { ok, times } from "./scorecardTestKit";

/** Rows of a 2 × 2 table: at x = 0, a0 events and b0 non-events; at x = 1, a1 and b1. */
function twoByTwo(a0: number, b0: number, a1: number, b1: number): { x: number[]; y: number[] } {
  return {
    x: [...times(a0 + b0, 0), ...times(a1 + b1, 1)],
    y: [...times(a0, 1), ...times(b0, 0), ...times(a1, 1), ...times(b1, 0)],
  };
}

describe("logisticRegression", () => {
  it("one binary predictor: β₁ is the log odds ratio, β₀ the log odds at x = 0 (closed form)", () => {
    // x = 0: 10 events, 30 non-events → β₀ = ln(10/30) = −1.0986123
    // x = 1: 25 events, 15 non-events → β₁ = ln((25·30)/(15·10)) = ln 5 = 1.6094379
    // Woolf: se(β₁) = √(1/10 + 1/30 + 1/25 + 1/15) = √0.24 = 0.4898979; se(β₀) = √(1/10 + 1/30) = 0.3651484
    // z = 1.6094379 / 0.4898979 = 3.2852514 → p = 0.0010189142 (erfc(z/√2), 30-digit mpmath)
    const { x, y } = twoByTwo(10, 30, 25, 15);
    const fit = ok(logisticRegression({ predictors: [x], outcome: y, names: ["owner"] }));
    expect(fit.intercept.estimate).toBeCloseTo(Math.log(10 / 30), 10);
    expect(fit.coefficients[0]!.estimate).toBeCloseTo(Math.log((25 * 30) / (15 * 10)), 10);
    expect(fit.coefficients[0]!.name).toBe("owner");
    expect(fit.coefficients[0]!.standardError).toBeCloseTo(Math.sqrt(0.24), 10);
    expect(fit.intercept.standardError).toBeCloseTo(Math.sqrt(1 / 10 + 1 / 30), 10);
    expect(fit.coefficients[0]!.z).toBeCloseTo(3.2852514, 6);
    expect(fit.coefficients[0]!.pValue).toBeCloseTo(0.0010189142016, 12);
    expect(fit.intercept.pValue).toBeCloseTo(0.0026239079321, 12);
    expect(fit.rows).toBe(80);
  });

  it("deviance and null deviance equal −2 log-likelihood worked out by hand", () => {
    // Saturated in the two groups: fitted p = 10/40 and 25/40; null model p = 35/80
    const { x, y } = twoByTwo(10, 30, 25, 15);
    const fit = ok(logisticRegression({ predictors: [x], outcome: y }));
    const ll = 10 * Math.log(0.25) + 30 * Math.log(0.75) + 25 * Math.log(0.625) + 15 * Math.log(0.375);
    const ll0 = 35 * Math.log(35 / 80) + 45 * Math.log(45 / 80);
    expect(fit.deviance).toBeCloseTo(-2 * ll, 9);
    expect(fit.nullDeviance).toBeCloseTo(-2 * ll0, 9);
  });

  it("two dummies of a three-level factor: each is its level's log odds ratio against the reference", () => {
    // reference: 20 events / 20 non-events; level B: 30 / 10; level C: 5 / 45
    const rows = [
      ...times(20, [0, 0, 1]),
      ...times(20, [0, 0, 0]),
      ...times(30, [1, 0, 1]),
      ...times(10, [1, 0, 0]),
      ...times(5, [0, 1, 1]),
      ...times(45, [0, 1, 0]),
    ];
    const fit = ok(
      logisticRegression({
        predictors: [rows.map((r) => r[0]!), rows.map((r) => r[1]!)],
        outcome: rows.map((r) => r[2]!),
      }),
    );
    expect(fit.intercept.estimate).toBeCloseTo(0, 10); // ln(20/20)
    expect(fit.coefficients[0]!.estimate).toBeCloseTo(Math.log(3), 10); // ln((30/10)/(20/20))
    expect(fit.coefficients[1]!.estimate).toBeCloseTo(Math.log(1 / 9), 10); // ln((5/45)/(20/20))
    expect(fit.coefficients[1]!.standardError).toBeCloseTo(Math.sqrt(1 / 5 + 1 / 45 + 1 / 20 + 1 / 20), 10);
    expect(fit.coefficients.map((c) => c.name)).toEqual(["x1", "x2"]);
  });

  it("with no predictors fits the log odds of the sample", () => {
    // 3 events in 12: ln(3/9); se √(1/3 + 1/9)
    const fit = ok(logisticRegression({ predictors: [], outcome: [...times(3, 1), ...times(9, 0)] }));
    expect(fit.intercept.estimate).toBeCloseTo(Math.log(3 / 9), 12);
    expect(fit.intercept.standardError).toBeCloseTo(Math.sqrt(1 / 3 + 1 / 9), 12);
    expect(fit.coefficients).toEqual([]);
  });

  it("fits only the rows asked for", () => {
    // rows 0–79 are the 2 × 2 table; rows 80–89 would change it if they were used
    const { x, y } = twoByTwo(10, 30, 25, 15);
    const predictors = [[...x, ...times(10, 1)]];
    const outcome = [...y, ...times(10, 0)];
    const fit = ok(
      logisticRegression({ predictors, outcome, rows: Array.from({ length: 80 }, (_, i) => i) }),
    );
    expect(fit.coefficients[0]!.estimate).toBeCloseTo(Math.log(5), 10);
  });

  it("gives the same fit whatever the order of the rows", () => {
    const row = fc.record({
      a: fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
      b: fc.integer({ min: 0, max: 4 }),
      y: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 30, maxLength: 120 }),
        fc.array(fc.nat(), { minLength: 120, maxLength: 120 }),
        (rows, keys) => {
          const events = rows.filter((r) => r.y === 1).length;
          fc.pre(events >= 5 && rows.length - events >= 5);
          // shuffle by sorting on random keys
          const permuted = rows
            .map((r, i) => ({ r, k: keys[i]! }))
            .sort((p, q) => p.k - q.k)
            .map((p) => p.r);
          const fitOf = (data: typeof rows) =>
            logisticRegression({
              predictors: [data.map((r) => r.a), data.map((r) => r.b)],
              outcome: data.map((r) => r.y),
            });
          const first = fitOf(rows);
          const second = fitOf(permuted);
          if ("kind" in first) {
            expect(second).toEqual(first); // the same refusal either way
            return;
          }
          // Only the order of the sums changes: agreement to 1e−9 relative.
          const same = (a: number, b: number) =>
            expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(b)));
          const again = ok(second);
          same(again.intercept.estimate, first.intercept.estimate);
          first.coefficients.forEach((c, j) => {
            same(again.coefficients[j]!.estimate, c.estimate);
            same(again.coefficients[j]!.standardError, c.standardError);
          });
          same(again.deviance, first.deviance);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("detects complete and quasi-complete separation, naming the predictor", () => {
    // x = 1 ⇔ event: the coefficient runs off to +∞
    const complete = logisticRegression({
      predictors: [
        [0.3, 0.1, 0.2, 0.5, 0.4, 0.6],
        [0, 0, 0, 1, 1, 1],
      ],
      outcome: [0, 0, 0, 1, 1, 1],
      names: ["noise", "flag"],
    });
    expect(complete).toEqual(creditError("#NUM!", "logisticSeparation", { predictor: "flag" }));
    // every x = 1 row is an event, x = 0 rows are mixed
    const { x, y } = twoByTwo(5, 5, 8, 0);
    expect(logisticRegression({ predictors: [x], outcome: y, names: ["flag"] })).toEqual(
      creditError("#NUM!", "logisticSeparation", { predictor: "flag" }),
    );
  });

  it("refuses a constant predictor or one repeating another", () => {
    const { x, y } = twoByTwo(10, 30, 25, 15);
    expect(logisticRegression({ predictors: [x, x], outcome: y, names: ["a", "b"] })).toEqual(
      creditError("#NUM!", "logisticSingular", { predictor: "b" }),
    );
    expect(logisticRegression({ predictors: [x, times(80, 2)], outcome: y, names: ["a", "two"] })).toEqual(
      creditError("#NUM!", "logisticSingular", { predictor: "two" }),
    );
    expect(logisticRegression({ predictors: [times(80, 0), x], outcome: y, names: ["zero", "a"] })).toEqual(
      creditError("#NUM!", "logisticSingular", { predictor: "zero" }),
    );
  });

  it("reports a fit that has not converged within the steps allowed", () => {
    const { x, y } = twoByTwo(10, 30, 25, 15);
    expect(logisticRegression({ predictors: [x], outcome: y, maxIterations: 1 })).toEqual(
      creditError("#NUM!", "logisticNotConverged", { iterations: 1 }),
    );
  });

  it("refuses a single outcome, an outcome other than 0 / 1 and a predictor that is not a number", () => {
    expect(logisticRegression({ predictors: [[1, 2]], outcome: [1, 1] })).toEqual(
      creditError("#VALUE!", "logisticOneOutcome", { rows: 2 }),
    );
    expect(logisticRegression({ predictors: [[1, 2]], outcome: [1, 2] })).toEqual(
      creditError("#VALUE!", "logisticOutcomeNotBinary", { row: 2, value: "2" }),
    );
    expect(logisticRegression({ predictors: [[1, Number.NaN]], outcome: [1, 0], names: ["age"] })).toEqual(
      creditError("#VALUE!", "listValueNotANumber", { arg: "age", index: 2 }),
    );
  });
});
