import { type RawCell, detectLedgerColumns } from "../../../src/core/ledger";

const ids = (rows: readonly (readonly RawCell[])[]): string[] =>
  detectLedgerColumns(rows).problems.map((p) => p.id);

describe("detectLedgerColumns: English headers", () => {
  it("maps a full English ledger with synonyms", () => {
    const d = detectLedgerColumns([
      ["Client", "Invoice No.", "Invoice Date", "Due Date", "Payment Terms", "Invoice Amount", "Amount Paid"],
      ["ACME", "INV-1", "2013-11-01", "2013-12-01", "Net 30", "1,200.00", 0],
    ]);
    expect(d.headerRow).toBe(0);
    expect(d.mapping).toEqual({
      customer: 0,
      invoice: 1,
      invoiceDate: 2,
      dueDate: 3,
      termsDays: 4,
      amount: 5,
      paid: 6,
    });
    expect(d.confidence.customer).toBe(1);
    expect(d.confidence.open).toBe(0);
    expect(d.problems).toEqual([]);
  });

  it("gives the open balance to 'Balance Due' and the settled date to 'Paid Date'", () => {
    const d = detectLedgerColumns([
      ["Customer", "Due", "Amount", "Balance Due", "Paid Date", "Currency", "Sales Rep", "Region"],
    ]);
    expect(d.mapping).toEqual({
      customer: 0,
      dueDate: 1,
      amount: 2,
      open: 3,
      settledDate: 4,
      currency: 5,
      salesperson: 6,
      region: 7,
    });
  });

  it("reads camel-case and underscored headers (the IBM sample's style)", () => {
    const d = detectLedgerColumns([
      [
        "countryCode",
        "customerID",
        "PaperlessDate",
        "invoiceNumber",
        "InvoiceDate",
        "DueDate",
        "InvoiceAmount",
      ],
    ]);
    expect(d.mapping).toMatchObject({
      customer: 1,
      invoice: 3,
      invoiceDate: 4,
      dueDate: 5,
      amount: 6,
      region: 0,
    });
    expect(detectLedgerColumns([["customer_name", "due_date", "open_amount"]]).mapping).toEqual({
      customer: 0,
      dueDate: 1,
      open: 2,
    });
  });

  it("takes a generic 'Date' as the invoice date only with a low confidence", () => {
    const d = detectLedgerColumns([["Customer", "Date", "Amount"]]);
    expect(d.mapping.invoiceDate).toBe(1);
    expect(d.confidence.invoiceDate).toBeLessThan(0.6);
  });

  it("lists candidates best first for a dropdown", () => {
    const d = detectLedgerColumns([["Customer ID", "Customer Name", "Due date", "Amount"]]);
    expect(d.candidates.customer.map((c) => c.column)).toEqual([0, 1]);
    // two columns name the customer nearly as well: the choice is flagged and its confidence halved (0.97 / 2)
    expect(d.confidence.customer).toBeCloseTo(0.485, 10);
    expect(d.problems).toContainEqual({
      id: "fieldAmbiguous",
      severity: "warning",
      params: {
        field: "customer",
        chosen: "Customer ID",
        chosenColumn: "A",
        other: "Customer Name",
        otherColumn: "B",
      },
    });
  });
});

describe("detectLedgerColumns: Chinese headers", () => {
  it("maps Simplified Chinese headers", () => {
    const d = detectLedgerColumns([
      [
        "客户名称",
        "发票号码",
        "开票日期",
        "到期日",
        "账期（天）",
        "金额",
        "已收金额",
        "未收金额",
        "回款日期",
        "币种",
        "业务员",
        "地区",
      ],
    ]);
    expect(d.mapping).toEqual({
      customer: 0,
      invoice: 1,
      invoiceDate: 2,
      dueDate: 3,
      termsDays: 4,
      amount: 5,
      paid: 6,
      open: 7,
      settledDate: 8,
      currency: 9,
      salesperson: 10,
      region: 11,
    });
  });

  it("maps Traditional Chinese headers", () => {
    const d = detectLedgerColumns([
      ["客戶", "發票號碼", "開票日期", "到期日", "帳期", "發票金額", "餘額", "幣別", "業務員", "區域"],
    ]);
    expect(d.mapping).toEqual({
      customer: 0,
      invoice: 1,
      invoiceDate: 2,
      dueDate: 3,
      termsDays: 4,
      amount: 5,
      open: 6,
      currency: 7,
      salesperson: 8,
      region: 9,
    });
  });

  it("does not take the account manager (客户经理) for the customer", () => {
    const d = detectLedgerColumns([["客户经理", "客户", "到期日", "余额"]]);
    expect(d.mapping).toEqual({ customer: 1, dueDate: 2, open: 3, salesperson: 0 });
  });
});

describe("detectLedgerColumns: where the header is", () => {
  it("skips a title, a merged-looking title row and blank rows", () => {
    const rows: RawCell[][] = [
      ["客户应收账款明细表"], // one filled cell: a title, even though it contains 客户
      [null, null, null, null],
      ["Report date:", "2013-12-31"],
      [],
      ["Customer", "Due date", "Amount", "Currency"],
      ["ACME", 41600, 10, "USD"],
    ];
    const d = detectLedgerColumns(rows);
    expect(d.headerRow).toBe(4);
    expect(d.headers).toEqual(["Customer", "Due date", "Amount", "Currency"]);
    expect(d.problems).toEqual([]);
  });

  it("prefers the real header under a merged group header", () => {
    const d = detectLedgerColumns([
      ["", "Dates", "", "Money", ""],
      ["Customer", "Invoice date", "Due date", "Amount", "Paid"],
      ["ACME", 41600, 41630, 10, 0],
    ]);
    expect(d.headerRow).toBe(1);
  });

  it("works on an Excel table: the header is the first row", () => {
    expect(
      detectLedgerColumns([
        ["Customer", "Due date", "Amount"],
        ["A", 41600, 1],
      ]).headerRow,
    ).toBe(0);
  });

  it("halves a guess whose column holds the wrong kind of values", () => {
    // 'Due date' over text that is no date scores 1 × 0.5; a real date column keeps 1
    const d = detectLedgerColumns([
      ["Customer", "Due date", "Amount"],
      ["A", "soon", 1],
      ["B", "later", 2],
    ]);
    expect(d.confidence.dueDate).toBe(0.5);
    expect(
      detectLedgerColumns([
        ["Customer", "Due date", "Amount"],
        ["A", "2013-12-01", 1],
      ]).confidence.dueDate,
    ).toBe(1);
  });

  it("names columns by their sheet letters when the range starts further right", () => {
    const d = detectLedgerColumns([["Customer", "Amount", "Amount", "Due"]], { firstColumn: 3 });
    expect(d.problems).toContainEqual({
      id: "duplicateHeader",
      severity: "warning",
      params: { header: "Amount", first: "D", second: "E" },
    });
  });
});

describe("detectLedgerColumns: problems", () => {
  it("reports an empty source", () => {
    expect(ids([])).toEqual(["sourceEmpty"]);
    expect(ids([[null, ""], ["  "]])).toEqual(["sourceEmpty"]);
  });

  it("reports a missing header row", () => {
    expect(
      ids([
        ["foo", "bar"],
        [1, 2],
      ]),
    ).toEqual(["headerRowNotFound"]);
    expect(detectLedgerColumns([["foo", "bar"]]).problems[0]).toMatchObject({
      severity: "blocking",
      params: { rows: 30 },
    });
  });

  it("reports missing customer, amount and date columns", () => {
    expect(ids([["Invoice", "Due date", "Amount"]])).toEqual(["noDataRows", "ledgerNoCustomerColumn"]);
    expect(
      ids([
        ["Customer", "Due date", "Currency"],
        ["A", 41600, "USD"],
      ]),
    ).toEqual(["ledgerNoAmountColumn"]);
    expect(
      ids([
        ["Customer", "Invoice", "Amount"],
        ["A", "X1", 5],
      ]),
    ).toEqual(["ledgerNoDateColumn"]);
  });

  it("warns about a header-only sheet, duplicate headers and unnamed columns holding data", () => {
    expect(ids([["Customer", "Due date", "Amount"]])).toEqual(["noDataRows"]);
    const d = detectLedgerColumns([
      ["Customer", "Due date", "Amount", "Amount", ""],
      ["A", 41600, 1, 2, "note"],
    ]);
    expect(d.problems.map((p) => p.id)).toEqual(["duplicateHeader", "blankHeaderWithData", "fieldAmbiguous"]);
    expect(d.problems[1]!.params).toEqual({ column: "E" });
  });
});
