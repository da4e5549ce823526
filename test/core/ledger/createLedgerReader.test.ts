import { isCreditError } from "../../../src/core/errors";
import {
  ITEM_DUE_ASSUMED,
  type LedgerReaderOptions,
  type RawCell,
  createLedgerReader,
  detectLedgerDayOrder,
} from "../../../src/core/ledger";
import { notice, ok, readLedger, serial } from "./ledgerTestKit";

const AS_OF = serial("2013-12-31");
const BASE: LedgerReaderOptions = {
  mapping: { customer: 0, dueDate: 1, amount: 2 },
  headerRow: 0,
  asOf: AS_OF,
  basis: "due",
  groupBy: "customer",
};

describe("createLedgerReader: options", () => {
  it.each([
    [{ asOf: 0 }, "dateNotValid"],
    [{ basis: "age" as never }, "ledgerOptionInvalid"],
    [{ groupBy: "country" as never }, "ledgerOptionInvalid"],
    [{ headerRow: -2 }, "ledgerOptionInvalid"],
    [{ mapping: { customer: 0, dueDate: 1.5, amount: 2 } }, "ledgerMappingInvalid"],
    [{ mapping: { dueDate: 1, amount: 2 } }, "ledgerNoCustomerColumn"],
    [{ mapping: { customer: 0, dueDate: 1 } }, "ledgerNoAmountColumn"],
    [{ mapping: { customer: 0, amount: 2 } }, "ledgerNoDateColumn"],
    [{ basis: "invoice" as const }, "ledgerNoInvoiceDateColumn"],
    [{ groupBy: "region" as const }, "ledgerNoGroupColumn"],
  ])("refuses %j with %s", (change, id) => {
    expect(createLedgerReader({ ...BASE, ...change })).toMatchObject({
      kind: "creditError",
      code: "#VALUE!",
      id,
    });
  });

  it("groups by region without a customer column", () => {
    const reader = ok(
      createLedgerReader({ ...BASE, mapping: { region: 0, dueDate: 1, amount: 2 }, groupBy: "region" }),
    );
    reader.addRows(
      [
        ["Region", "Due", "Amount"],
        ["East", AS_OF, 5],
      ],
      1,
    );
    expect(reader.finish().groupKeys).toEqual(["East"]);
  });
});

describe("createLedgerReader: blocks and rows", () => {
  const rows: RawCell[][] = [
    ["AR ledger"],
    ["Customer", "Due", "Amount"],
    ["A", serial("2013-12-01"), 10],
    [null, null, null],
    ["B", "2013-02-30", 20],
    ["A", serial("2013-11-01"), 30],
  ];

  it("gives the same items whether the host reads one block or many", () => {
    const whole = readLedger(rows, { ...BASE, headerRow: 1, blockRows: 100 });
    for (const blockRows of [1, 2, 4]) {
      const split = readLedger(rows, { ...BASE, headerRow: 1, blockRows });
      expect(Array.from(split.openMinor)).toEqual(Array.from(whole.openMinor));
      expect(Array.from(split.row)).toEqual(Array.from(whole.row));
      expect(split.rejected).toEqual(whole.rejected);
    }
    expect(Array.from(whole.openMinor)).toEqual([1000, 3000]);
    expect(Array.from(whole.row)).toEqual([3, 6]);
  });

  it("names rejected cells by header (taken from the header row as it passes) and sheet row", () => {
    const items = readLedger(rows, { ...BASE, headerRow: 1 });
    expect(items.rejected).toEqual([
      {
        row: 5,
        column: "Due",
        value: "2013-02-30",
        reason: "ledgerDateImpossible",
        amount: 20,
        currency: "",
      },
    ]);
    expect(notice(items, "ledgerBlankRows")?.count).toBe(1);
  });

  it("counts sheet rows from where the source starts", () => {
    const reader = ok(createLedgerReader({ ...BASE, headerRow: -1, firstColumn: 2 }));
    reader.addRows([["A", "no date", 1]], 10); // B10:D10, no header row
    expect(reader.finish().rejected[0]).toMatchObject({
      row: 10,
      column: "C",
      reason: "ledgerDateUnreadable",
    });
  });

  it("ignores rows added after finish", () => {
    const reader = ok(createLedgerReader(BASE));
    reader.addRows(
      [
        ["Customer", "Due", "Amount"],
        ["A", AS_OF, 1],
      ],
      1,
    );
    const items = reader.finish();
    reader.addRows([["B", AS_OF, 2]], 3);
    expect(reader.finish()).toBe(items);
    expect(items.count).toBe(1);
  });
});

describe("createLedgerReader: dates", () => {
  it("detects the day order from the date texts and says so", () => {
    // 13/1/2013 can only be day-first, so 1/2/2013 is 1 February (due 2013-02-01)
    const items = readLedger(
      [
        ["Customer", "Due", "Amount"],
        ["A", "1/2/2013", 1],
        ["A", "13/1/2013", 2],
      ],
      { ...BASE },
    );
    expect(items.dayOrder).toBe("dmy");
    expect(Array.from(items.due)).toEqual([serial("2013-02-01"), serial("2013-01-13")]);
    expect(notice(items, "ledgerDayOrderDetected")).toMatchObject({
      count: 1,
      params: { order: "dmy", example: "13/1/2013" },
    });
  });

  it("follows a given day order and then says nothing about detection", () => {
    const items = readLedger(
      [
        ["Customer", "Due", "Amount"],
        ["A", "1/2/2013", 1],
      ],
      { ...BASE, dayOrder: "mdy" },
    );
    expect(Array.from(items.due)).toEqual([serial("2013-01-02")]);
    expect(notice(items, "ledgerDayOrderDetected")).toBeUndefined();
  });

  it("detects the order from the invoice, due and settled columns together", () => {
    const rows: RawCell[][] = [
      ["Invoice", "Due", "Settled"],
      ["1/2/2013", "2/1/2013", "1/30/2013"],
    ];
    expect(detectLedgerDayOrder(rows, { invoiceDate: 0, dueDate: 1, settledDate: 2 }, 0).order).toBe("mdy");
    expect(detectLedgerDayOrder(rows, { invoiceDate: 0, dueDate: 1 }, 0).reason).toBe("onlyAmbiguous");
  });

  it("converts 1904-system serials when the workbook uses them", () => {
    // 1904 serial 40177 = 1900 serial 41639 (2013-12-31); a due date 30 days earlier is 30 days past due
    const items = readLedger(
      [
        ["Customer", "Due", "Amount"],
        ["A", 40177 - 30, 1],
        ["A", -3, 2],
      ],
      {
        ...BASE,
        date1904: true,
      },
    );
    expect(Array.from(items.due)).toEqual([AS_OF - 30]);
    expect(items.rejected[0]).toMatchObject({ reason: "ledgerDateOutOfRange", value: "-3", amount: 2 });
  });

  it("ignores the time of day of dates and of the as-of date", () => {
    const items = readLedger(
      [
        ["Customer", "Due", "Amount"],
        ["A", "2013-12-01 18:30", 1],
      ],
      {
        ...BASE,
        asOf: AS_OF + 0.9,
      },
    );
    expect(Array.from(items.due)).toEqual([serial("2013-12-01")]);
  });

  it("refuses an assumed due date beyond 9999-12-31", () => {
    const items = readLedger(
      [
        ["Customer", "Invoice date", "Terms", "Amount"],
        ["A", "9999-12-31", 30, 1],
      ],
      { ...BASE, mapping: { customer: 0, invoiceDate: 1, termsDays: 2, amount: 3 } },
    );
    expect(items.rejected[0]).toMatchObject({ column: "Terms", reason: "ledgerDateOutOfRange" });
  });

  it("flags assumed due dates on the items", () => {
    const items = readLedger(
      [
        ["Customer", "Invoice date", "Amount"],
        ["A", serial("2013-12-01"), 1],
      ],
      {
        ...BASE,
        mapping: { customer: 0, invoiceDate: 1, amount: 2 },
      },
    );
    expect(items.flags[0]).toBe(ITEM_DUE_ASSUMED);
    expect(items.due[0]).toBe(serial("2013-12-01"));
  });
});

describe("createLedgerReader: customers", () => {
  it("makes one customer of keys that differ in surrounding spaces, and of 1001 and '1001'", () => {
    const items = readLedger(
      [
        ["Customer", "Due", "Amount"],
        ["ACME ", AS_OF, 1],
        ["ACME", AS_OF, 2],
        [1001, AS_OF, 3],
        ["1001", AS_OF, 4],
      ],
      BASE,
    );
    expect(items.groupKeys).toEqual(["ACME", "1001"]);
    expect(Array.from(items.group)).toEqual([0, 0, 1, 1]);
  });

  it("rejects total lines instead of counting them twice", () => {
    const items = readLedger(
      [
        ["Customer", "Due", "Amount"],
        ["A", AS_OF, 1],
        ["Grand Total:", null, 1],
        ["合计", null, 1],
      ],
      BASE,
    );
    expect(items.rejected.map((r) => [r.row, r.reason, r.amount])).toEqual([
      [3, "ledgerSummaryRow", 1],
      [4, "ledgerSummaryRow", 1],
    ]);
    expect(isCreditError(items)).toBe(false);
  });
});

describe("createLedgerReader: day order across blocks", () => {
  it("keeps looking for proof block after block, rejecting ambiguous texts met before it", () => {
    // block 1 (rows 1-3): only ambiguous texts → row 2 rejected; block 2 proves day-first (25/12/2013)
    const rows: RawCell[][] = [
      ["Customer", "Due", "Amount"],
      ["A", "1/2/2013", 1],
      ["A", serial("2013-12-01"), 2],
      ["A", "25/12/2013", 4],
      ["A", "3/4/2013", 8],
    ];
    const items = readLedger(rows, { ...BASE, blockRows: 3 });
    expect(items.rejected.map((r) => [r.row, r.reason])).toEqual([[2, "ledgerDateAmbiguous"]]);
    expect(items.dayOrder).toBe("dmy");
    expect(Array.from(items.due)).toEqual([serial("2013-12-01"), serial("2013-12-25"), serial("2013-04-03")]);
  });

  it("counts ambiguous texts of every block when no proof ever comes", () => {
    const rows: RawCell[][] = [
      ["Customer", "Due", "Amount"],
      ["A", "1/2/2013", 1],
      ["A", "3/4/2013", 2],
      ["A", serial("2013-12-01"), 4],
    ];
    const items = readLedger(rows, { ...BASE, blockRows: 2 });
    expect(notice(items, "ledgerDayOrderUnknown")?.count).toBe(2);
    expect(items.rejected).toHaveLength(2);
  });
});
