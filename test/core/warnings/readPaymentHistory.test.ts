import { isCreditError } from "../../../src/core/errors";
import { type RawCell, readCustomerMaster } from "../../../src/core/ledger";
import {
  type PaymentHistoryReader,
  createPaymentHistoryReader,
  detectPaymentHistoryColumns,
  readPaymentHistory,
  runWarningChecks,
} from "../../../src/core/warnings";
import { readLedger } from "../ledger/ledgerTestKit";
import {
  PLANTED_LEDGER_ROWS,
  PLANTED_MASTER_ROWS,
  PLANTED_PAYMENT_ROWS,
  plantedHistory,
} from "./_lib/plantedBook";
import { AS_OF, ok, serial } from "./_lib/warningsTestKit";

const blocking = (problems: readonly { id: string; severity: string }[]) =>
  problems.filter((p) => p.severity === "blocking").map((p) => p.id);

describe("readPaymentHistory: the planted book's history sheet", () => {
  const history = readPaymentHistory(PLANTED_PAYMENT_ROWS);

  it("finds the columns by their headers, Paid Date being the settled date", () => {
    expect(history.mapping).toEqual({ customer: 0, invoiceDate: 1, dueDate: 2, amount: 3, settledDate: 4 });
    expect(history.problems).toEqual([]);
    expect(history.headerRow).toBe(0);
  });

  it("reads every row into the record the engine takes, a blank paid date as not yet paid", () => {
    // The fixture's own records say USD; the sheet has no currency column, so the reader says none.
    expect(history.records).toEqual(plantedHistory().map((r) => ({ ...r, currency: "" })));
    expect(history.rejected).toEqual([]);
    // 12 customers × 12 invoices; invoice k = 0 of each is due 15 days after AS_OF and unpaid.
    expect(history.records).toHaveLength(144);
    expect(history.paidCount).toBe(144 - 12);
  });

  it("gives the engine exactly the planted warnings", () => {
    const ledger = readLedger(PLANTED_LEDGER_ROWS, { asOf: AS_OF });
    const master = readCustomerMaster(PLANTED_MASTER_ROWS);
    const fromSheet = ok(runWarningChecks({ ledger, master, history: history.records }));
    const fromFixture = ok(runWarningChecks({ ledger, master, history: plantedHistory() }));
    expect(fromSheet.results).toEqual(fromFixture.results);
    expect(fromSheet.results.map((r) => [r.rule, r.customer])).toEqual([
      ["over-limit", "Alpha Trading"],
      ["veto-late", "Bravo Foods"],
      ["veto-late", "Core Steel"],
      ["core-overdue", "Core Steel"],
      ["concentration", "Delta Holdings"],
      ["deteriorating", "Foxtrot Ltd"],
      ["review-due", "Echo Retail"],
    ]);
    expect(fromSheet.notRun).toEqual([]);
  });
});

describe("readPaymentHistory: cells as a person types them", () => {
  // A Simplified Chinese export under a title row: the header is sheet row 3.
  const rows: RawCell[][] = [
    ["回款明细 2026"],
    [],
    ["客户名称", "发票日期", "到期日", "金额", "回款日期", "币种", "账期"],
    ["华东贸易", "2026-08-01", "2026-08-31", "1,234.50", "2026-09-12", "人民币", 30], // row 4
    ["华东贸易", "2026-09-01", null, 800, null, "CNY", "月结45天"], // row 5: due = invoice + 45, unpaid
    ["华南实业", "2026-09-01", "2026-10-01", "n/a", "2026-10-03", "CNY", 30], // row 6: amount unreadable
    ["华南实业", "2026-09-01", "2026-02-30", 100, "2026-10-03", "CNY", 30], // row 7: no 30 February
    [null, "2026-09-01", "2026-10-01", 100, null, "CNY", 30], // row 8: no customer
    ["合计", null, null, 2134.5, null, null, null], // row 9: a total line
    [], // row 10: blank
    [1001, null, "2026-10-01", 50, { error: "#N/A" }, "CNY", 30], // row 11: an error in the paid date
    [1001, null, "2026-10-01", 50, 46300, "CNY", 30], // row 12: a numeric customer, a serial paid date
  ];
  const history = readPaymentHistory(rows);

  it("reads text dates, grouped amounts, terms text and numeric customers", () => {
    expect(history.headerRow).toBe(2);
    expect(history.records).toEqual([
      {
        customer: "华东贸易",
        amount: 1234.5,
        invoiceDate: serial("2026-08-01"),
        due: serial("2026-08-31"),
        paid: serial("2026-09-12"),
        currency: "人民币",
        row: 4,
      },
      {
        customer: "华东贸易",
        amount: 800,
        invoiceDate: serial("2026-09-01"),
        // 1 September + 45 days: 29 days to 30 September, 16 into October.
        due: serial("2026-10-16"),
        paid: null,
        currency: "CNY",
        row: 5,
      },
      {
        customer: "1001",
        amount: 50,
        invoiceDate: null,
        due: serial("2026-10-01"),
        paid: 46300,
        currency: "CNY",
        row: 12,
      },
    ]);
    expect(history.paidCount).toBe(2);
  });

  it("lists every row it could not read with its sheet row, column and reason", () => {
    expect(history.rejected).toEqual([
      { row: 6, column: "金额", value: "n/a", reason: "ledgerAmountUnreadable" },
      { row: 7, column: "到期日", value: "2026-02-30", reason: "ledgerDateImpossible" },
      { row: 8, column: "客户名称", value: "", reason: "ledgerCustomerBlank" },
      { row: 9, column: "客户名称", value: "合计", reason: "ledgerSummaryRow" },
      { row: 11, column: "回款日期", value: "#N/A", reason: "ledgerCellError" },
    ]);
  });

  it("reads the rows the same whatever the size of the blocks a host hands over", () => {
    for (const block of [1, 2, 5]) {
      const reader = createPaymentHistoryReader({ mapping: history.mapping, headerRow: history.headerRow });
      if (isCreditError(reader)) throw new Error(reader.id);
      for (let start = 0; start < rows.length; start += block)
        reader.addRows(rows.slice(start, start + block), start + 1);
      const read = reader.finish();
      expect([read.records, read.rejected]).toEqual([history.records, history.rejected]);
    }
  });
});

describe("readPaymentHistory: the order of ambiguous text dates", () => {
  const rows: RawCell[][] = [
    ["Customer", "Due date", "Amount", "Paid date"],
    ["ACME", "3/4/2026", 100, "5/4/2026"],
    ["ACME", "25/4/2026", 100, "27/4/2026"], // only day-first reads: the sheet is day/month/year
  ];

  it("detects day first from a date that proves it, and reads the others that way", () => {
    const history = readPaymentHistory(rows);
    expect(history.dayOrder).toBe("dmy");
    expect(history.records.map((r) => [r.due, r.paid])).toEqual([
      [serial("2026-04-03"), serial("2026-04-05")],
      [serial("2026-04-25"), serial("2026-04-27")],
    ]);
  });

  it("takes the order given, and then refuses a date that cannot be read that way", () => {
    const history = readPaymentHistory(rows, { dayOrder: "mdy" });
    expect(history.records.map((r) => r.due)).toEqual([serial("2026-03-04")]);
    expect(history.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, "Due date", "ledgerDateImpossible"],
    ]);
  });

  it("refuses dates that read both ways when nothing settles the order, as the ledger does", () => {
    const history = readPaymentHistory(rows.slice(0, 2));
    expect(history.dayOrder).toBeNull();
    expect(history.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [2, "Due date", "ledgerDateAmbiguous"],
    ]);
  });
});

describe("readPaymentHistory: columns a history cannot do without", () => {
  it("needs a paid date column: without it no lateness can be measured", () => {
    const history = readPaymentHistory([
      ["Customer", "Due date", "Amount"],
      ["ACME", 46000, 100],
    ]);
    expect(blocking(history.problems)).toEqual(["historyNoSettledColumn"]);
    expect(history.records).toEqual([]);
  });

  it("needs the invoice amount, not an open balance", () => {
    const detection = detectPaymentHistoryColumns([
      ["Customer", "Due date", "Balance", "Paid date"],
      ["ACME", 46000, 0, 46010],
    ]);
    expect(detection.mapping.open).toBe(2);
    expect(blocking(detection.problems)).toEqual(["historyNoAmountColumn"]);
  });

  it("keeps the ledger's customer and date problems", () => {
    const detection = detectPaymentHistoryColumns([
      ["Who", "Amount", "Paid date"],
      ["ACME", 100, 46010],
    ]);
    expect(blocking(detection.problems).sort()).toEqual(["ledgerNoCustomerColumn", "ledgerNoDateColumn"]);
  });

  it("reads columns mapped by hand where the headers say nothing", () => {
    const history = readPaymentHistory(
      [
        ["Kunde", "Fällig", "Betrag", "Bezahlt"],
        ["ACME", 46000, 100, 46010],
      ],
      { mapping: { customer: 0, dueDate: 1, amount: 2, settledDate: 3 } },
    );
    expect(history.problems.filter((p) => p.severity === "blocking")).toEqual([]);
    expect(history.records).toEqual([
      { customer: "ACME", amount: 100, due: 46000, paid: 46010, invoiceDate: null, currency: "", row: 2 },
    ]);
  });

  it("names the first sheet row and column of a sheet whose used range starts lower and further right", () => {
    const history = readPaymentHistory(
      [
        ["Customer", "Due date", "Amount", "Paid date", ""],
        ["ACME", "soon", 100, 46010, null],
      ],
      { firstSheetRow: 5, firstColumn: 3 },
    );
    expect(history.rejected).toEqual([
      { row: 6, column: "Due date", value: "soon", reason: "ledgerDateUnreadable" },
    ]);
  });
});

describe("createPaymentHistoryReader", () => {
  const base = { mapping: { customer: 0, dueDate: 1, amount: 2, settledDate: 3 }, headerRow: 0 };
  const refusal = (options: Parameters<typeof createPaymentHistoryReader>[0]) => {
    const reader: PaymentHistoryReader | { id: string } = createPaymentHistoryReader(options);
    return isCreditError(reader) ? reader.id : "accepted";
  };

  it("refuses options that cannot work, naming what is missing", () => {
    expect(refusal(base)).toBe("accepted");
    expect(refusal({ ...base, mapping: { ...base.mapping, customer: undefined } })).toBe(
      "ledgerNoCustomerColumn",
    );
    expect(refusal({ ...base, mapping: { ...base.mapping, amount: undefined } })).toBe(
      "historyNoAmountColumn",
    );
    expect(refusal({ ...base, mapping: { ...base.mapping, settledDate: undefined } })).toBe(
      "historyNoSettledColumn",
    );
    expect(refusal({ ...base, mapping: { customer: 0, amount: 2, settledDate: 3 } })).toBe(
      "ledgerNoDateColumn",
    );
    expect(refusal({ ...base, mapping: { ...base.mapping, amount: -1 } })).toBe("ledgerMappingInvalid");
    expect(refusal({ ...base, headerRow: 1.5 })).toBe("ledgerOptionInvalid");
  });
});
