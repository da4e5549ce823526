/**
 * End-to-end tests of `creditkit aging`: a small CSV ledger written here (Chinese and English headers,
 * a credit note, an unreadable amount, an impossible date) aged by the real command and checked by hand.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { CLI_TIMEOUT_MS, expectUserFailure, runCli, tempDir } from "./_lib/runCli";

jest.setTimeout(CLI_TIMEOUT_MS);

// Saved by Excel as "CSV UTF-8": a byte-order mark first. Headers mix Simplified (客户名称),
// Traditional (金額) and English words. Row numbers are file lines, the header being row 1.
const LEDGER = [
  "\uFEFF客户名称,Invoice,Invoice date,到期日,金額,Currency",
  "ACME,INV-1,2026-09-01,2026-10-01,1000,USD", // row 2
  "ACME,INV-2,2026-06-15,2026-07-15,500,USD", // row 3
  "ACME,CN-1,2026-10-05,2026-11-04,-200,USD", // row 4: credit note
  '"Gamma, Inc.",INV-3,2026-10-20,2026-11-19,"1,234.50",USD', // row 5
  '"Gamma, Inc.",INV-4,2026-05-01,2026-05-31,250.5,USD', // row 6
  "Gamma,INV-5,2026-08-01,2026-08-31,abc,USD", // row 7: amount unreadable
  "华东贸易,F-001,2026-09-10,2026-10-10,1200,CNY", // row 8
  "华东贸易,F-002,2026-08-01,2026-02-30,800,CNY", // row 9: 30 February
  "华东贸易,F-003,2026-08-01,2026-08-31,800.25,CNY", // row 10
].join("\r\n");

// Days past due on 2026-10-31 (due basis), by hand:
//   row 2  due 10-01:  30 → 1-30        row 3  due 07-15: 16 + 31 + 30 + 31 = 108 → 91-120
//   row 4  due 11-04:  −4 → Not due     row 5  due 11-19: −19 → Not due
//   row 6  due 05-31: 30 + 31 + 31 + 30 + 31 = 153 → 121+
//   row 8  due 10-10:  21 → 1-30        row 10 due 08-31: 30 + 31 = 61 → 61-90
const BUCKETS = ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"];

/** A notice or reason written for people: a sentence, not a message id such as `ledgerRowsRejected`. */
const SENTENCE = /^(?![a-z]+[A-Z]\w*$).*\s.*[.。]$/;

describe("creditkit aging", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let ledger: string;

  beforeAll(async () => {
    dir = await tempDir();
    ledger = path.join(dir.path, "receivables.csv");
    await writeFile(ledger, LEDGER, "utf8");
  });

  afterAll(() => dir.remove());

  it("prints customers, totals per currency, rejected rows and notices as JSON", async () => {
    const run = await runCli(["aging", ledger, "--as-of", "2026-10-31", "--json"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const report = JSON.parse(run.stdout) as {
      customers: { weightedDaysPastDue: number }[];
      notices: string[];
      [key: string]: unknown;
    };
    expect(report).toMatchObject({ asOf: "2026-10-31", basis: "due", buckets: BUCKETS });
    // sorted by currency, then customer
    expect(report.customers).toEqual([
      {
        customer: "华东贸易",
        currency: "CNY",
        open: 2000.25, // 1200 + 800.25 (row 9 rejected)
        buckets: [0, 1200, 0, 800.25, 0, 0],
        items: 2,
        overdue: 2000.25,
        oldestDaysPastDue: 61,
        weightedDaysPastDue: expect.any(Number),
      },
      {
        customer: "ACME",
        currency: "USD",
        open: 1300, // 1000 + 500 − 200
        buckets: [-200, 1000, 0, 0, 500, 0],
        items: 3,
        overdue: 1500, // the credit note is not past due
        oldestDaysPastDue: 108,
        weightedDaysPastDue: 56, // (1000 × 30 + 500 × 108) / 1500 = 84000 / 1500
      },
      {
        customer: "Gamma, Inc.",
        currency: "USD",
        open: 1485, // 1234.50 + 250.50
        buckets: [1234.5, 0, 0, 0, 0, 250.5],
        items: 2,
        overdue: 250.5,
        oldestDaysPastDue: 153,
        weightedDaysPastDue: 153,
      },
    ]);
    // (1200 × 21 + 800.25 × 61) / 2000.25 = 74015.25 / 2000.25
    expect(report.customers[0]?.weightedDaysPastDue).toBeCloseTo(74015.25 / 2000.25, 10);
    expect(report.totals).toEqual([
      // row 9's 800 CNY could be read, so it is reported beside the totals
      { currency: "CNY", open: 2000.25, buckets: [0, 1200, 0, 800.25, 0, 0], items: 2, rejectedAmount: 800 },
      // ACME + Gamma, Inc.: Not due −200 + 1234.50; row 7's amount could not be read at all
      { currency: "USD", open: 2785, buckets: [1034.5, 1000, 0, 0, 500, 250.5], items: 5, rejectedAmount: 0 },
    ]);
    expect(report.rejected).toEqual([
      { row: 7, column: "金額", value: "abc", reason: expect.stringMatching(SENTENCE) },
      { row: 9, column: "到期日", value: "2026-02-30", reason: expect.stringMatching(SENTENCE) },
    ]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('"abc"') }),
      expect.objectContaining({ reason: expect.stringContaining('"2026-02-30"') }),
    ]);
    // at least the rejected rows and the credit note are worth a notice
    expect(report.notices.length).toBeGreaterThanOrEqual(2);
    for (const notice of report.notices) expect(notice).toMatch(SENTENCE);
  });

  it("prints a tab-separated line per customer and per currency total, amounts in the minor unit", async () => {
    const run = await runCli(["aging", ledger, "--as-of", "2026-10-31"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const lines = run.stdout.split("\n");
    // The same hand figures as the JSON test: overdue = open − not due.
    expect(lines.slice(0, 6)).toEqual([
      ["Customer", "Currency", "Open", ...BUCKETS, "Overdue", "Items"].join("\t"),
      [
        "华东贸易",
        "CNY",
        "2000.25",
        "0.00",
        "1200.00",
        "0.00",
        "800.25",
        "0.00",
        "0.00",
        "2000.25",
        "2",
      ].join("\t"),
      ["ACME", "USD", "1300.00", "-200.00", "1000.00", "0.00", "0.00", "500.00", "0.00", "1500.00", "3"].join(
        "\t",
      ),
      [
        "Gamma, Inc.",
        "USD",
        "1485.00",
        "1234.50",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "250.50",
        "250.50",
        "2",
      ].join("\t"),
      ["Total", "CNY", "2000.25", "0.00", "1200.00", "0.00", "800.25", "0.00", "0.00", "2000.25", "2"].join(
        "\t",
      ),
      [
        "Total",
        "USD",
        "2785.00",
        "1034.50",
        "1000.00",
        "0.00",
        "0.00",
        "500.00",
        "250.50",
        "1750.50",
        "5",
      ].join("\t"),
    ]);
    expect(lines).toContain("Rows not read (2)");
    expect(lines.filter((line) => line.startsWith("Row 7,") || line.startsWith("Row 9,"))).toHaveLength(2);
  });

  it("reads a CSV saved by Excel on Simplified Chinese Windows (GBK, no byte-order mark)", async () => {
    // GBK bytes (GB2312 chart): 客户 BFCD BBA7, 到期日 B5BD C6DA C8D5, 金额 BDF0 B6EE.
    const gbk = Buffer.concat([
      Buffer.from("BFCDBBA7", "hex"),
      Buffer.from(","),
      Buffer.from("B5BDC6DAC8D5", "hex"),
      Buffer.from(","),
      Buffer.from("BDF0B6EE", "hex"),
      Buffer.from("\r\nA1,2026-10-01,100\r\nA1,2026-11-30,50.5\r\n"),
    ]);
    const file = path.join(dir.path, "gbk.csv");
    await writeFile(file, gbk);
    const run = await runCli(["aging", file, "--as-of", "2026-10-31", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { customers: unknown[] };
    // 100 due 2026-10-01 is 30 days past due (1-30); 50.50 is not due.
    expect(report.customers).toEqual([
      expect.objectContaining({ customer: "A1", open: 150.5, buckets: [50.5, 100, 0, 0, 0, 0], items: 2 }),
    ]);
  });

  it("writes the report workbook with a sheet named after the as-of date", async () => {
    const out = path.join(dir.path, "report.xlsx");
    const run = await runCli(["aging", ledger, "--as-of", "2026-10-31", "--out", out]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const visible = book.worksheets.filter((s) => s.state === "visible").map((s) => s.name);
    expect(visible).toEqual(["Aging 2026-10-31"]);
    // ACME's row, read through the headings of the table it sits in
    const sheet = book.getWorksheet("Aging 2026-10-31");
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const acme = rows.findIndex((r) => r[0] === "ACME");
    const header =
      rows
        .slice(0, acme)
        .reverse()
        .find((r) => r[0] === "Customer") ?? [];
    const field = (name: string): unknown => rows[acme]?.[header.indexOf(name)];
    expect(BUCKETS.map(field)).toEqual([-200, 1000, 0, 0, 500, 0]);
    expect([field("Open"), field("Items")]).toEqual([1300, 3]);
  });

  it("explains a missing ledger or sheet in one line with exit status 1, a wrong date with 2, in the user's language", async () => {
    const missing = path.join(dir.path, "nothing-here.csv");
    const book = path.join(dir.path, "ledger.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ledger").addRow(["Customer", "Due date", "Amount"]);
    await workbook.xlsx.writeFile(book);
    const [noFile, noSheet, noFileZhTw, badDate] = await Promise.all([
      runCli(["aging", missing, "--as-of", "2026-10-31"]),
      runCli(["aging", book, "--sheet", "Receivables", "--as-of", "2026-10-31"]),
      runCli(["aging", missing, "--lang", "zh-TW"]),
      runCli(["aging", ledger, "--as-of", "2026-13-45"]),
    ]);
    expect(expectUserFailure(noFile, 1)).toContain(missing);
    const sheetMessage = expectUserFailure(noSheet, 1);
    expect(sheetMessage).toContain("Receivables");
    expect(sheetMessage).toContain(book);
    const zhTw = expectUserFailure(noFileZhTw, 1);
    expect(zhTw).toContain(missing);
    expect(zhTw).toMatch(/[\u4e00-\u9fff]/);
    // a wrong option value names the option once and repeats what the user typed
    const dateMessage = expectUserFailure(badDate, 2);
    expect(dateMessage).toContain('"2026-13-45"');
    expect(dateMessage.split("--as-of")).toHaveLength(2);
  });
});
