import { masterEntry, readCustomerMaster } from "../../../src/core/ledger";
import { serial } from "./ledgerTestKit";

describe("readCustomerMaster", () => {
  it("detects English columns and reads limits, terms, grades and review dates", () => {
    const master = readCustomerMaster([
      ["Customer master"],
      ["Customer ID", "Credit Limit", "Payment Terms", "Risk Grade", "Last Review"],
      ["ACME", "50,000.00", "Net 30", "B", "2013-06-30"],
      ["Beta", 0, 45, "D", serial("2012-01-15")],
    ]);
    expect(master.headerRow).toBe(1);
    expect(master.mapping).toEqual({ customer: 0, limit: 1, terms: 2, grade: 3, lastReview: 4 });
    expect(masterEntry(master, "acme")).toEqual({
      customer: "ACME",
      limit: 50_000,
      terms: 30,
      grade: "B",
      lastReview: serial("2013-06-30"),
      row: 3,
    });
    expect(masterEntry(master, "BETA")).toMatchObject({
      limit: 0,
      terms: 45,
      grade: "D",
      lastReview: serial("2012-01-15"),
    });
    expect(master.problems).toEqual([]);
  });

  it("detects Simplified and Traditional Chinese columns", () => {
    const simplified = readCustomerMaster([["客户", "信用额度", "账期", "信用等级", "最近评审"]]);
    expect(simplified.mapping).toEqual({ customer: 0, limit: 1, terms: 2, grade: 3, lastReview: 4 });
    const traditional = readCustomerMaster([["客戶名稱", "信用額度", "帳期", "評級", "複核日期"]]);
    expect(traditional.mapping).toEqual({ customer: 0, limit: 1, terms: 2, grade: 3, lastReview: 4 });
  });

  it("takes the limit from 'Customer Credit Limit', not the customer", () => {
    const master = readCustomerMaster([
      ["Customer", "Customer Credit Limit"],
      ["A", 5],
    ]);
    expect(master.mapping).toEqual({ customer: 0, limit: 1 });
  });

  it("lets a mapping override the detection field by field", () => {
    const master = readCustomerMaster(
      [
        ["Name", "Max", "Class"],
        ["A", 100, "B"],
      ],
      { customer: 0, limit: 1 },
    );
    expect(master.mapping).toEqual({ customer: 0, limit: 1, grade: 2 });
    expect(masterEntry(master, "A")).toMatchObject({ limit: 100, grade: "B" });
  });

  it("keeps the first row of a customer and warns about the duplicates", () => {
    const master = readCustomerMaster([
      ["Customer", "Credit limit"],
      ["A", 1],
      ["a", 2],
      ["A ", 3],
    ]);
    expect(masterEntry(master, "A")?.limit).toBe(1);
    expect(master.problems).toContainEqual({
      id: "masterDuplicateCustomers",
      severity: "warning",
      params: { count: 2, example: "a" },
    });
  });

  it("lists unreadable cells and keeps the customer with a blank field", () => {
    const master = readCustomerMaster(
      [
        ["Customer", "Credit limit", "Terms", "Grade", "Last review"],
        ["A", "plenty", "COD", { error: "#N/A" }, "2013-02-30"],
        [null, 5, null, null, null],
        [{ error: "#REF!" }, null, null, null, null],
      ],
      {},
      { firstSheetRow: 4 },
    );
    expect(masterEntry(master, "A")).toEqual({
      customer: "A",
      limit: null,
      terms: null,
      grade: null,
      lastReview: null,
      row: 5,
    });
    expect(master.rejected.map((r) => [r.row, r.column, r.value, r.reason])).toEqual([
      [5, "Credit limit", "plenty", "masterLimitUnreadable"],
      [5, "Terms", "COD", "masterTermsUnreadable"],
      [5, "Grade", "#N/A", "ledgerCellError"],
      [5, "Last review", "2013-02-30", "ledgerDateImpossible"],
      [6, "Customer", "", "ledgerCustomerBlank"],
      [7, "Customer", "#REF!", "ledgerCellError"],
    ]);
  });

  it("reports a master without a customer or any detail column", () => {
    expect(readCustomerMaster([["Credit limit", "Grade"]]).problems.map((p) => p.id)).toContain(
      "masterNoCustomerColumn",
    );
    // one known header is no header row, so no customer column either
    expect(
      readCustomerMaster([
        ["Customer", "Invoice"],
        ["A", 1],
      ]).problems.map((p) => p.id),
    ).toEqual(["headerRowNotFound", "masterNoCustomerColumn"]);
    // the user removed the only detail column
    const rows = [
      ["Customer", "Credit limit"],
      ["A", 1],
    ];
    expect(readCustomerMaster(rows, { limit: undefined }).problems.map((p) => p.id)).toEqual([
      "masterNoDetailColumn",
    ]);
    expect(readCustomerMaster([]).problems.map((p) => p.id)).toEqual([
      "sourceEmpty",
      "masterNoCustomerColumn",
    ]);
  });

  it("detects the day order of review dates", () => {
    const master = readCustomerMaster([
      ["Customer", "Last review"],
      ["A", "1/2/2013"],
      ["B", "25/12/2012"],
    ]);
    expect(masterEntry(master, "A")?.lastReview).toBe(serial("2013-02-01"));
  });
});
