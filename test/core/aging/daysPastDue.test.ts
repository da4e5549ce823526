import { ageInDays, daysPastDue } from "../../../src/core/aging";
import { creditError } from "../../../src/core/errors";

/** Excel 1900-system serial of a calendar date (DESIGN §2: ms / 86,400,000 + 25,569). */
const serial = (iso: string): number => Date.parse(iso) / 86_400_000 + 25_569;

describe("daysPastDue", () => {
  it("counts whole days from the due date", () => {
    // due 2025-12-31, as of 2026-01-31: 31 days in January
    expect(daysPastDue(serial("2025-12-31"), serial("2026-01-31"))).toBe(31);
    // over a leap day: 2024-02-28 → 2024-03-01 is 2 days
    expect(daysPastDue(serial("2024-02-28"), serial("2024-03-01"))).toBe(2);
  });

  it("is 0 on the due date and negative before it", () => {
    expect(daysPastDue(serial("2026-01-31"), serial("2026-01-31"))).toBe(0);
    expect(daysPastDue(serial("2026-02-10"), serial("2026-01-31"))).toBe(-10);
  });

  it("ignores the time of day of both dates", () => {
    const due = serial("2026-01-30");
    // due late on the 30th, as of early on the 31st: 1 day, not 0.25
    expect(daysPastDue(due + 0.9, serial("2026-01-31") + 0.15)).toBe(1);
    // same day, as of earlier in the day than the due time: still 0, not -1
    expect(daysPastDue(due + 0.9, due + 0.1)).toBe(0);
  });

  it("refuses values that are not date serials", () => {
    const asOf = serial("2026-01-31");
    expect(daysPastDue(0, asOf)).toEqual(creditError("#VALUE!", "dateNotValid", { arg: "dueDate" }));
    expect(daysPastDue(Number.NaN, asOf)).toEqual(creditError("#VALUE!", "dateNotValid", { arg: "dueDate" }));
    expect(daysPastDue(asOf, 2958466)).toEqual(creditError("#VALUE!", "dateNotValid", { arg: "asOf" }));
  });

  it("accepts the first and last Excel dates", () => {
    // 1900-01-01 is serial 1, 9999-12-31 is serial 2958465
    expect(daysPastDue(1, 2958465)).toBe(2958464);
    expect(daysPastDue(1, 2958465.99)).toBe(2958464);
  });
});

describe("ageInDays", () => {
  it("counts whole days since the invoice date", () => {
    // invoice 2025-12-09, as of 2026-01-31: 22 + 31 = 53 days
    expect(ageInDays(serial("2025-12-09"), serial("2026-01-31"))).toBe(53);
  });

  it("is negative for future-dated invoices", () => {
    expect(ageInDays(serial("2026-02-07"), serial("2026-01-31"))).toBe(-7);
  });

  it("refuses values that are not date serials", () => {
    expect(ageInDays(-5, 46053)).toEqual(creditError("#VALUE!", "dateNotValid", { arg: "date" }));
    expect(ageInDays(46053, Number.POSITIVE_INFINITY)).toEqual(
      creditError("#VALUE!", "dateNotValid", { arg: "asOf" }),
    );
  });
});
