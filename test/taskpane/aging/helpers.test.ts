import { type SheetInfo, type TableInfo } from "../../../src/host";
import { detectLedgerColumns, type LedgerDetection } from "../../../src/core/ledger";
import { createI18n } from "../../../src/i18n";
import {
  asOfSerial,
  checkAgingForm,
  creditSales,
  defaultAgingForm,
  isoDay,
} from "../../../src/taskpane/views/aging/_lib/agingForm";
import { agingPlan } from "../../../src/taskpane/views/aging/_lib/agingPlan";
import { columnLabels } from "../../../src/taskpane/views/aging/_lib/columnLabels";
import {
  columnConfidence,
  effectiveColumn,
  problemSettled,
  requestMapping,
} from "../../../src/taskpane/views/aging/_lib/columnOverrides";
import {
  formatAmount,
  formatCount,
  formatDays,
  formatPercent,
} from "../../../src/taskpane/views/aging/_lib/formatNumbers";
import {
  formFromLastRun,
  lastRunValue,
  readLastRun,
  restoredOverrides,
  savedMapping,
} from "../../../src/taskpane/views/aging/_lib/lastRun";
import { errorText, failureText } from "../../../src/taskpane/views/aging/_lib/messageText";
import { rejectionCell } from "../../../src/taskpane/views/aging/_lib/rejectionCell";
import { sourceId, sourceOptions } from "../../../src/taskpane/views/aging/_lib/sourceOptions";
import { HostError } from "../../../src/host";
import { creditError } from "../../../src/core/errors";

/** Excel serial of an ISO date by DESIGN §2's formula: ms / 86,400,000 + 25,569. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

describe("agingForm", () => {
  it("reads the date input's value as an Excel serial", () => {
    // Date.UTC(2026, 9, 31) / 86,400,000 = 20,757 days since 1970-01-01; + 25,569 = 46,326.
    expect(asOfSerial("2026-10-31")).toBe(46_326);
    expect(asOfSerial("2024-02-29")).toBe(serial(2024, 2, 29));
    expect(asOfSerial("2026-02-29")).toBeNull(); // 2026 is not a leap year
    expect(asOfSerial("")).toBeNull();
    expect(asOfSerial("31/10/2026")).toBeNull();
  });

  it("gives today's local date as the date input writes it", () => {
    expect(isoDay(new Date(2026, 9, 31, 23, 59))).toBe("2026-10-31");
    expect(isoDay(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
  });

  it("reads credit sales: blank is none, only amounts above 0 count", () => {
    expect(creditSales("  ")).toBeNull();
    expect(creditSales("1,825,000")).toBe(1_825_000);
    expect(creditSales("0.01")).toBe(0.01);
    expect(creditSales("0")).toBe("invalid");
    expect(creditSales("-5")).toBe("invalid");
    expect(creditSales("lots")).toBe("invalid");
  });

  it("checks the default form as valid with the default edges", () => {
    const checked = checkAgingForm(defaultAgingForm("2026-10-31"));
    expect(checked.asOf).toBe(46_326);
    expect(checked.edges).toEqual([30, 60, 90, 120]);
    expect(checked.sales).toBeNull();
    expect(checkAgingForm({ ...defaultAgingForm("2026-10-31"), buckets: "60,30" }).edges).toMatchObject({
      kind: "creditError",
      id: "bucketEdgesNotAscending",
    });
  });
});

describe("sourceOptions", () => {
  const sheet = (name: string, extra: Partial<SheetInfo> = {}): SheetInfo => ({
    name,
    rowCount: 3,
    columnCount: 3,
    visible: true,
    ownedByCreditKit: false,
    ...extra,
  });
  const table = (name: string, on: string): TableInfo => ({
    name,
    sheet: on,
    address: "A1:C3",
    rowCount: 3,
    headers: [],
  });

  it("offers visible sheets CreditKit did not write, then tables not on its report sheets", () => {
    const options = sourceOptions(
      [
        sheet("Ledger"),
        sheet("_creditkit", { visible: false }),
        sheet("Aging 2026-10-31", { ownedByCreditKit: true }),
      ],
      [table("Limits", "Ledger"), table("CreditKitAging_USD", "Aging 2026-10-31")],
    );
    expect(options.map((option) => option.id)).toEqual(["sheet:Ledger", "table:Limits"]);
    expect(options[1]).toEqual({
      id: "table:Limits",
      ref: { kind: "table", table: "Limits" },
      name: "Limits",
      sheet: "Ledger",
    });
    expect(sourceId({ kind: "sheet", sheet: "Ledger" })).toBe("sheet:Ledger");
  });
});

describe("columnOverrides", () => {
  const detection = (confidence: number): LedgerDetection => {
    const base = detectLedgerColumns([
      ["Customer", "Due date", "Amount"],
      ["A", "2026-10-01", 1],
    ]);
    return { ...base, confidence: { ...base.confidence, customer: confidence } };
  };

  it("grades confidence high from 0.8 up, check below, missing when unmapped", () => {
    expect(columnConfidence(detection(0.8), {}, "customer")).toBe("high");
    // 0.7 + 0.1 = 0.7999999999999999 in binary: still 0.8 for a threshold.
    expect(columnConfidence(detection(0.7 + 0.1), {}, "customer")).toBe("high");
    expect(columnConfidence(detection(0.7999), {}, "customer")).toBe("check");
    expect(columnConfidence(detection(1), {}, "paid")).toBe("missing");
  });

  it("marks a changed column as the user's choice, and choosing the detected one again as not", () => {
    const d = detection(1);
    expect(columnConfidence(d, { customer: 2 }, "customer")).toBe("chosen");
    expect(columnConfidence(d, { customer: null }, "customer")).toBe("chosen");
    expect(columnConfidence(d, { customer: 0 }, "customer")).toBe("high");
    expect(columnConfidence(d, { paid: null }, "paid")).toBe("missing");
  });

  it("applies corrections over the detection and hands only them to the run", () => {
    expect(effectiveColumn({ customer: 0, amount: 2 }, { customer: 1, amount: null }, "customer")).toBe(1);
    expect(
      effectiveColumn({ customer: 0, amount: 2 }, { customer: 1, amount: null }, "amount"),
    ).toBeUndefined();
    expect(effectiveColumn({ customer: 0 }, {}, "customer")).toBe(0);
    const mapping = requestMapping({ customer: 1, amount: null });
    expect(mapping).toEqual({ customer: 1, amount: undefined });
    expect("amount" in mapping).toBe(true); // so it replaces the detected column
  });

  it("settles a missing-column problem once the user picks a column for it", () => {
    const noCustomer = { id: "ledgerNoCustomerColumn", severity: "blocking" as const, params: {} };
    const noAmount = { id: "ledgerNoAmountColumn", severity: "blocking" as const, params: {} };
    const ambiguous = { id: "fieldAmbiguous", severity: "warning" as const, params: { field: "dueDate" } };
    expect(problemSettled(noCustomer, { customer: 3 })).toBe(true);
    expect(problemSettled(noCustomer, { customer: null })).toBe(false);
    expect(problemSettled(noAmount, { open: 4 })).toBe(true);
    expect(problemSettled(ambiguous, { dueDate: 2 })).toBe(true);
    expect(problemSettled(ambiguous, { invoiceDate: 2 })).toBe(false);
    expect(
      problemSettled(
        { id: "duplicateHeader", severity: "warning", params: { header: "A" } },
        { customer: 0 },
      ),
    ).toBe(false);
  });
});

describe("lastRun", () => {
  const run = {
    source: { kind: "table", table: "Ledger" },
    mapping: { customer: "Client", paid: null },
    basis: "invoice",
    buckets: "30,60",
    groupBy: "salesperson",
    dayOrder: "dmy",
    master: { kind: "sheet", sheet: "Master" },
  } as const;

  it("round-trips through JSON", () => {
    expect(readLastRun(JSON.parse(JSON.stringify(lastRunValue(run))))).toEqual(run);
  });

  it("stores corrections by header and finds them again after a column moved", () => {
    const saved = savedMapping({ customer: 2, paid: null, region: 1 }, ["Date", "", "Client"]);
    // Column 1 has no header, so its correction cannot be found again and is not stored.
    expect(saved).toEqual({ customer: "Client", paid: null });
    expect(restoredOverrides(saved, ["New column", "Date", "", " Client "])).toEqual({
      customer: 3,
      paid: null,
    });
    expect(restoredOverrides({ customer: "Gone" }, ["Client"])).toEqual({});
  });

  it("reads what it can of a damaged value and nothing without a source", () => {
    expect(readLastRun(undefined)).toBeNull();
    expect(readLastRun("text")).toBeNull();
    expect(readLastRun({ source: { kind: "range", sheet: "x" } })).toBeNull();
    expect(
      readLastRun({
        source: { kind: "sheet", sheet: "Ledger" },
        mapping: { customer: 3, nonsense: "x", due: "Due", dueDate: "Due date" },
        basis: "sideways",
        buckets: 30,
        groupBy: "planet",
        dayOrder: "DD/MM",
        master: "Limits",
      }),
    ).toEqual({
      source: { kind: "sheet", sheet: "Ledger" },
      mapping: { dueDate: "Due date" },
      basis: "due",
      buckets: "",
      groupBy: "customer",
      dayOrder: "auto",
      master: null,
    });
  });

  it("puts the remembered options on the form but keeps today's date and the default buckets for none", () => {
    const form = formFromLastRun(defaultAgingForm("2026-10-31"), { ...run, buckets: "" }, "sheet:Master");
    expect(form).toEqual({
      asOf: "2026-10-31",
      basis: "invoice",
      buckets: "30,60,90,120",
      groupBy: "salesperson",
      dayOrder: "dmy",
      master: "sheet:Master",
      sales: "",
    });
  });
});

describe("rejectionCell", () => {
  const shape = { sheet: "Ledger", firstRow: 3, firstColumn: 2, rowCount: 9, columnCount: 5 };

  it("places a header column from the source's first column", () => {
    const layout = {
      shape,
      headers: ["Customer", "Due date", "Amount"],
      mapping: { customer: 0, dueDate: 1, amount: 2 },
    };
    // "Due date" is the 2nd header; the source starts in column B (2): column 2 + 1 = 3 = C.
    expect(
      rejectionCell({ row: 7, column: "Due date", value: "x", reason: "ledgerDateUnreadable" }, layout),
    ).toBe("C7");
    expect(
      rejectionCell({ row: 12, column: "Customer", value: "", reason: "ledgerCustomerBlank" }, layout),
    ).toBe("B12");
  });

  it("prefers the mapped one of two columns with the same header, and reads a letter for a blank header", () => {
    const layout = { shape, headers: ["Amount", "", "Amount"], mapping: { amount: 2 } };
    expect(rejectionCell({ row: 5, column: "Amount", value: "x", reason: "r" }, layout)).toBe("D5");
    expect(rejectionCell({ row: 5, column: "C", value: "", reason: "r" }, layout)).toBe("C5");
    expect(rejectionCell({ row: 5, column: "Somewhere else", value: "", reason: "r" }, layout)).toBeNull();
  });
});

describe("texts", () => {
  const i18n = createI18n("en");
  const t = i18n.t.bind(i18n);

  it("names blank and repeated headers by their letter", () => {
    expect(columnLabels(["Customer", "", "Amount", "Amount"], 27, t)).toEqual([
      "Customer",
      "Column AB",
      "Amount (column AC)",
      "Amount (column AD)",
    ]);
  });

  it("formats amounts with their currency's decimals, percentages and days", () => {
    expect(formatAmount(1750.5, 2, "en")).toBe("1,750.50");
    expect(formatAmount(1234567, 0, "zh-CN")).toBe("1,234,567");
    expect(formatCount(12500, "en")).toBe("12,500");
    // 1,250.50 / 1,750.50 = 0.714367 → 71.4 %.
    expect(formatPercent(1250.5 / 1750.5, "en")).toBe("71.4%");
    expect(formatPercent(null, "en")).toBe("—");
    expect(formatDays(17.505, "en")).toBe("17.5");
  });

  it("translates error ids, and shows an id without a message rather than nothing", () => {
    expect(errorText(i18n, "bucketEdgesEmpty", {})).toBe(
      "buckets has no day boundaries; give boundaries such as 30,60,90,120, or leave buckets out to use those.",
    );
    expect(errorText(i18n, "noSuchMessageId", {})).toBe(
      "The calculation could not be completed. (noSuchMessageId)",
    );
  });

  it("words host failures whatever parameter names the sheet, and any other failure with its message", () => {
    expect(failureText(i18n, new HostError("sheetNotFound", { name: "Ledger" }))).toBe(
      "The sheet Ledger is no longer in the workbook. Choose the source again.",
    );
    expect(failureText(i18n, new HostError("sheetNotFound", { sheet: "Ledger" }))).toBe(
      "The sheet Ledger is no longer in the workbook. Choose the source again.",
    );
    expect(failureText(i18n, new HostError("sheetNotOwned"), "Aging 2026-10-31")).toContain(
      "A sheet named Aging 2026-10-31 already exists",
    );
    expect(failureText(i18n, new HostError("hostFailure", {}, "GeneralException: busy"))).toBe(
      "The workbook did not complete the request (GeneralException: busy).",
    );
    expect(failureText(i18n, creditError("#VALUE!", "bucketEdgesEmpty"))).toBe(
      errorText(i18n, "bucketEdgesEmpty", {}),
    );
    expect(failureText(i18n, new TypeError("x is undefined"))).toBe("Something went wrong: x is undefined");
  });
});

describe("agingPlan", () => {
  const source = sourceOptions(
    [{ name: "Ledger", rowCount: 3, columnCount: 3, visible: true, ownedByCreditKit: false }],
    [{ name: "Limits", sheet: "Ledger", address: "A1:C3", rowCount: 3, headers: [] }],
  );
  const [ledger] = source;

  it("builds the request from the form and the corrections", () => {
    if (ledger === undefined) throw new Error("no ledger option");
    const form = {
      ...defaultAgingForm("2026-10-31"),
      dayOrder: "dmy" as const,
      master: "table:Limits",
      sales: "36,500",
    };
    const plan = agingPlan({
      source: ledger,
      form,
      overrides: { paid: null },
      sources: source,
      language: "zh-TW",
    });
    expect(plan?.request).toEqual({
      source: { kind: "sheet", sheet: "Ledger" },
      asOf: 46_326,
      basis: "due",
      edges: [30, 60, 90, 120],
      groupBy: "customer",
      mapping: { paid: undefined },
      dayOrder: "dmy",
      master: { kind: "table", table: "Limits" },
      sales: { creditSales: 36_500 },
    });
    expect(plan?.sourceName).toBe("Ledger");
    expect(plan?.language).toBe("zh-TW");
  });

  it("gives no plan while the as-of date, the buckets or the sales do not read", () => {
    if (ledger === undefined) throw new Error("no ledger option");
    const base = defaultAgingForm("2026-10-31");
    for (const form of [
      { ...base, asOf: "" },
      { ...base, buckets: "x" },
      { ...base, sales: "-1" },
    ]) {
      expect(agingPlan({ source: ledger, form, overrides: {}, sources: source, language: "en" })).toBeNull();
    }
  });
});
