import { readLedger } from "../ledger/ledgerTestKit";
import { ledgerOf, ledgerRows, masterOf, runRule, serial } from "./_lib/warningsTestKit";

describe("grade-d: customer rated D with an open balance", () => {
  const customers = [
    "Letter D",
    "Lower d",
    "Chinese D级",
    "Grade C",
    "Score 59.99",
    "Score 60",
    "Score 60.01",
    "No grade",
  ];
  const ledger = ledgerOf([
    ...customers.map((customer) => ({ customer, daysPastDue: 0, amount: 100 })),
    { customer: "D in credit", daysPastDue: 0, amount: -10 },
    { customer: "Not in master", daysPastDue: 0, amount: 10 },
  ]);
  const master = masterOf(
    ["Customer", "Grade"],
    ["Letter D", "D"],
    ["Lower d", "d"],
    ["Chinese D级", "D级"],
    ["Grade C", "C"],
    ["Score 59.99", 59.99],
    ["Score 60", 60],
    ["Score 60.01", 60.01],
    ["No grade", null],
    ["D in credit", "D"],
  );

  it("fires for D (any case, 'D级') and for scores just below 60; quiet for C, 60 and above, or no balance", () => {
    const report = runRule("grade-d", { ledger, master });
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.unit, r.masterRow]),
    ).toEqual([
      ["Chinese D级", "high", "D级", "D", "grade", 4],
      ["Letter D", "high", "D", "D", "grade", 2],
      ["Lower d", "high", "d", "D", "grade", 3],
      ["Score 59.99", "high", 59.99, 60, "score", 6],
    ]);
  });

  it("counts customers with a balance and no grade as not assessed", () => {
    const report = runRule("grade-d", { ledger, master });
    expect(report.notAssessed).toEqual([
      { rule: "grade-d", reason: "warnings:notAssessed.noGrade", count: 2, example: "No grade" },
    ]);
  });

  it("uses an edited score threshold", () => {
    const report = runRule("grade-d", { ledger, master }, { score: 60.01 });
    expect(report.results.map((r) => r.customer)).toContain("Score 60");
    expect(report.results.map((r) => r.customer)).not.toContain("Score 60.01");
  });

  it("is not run without a grade column", () => {
    const report = runRule("grade-d", {
      ledger,
      master: masterOf(["Customer", "Credit limit"], ["Letter D", 5]),
    });
    expect(report.notRun).toEqual([{ rule: "grade-d", reason: "warnings:notRun.noGradeColumn" }]);
    expect(runRule("grade-d", { ledger }).notRun).toEqual([
      { rule: "grade-d", reason: "warnings:notRun.noMaster" },
    ]);
  });
});

describe("review-due: last credit review older than 12 months", () => {
  // As of 2026-10-31 the cut-off is 2025-10-31: a review on that day is exactly 12 months old.
  const ledger = ledgerOf(
    ["Day before", "Cut-off day", "Day after", "Never reviewed", "Not in master", "Old, in credit"].map(
      (customer) => ({ customer, daysPastDue: 0, amount: customer === "Old, in credit" ? -5 : 100 }),
    ),
  );
  const master = masterOf(
    ["Customer", "Last review"],
    ["Day before", "2025-10-30"],
    ["Cut-off day", "2025-10-31"],
    ["Day after", "2025-11-01"],
    ["Never reviewed", null],
    ["Old, in credit", "2020-01-01"],
  );
  // 2025-10-31 to 2026-10-31 is 365 days; the day before, 366.
  const cutoffDays = serial("2026-10-31") - serial("2025-10-31");

  it("fires just over 12 months and for no review on record; quiet at exactly 12 months and below", () => {
    const report = runRule("review-due", { ledger, master });
    expect(cutoffDays).toBe(365);
    expect(
      report.results.map((r) => [r.customer, r.severity, r.value, r.threshold, r.masterRow, r.rows]),
    ).toEqual([
      ["Day before", "low", 366, 365, 2, []],
      ["Never reviewed", "low", null, 365, 5, []],
      ["Not in master", "low", null, 365, null, []],
    ]);
  });

  it("counts calendar months: 1 month before 2026-03-31 is 2026-02-28", () => {
    const asOf = serial("2026-03-31");
    const rows = ledgerRows([
      { customer: "A", daysPastDue: 0, amount: 1 },
      { customer: "B", daysPastDue: 0, amount: 1 },
    ]);
    const report = runRule(
      "review-due",
      {
        ledger: readLedger(rows, { asOf }),
        master: masterOf(["Customer", "Last review"], ["A", "2026-02-28"], ["B", "2026-02-27"]),
      },
      { months: 1 },
    );
    expect(report.results.map((r) => [r.customer, r.value, r.threshold])).toEqual([
      ["B", 32, 31], // 27 Feb → 31 Mar is 32 days; the cut-off 28 Feb is 31 days back
    ]);
  });

  it("is not run without a review date column", () => {
    const report = runRule("review-due", {
      ledger,
      master: masterOf(["Customer", "Credit limit"], ["Day before", 5]),
    });
    expect(report.notRun).toEqual([{ rule: "review-due", reason: "warnings:notRun.noReviewColumn" }]);
    expect(report.results).toEqual([]);
  });
});
