/**
 * CREDIT.DAYSPASTDUE / AGEBUCKET / AGING through the catalog wrappers, with Excel-style arguments.
 * Rules: DESIGN §3.5 — buckets from edges 30, 60, 90, 120; basis "due": Not due (≤ 0), 1-30, 31-60, 61-90,
 * 91-120, 121+; basis "invoice": 0-30 (future-dated included), 31-60, …, 121+.
 */
import { ageBucketFn, agingFn, bucketsArg, daysPastDueFn } from "../../../src/functions/catalog/aging";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

// 2026-10-31 as an Excel serial: Date.UTC(2026, 9, 31) / 86,400,000 + 25,569 (DESIGN §2) = 46326
const AS_OF = 46326;
const daysBefore = (days: number): number => AS_OF - days;

describe("CREDIT.DAYSPASTDUE(due_date, as_of)", () => {
  it("is as_of − due date in whole days; negative means days until due", () => {
    // 2026-10-01 → 2026-10-31 = 30 days
    expect(daysPastDueFn("2026-10-01", "2026-10-31")).toBe(30);
    expect(daysPastDueFn(daysBefore(30), AS_OF)).toBe(30);
    // due 26 days after as_of
    expect(daysPastDueFn(AS_OF, AS_OF - 26)).toBe(-26);
    expect(daysPastDueFn(AS_OF, AS_OF)).toBe(0);
    // times of day do not count: due 31-Oct 21:36, as of 1-Nov 02:24 is 1 day
    expect(daysPastDueFn(AS_OF + 0.9, AS_OF + 1.1)).toBe(1);
  });

  it("reads date text as people type it", () => {
    expect(daysPastDueFn("2026/10/01", "2026年10月31日")).toBe(30);
    expect(daysPastDueFn([["2026-10-01"]], [[AS_OF]])).toBe(30);
  });

  it("refuses blank, ambiguous and out-of-range dates naming the argument", () => {
    expect(daysPastDueFn(null, AS_OF)).toMatchObject(error("#N/A", "argBlank", { arg: "due_date" }));
    expect(daysPastDueFn(AS_OF, "")).toMatchObject(error("#N/A", "argBlank", { arg: "as_of" }));
    expect(daysPastDueFn("1/2/2013", AS_OF)).toMatchObject(
      error("#VALUE!", "dateAmbiguous", { arg: "due_date" }),
    );
    expect(daysPastDueFn(0, AS_OF)).toMatchObject(error("#VALUE!", "argNotDateSerial", { arg: "due_date" }));
    expect(daysPastDueFn(AS_OF, true)).toMatchObject(
      error("#VALUE!", "argNotDate", { arg: "as_of", value: "TRUE" }),
    );
  });
});

describe("CREDIT.AGEBUCKET(date, as_of, [buckets], [basis])", () => {
  it.each([
    [-5, "Not due"],
    [0, "Not due"], // due today is not overdue
    [1, "1-30"],
    [30, "1-30"],
    [31, "31-60"],
    [60, "31-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "91-120"],
    [120, "91-120"],
    [121, "121+"],
    [400, "121+"],
  ])("due basis: %p days past due → %p", (age, label) => {
    expect(ageBucketFn(daysBefore(age), AS_OF, null, null)).toBe(label);
    expect(ageBucketFn(daysBefore(age), AS_OF, "", "due")).toBe(label);
  });

  it.each([
    [-5, "0-30"], // future-dated invoice counts in the first bucket
    [0, "0-30"],
    [30, "0-30"],
    [31, "31-60"],
    [120, "91-120"],
    [121, "121+"],
  ])("invoice basis: %p days old → %p", (age, label) => {
    expect(ageBucketFn(daysBefore(age), AS_OF, null, "invoice")).toBe(label);
    expect(ageBucketFn(daysBefore(age), AS_OF, null, " Invoice ")).toBe(label);
  });

  it("takes edges as text (ASCII or full-width commas) or as a range", () => {
    // edges 10, 20: 1-10, 11-20, 21+
    expect(ageBucketFn(daysBefore(10), AS_OF, "10,20", null)).toBe("1-10");
    expect(ageBucketFn(daysBefore(11), AS_OF, "10，20", null)).toBe("11-20");
    expect(ageBucketFn(daysBefore(21), AS_OF, [[10, 20]], null)).toBe("21+");
    expect(ageBucketFn(daysBefore(20), AS_OF, [[10], [""], [20]], null)).toBe("11-20");
    expect(ageBucketFn(daysBefore(5), AS_OF, "10 20", "invoice")).toBe("0-10");
  });

  it("treats blank edges as the defaults", () => {
    for (const blank of [null, "", "   ", [[""]]]) {
      expect(ageBucketFn(daysBefore(61), AS_OF, blank, null)).toBe("61-90");
    }
  });

  it("refuses bad edges and an unknown basis", () => {
    expect(ageBucketFn(AS_OF, AS_OF, "60,30", null)).toMatchObject(
      error("#VALUE!", "bucketEdgesNotAscending", { position: 2, previous: 60 }),
    );
    expect(ageBucketFn(AS_OF, AS_OF, "30,sixty", null)).toMatchObject(
      error("#VALUE!", "bucketEdgeNotWholeDays"),
    );
    expect(ageBucketFn(AS_OF, AS_OF, [[30, 45.5]], null)).toMatchObject(
      error("#VALUE!", "bucketEdgeNotWholeDays"),
    );
    expect(ageBucketFn(AS_OF, AS_OF, [[30, "x"]], null)).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "buckets", index: 2 }),
    );
    expect(ageBucketFn(AS_OF, AS_OF, null, "posting")).toMatchObject(
      error("#VALUE!", "argNotChoice", { arg: "basis", value: "posting" }),
    );
  });

  it("names a blank date", () => {
    expect(ageBucketFn("", AS_OF, null, null)).toMatchObject(error("#N/A", "argBlank", { arg: "date" }));
  });
});

describe("bucketsArg", () => {
  it("reads omitted, text and range edges", () => {
    expect(bucketsArg(null)).toEqual([30, 60, 90, 120]);
    expect(bucketsArg("15; 45")).toEqual([15, 45]);
    expect(bucketsArg([[15], [45]])).toEqual([15, 45]);
  });
});

describe("CREDIT.AGING(amounts, dates, as_of, [buckets], [basis])", () => {
  const DUE_LABELS = ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"];
  // amount, days past due
  const items: [number, number][] = [
    [100, 0], // Not due
    [200, 1], // 1-30
    [300, 30], // 1-30
    [400, 31], // 31-60
    [-50, 45], // a credit note stays in the bucket of its date: 31-60
    [500, 121], // 121+
  ];
  const amounts = items.map(([amount]) => [amount]);
  const dates = items.map(([, age]) => [daysBefore(age)]);

  it("spills two rows: bucket labels, then bucket sums (due basis)", () => {
    // Not due 100; 1-30 200 + 300 = 500; 31-60 400 − 50 = 350; 61-90 0; 91-120 0; 121+ 500
    expect(agingFn(amounts, dates, AS_OF, null, null)).toEqual([DUE_LABELS, [100, 500, 350, 0, 0, 500]]);
  });

  it("gives the same result for rows instead of columns, and the buckets sum to the open balance", () => {
    const asRows = agingFn(
      [amounts.map(([a]) => a)],
      [dates.map(([d]) => d)],
      AS_OF,
      null,
      "due",
    ) as number[][];
    expect(asRows).toEqual([DUE_LABELS, [100, 500, 350, 0, 0, 500]]);
    // 100 + 200 + 300 + 400 − 50 + 500 = 1,450
    expect((asRows[1] as number[]).reduce((sum, x) => sum + x, 0)).toBe(1450);
  });

  it("spills five buckets on the invoice basis, future-dated items in 0-30", () => {
    // ages 0, 1, 30 → 0-30 (600); 31, 45 → 31-60 (350); 121 → 121+ (500); plus 70 dated 4 days ahead → 0-30
    const result = agingFn([...amounts, [70]], [...dates, [AS_OF + 4]], AS_OF, null, "invoice");
    expect(result).toEqual([
      ["0-30", "31-60", "61-90", "91-120", "121+"],
      [670, 350, 0, 0, 500],
    ]);
  });

  it("uses custom edges for the labels and the sums", () => {
    // edges 30, 60: Not due 100; 1-30 500; 31-60 350; 61+ 500
    expect(agingFn(amounts, dates, AS_OF, "30,60", null)).toEqual([
      ["Not due", "1-30", "31-60", "61+"],
      [100, 500, 350, 500],
    ]);
  });

  it("adds money exactly to the cent", () => {
    // 0.10 + 0.20 = 0.30 (plain binary arithmetic gives 0.30000000000000004)
    expect(agingFn([[0.1], [0.2]], [[AS_OF], [AS_OF]], AS_OF, "30", null)).toEqual([
      ["Not due", "1-30", "31+"],
      [0.3, 0, 0],
    ]);
  });

  it("reads dates and amounts stored as text", () => {
    // 1,000.50 due 2026-10-01 (30 days) → 1-30; 250 due 2026-11-05 → Not due
    expect(
      agingFn([["1,000.50"], ["250"]], [["2026-10-01"], ["2026/11/05"]], "2026-10-31", null, null),
    ).toEqual([DUE_LABELS, [250, 1000.5, 0, 0, 0, 0]]);
  });

  it("skips rows with no amount (blank or zero) and refuses an amount without a date", () => {
    // row 2 blank/blank, row 3 zero with no date: both skipped → 100 in Not due
    expect(agingFn([[100], [""], [0]], [[AS_OF], [""], [null]], AS_OF, null, null)).toEqual([
      DUE_LABELS,
      [100, 0, 0, 0, 0, 0],
    ]);
    // a date without an amount is skipped too
    expect(agingFn([[100], [null]], [[AS_OF], [daysBefore(200)]], AS_OF, null, null)).toEqual([
      DUE_LABELS,
      [100, 0, 0, 0, 0, 0],
    ]);
    expect(agingFn([[100], [200]], [[AS_OF], [""]], AS_OF, null, null)).toMatchObject(
      error("#N/A", "amountWithoutDate", { arg: "dates", index: 2 }),
    );
  });

  it("refuses ranges of different sizes and unreadable cells, naming the cell", () => {
    expect(agingFn([[100], [200]], [[AS_OF]], AS_OF, null, null)).toMatchObject(
      error("#VALUE!", "lengthMismatch", {
        first: "amounts",
        firstLength: 2,
        second: "dates",
        secondLength: 1,
      }),
    );
    expect(agingFn([[100], ["lots"]], [[AS_OF], [AS_OF]], AS_OF, null, null)).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "amounts", index: 2, row: 2, column: 1 }),
    );
    expect(agingFn([[100], [200]], [[AS_OF], [true]], AS_OF, null, null)).toMatchObject(
      error("#VALUE!", "itemNotDate", { arg: "dates", index: 2, row: 2, column: 1, value: "TRUE" }),
    );
    expect(agingFn([[100, 200]], [[AS_OF, "1/2/2013"]], AS_OF, null, null)).toMatchObject(
      error("#VALUE!", "dateAmbiguous", { arg: "dates", index: 2, row: 1, column: 2 }),
    );
    expect(agingFn([[100]], [[AS_OF]], null, null, null)).toMatchObject(
      error("#N/A", "argBlank", { arg: "as_of" }),
    );
  });
});
