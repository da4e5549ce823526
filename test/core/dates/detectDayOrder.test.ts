import fc from "fast-check";
import { type DayOrderEvidence, detectDayOrder, parseDateText } from "../../../src/core/dates";

const none: DayOrderEvidence = {
  dayFirst: 0,
  monthFirst: 0,
  yearFirst: 0,
  ambiguous: 0,
  orderFree: 0,
  unreadable: 0,
  dayFirstExample: null,
  monthFirstExample: null,
};

describe("detectDayOrder", () => {
  it("finds day first from a first number above 12", () => {
    expect(detectDayOrder(["1/2/2013", "25/2/2013", ""])).toEqual({
      order: "dmy",
      reason: "proven",
      evidence: { ...none, dayFirst: 1, ambiguous: 1, dayFirstExample: "25/2/2013" },
    });
  });

  it("finds month first from a second number above 12", () => {
    expect(detectDayOrder(["2/25/2013", "1/2/2013", "3/4/2013"])).toEqual({
      order: "mdy",
      reason: "proven",
      evidence: { ...none, monthFirst: 1, ambiguous: 2, monthFirstExample: "2/25/2013" },
    });
  });

  it.each([
    [["12/1/2013"], null], // exactly 12: still ambiguous
    [["13/1/2013"], "dmy"], // just above
    [["1/12/2013"], null],
    [["1/13/2013"], "mdy"],
  ])("boundary %p → %p", (texts, order) => {
    expect(detectDayOrder(texts).order).toBe(order);
  });

  it("finds year first from a four-digit first number", () => {
    expect(detectDayOrder(["2026-10-31", "2026/1/2", "20261031", "2026年1月2日"])).toEqual({
      order: "ymd",
      reason: "proven",
      evidence: { ...none, yearFirst: 4 },
    });
  });

  it("lets day- or month-first proof outrank year-first texts, which read the same in any order", () => {
    expect(detectDayOrder(["2026-10-31", "25/2/2013"]).order).toBe("dmy");
    expect(detectDayOrder(["2026-10-31", "2/25/2013"]).order).toBe("mdy");
  });

  it("refuses conflicting evidence and quotes both sides", () => {
    expect(detectDayOrder(["25/2/2013", "1/2/2013", "2/25/2013", "26/2/2013"])).toEqual({
      order: null,
      reason: "conflicting",
      evidence: {
        ...none,
        dayFirst: 2,
        monthFirst: 1,
        ambiguous: 1,
        dayFirstExample: "25/2/2013",
        monthFirstExample: "2/25/2013",
      },
    });
  });

  it("gives no order when every ordered date reads both ways", () => {
    expect(detectDayOrder(["1/2/2013", "3-4-2013"])).toEqual({
      order: null,
      reason: "onlyAmbiguous",
      evidence: { ...none, ambiguous: 2 },
    });
  });

  it("gives no order when nothing needs one", () => {
    expect(detectDayOrder(["31-Oct-2026", "31.10.2026", "1/1/2013", "hello", "13/13/2013", " "])).toEqual({
      order: null,
      reason: "noEvidence",
      evidence: { ...none, orderFree: 3, unreadable: 2 },
    });
    expect(detectDayOrder([])).toEqual({ order: null, reason: "noEvidence", evidence: none });
  });

  it("looks past a time of day and full-width digits", () => {
    expect(detectDayOrder(["25/2/2013 14:30"]).order).toBe("dmy");
    expect(detectDayOrder(["２５／２／２０１３"]).order).toBe("dmy");
    expect(detectDayOrder(["25/2/2013 25:00"]).evidence.unreadable).toBe(1);
  });

  it("never contradicts how a column was written, and its order reads every date back", () => {
    const date = fc.record({
      year: fc.integer({ min: 1930, max: 2029 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<"dmy" | "mdy">("dmy", "mdy"),
        (dates, written) => {
          const texts = dates.map(({ year, month, day }) =>
            written === "dmy" ? `${day}/${month}/${year}` : `${month}/${day}/${year}`,
          );
          const { order, reason } = detectDayOrder(texts);
          expect(order === written || order === null).toBe(true);
          expect(reason).not.toBe("conflicting");
          if (order !== null) {
            dates.forEach(({ year, month, day }, i) => {
              expect(parseDateText(texts[i] ?? "", order)).toBe(parseDateText(`${year}-${month}-${day}`));
            });
          }
        },
      ),
    );
  });

  it("counts every non-blank text exactly once, whatever it is", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}$/))),
        (texts) => {
          const { evidence } = detectDayOrder(texts);
          const counted =
            evidence.dayFirst +
            evidence.monthFirst +
            evidence.yearFirst +
            evidence.ambiguous +
            evidence.orderFree +
            evidence.unreadable;
          expect(counted).toBe(texts.filter((t) => t.normalize("NFKC").trim() !== "").length);
        },
      ),
    );
  });
});
