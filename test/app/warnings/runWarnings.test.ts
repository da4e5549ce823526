import { runWarnings } from "../../../src/app/warnings/runWarnings";
import { saveWarningSettings, WARNING_SETTINGS_KEY } from "../../../src/app/warnings/warningSettingsStore";
import { defaultWarningSettings, withRuleEnabled } from "../../../src/core/warnings";
import { HostError, type Progress, type RawCell } from "../../../src/host";
import {
  PLANTED_LEDGER_ROWS,
  PLANTED_MASTER_ROWS,
  PLANTED_PAYMENT_ROWS,
} from "../../core/warnings/_lib/plantedBook";
import { AS_OF } from "../../core/warnings/_lib/warningsTestKit";
import { deferred, MemoryHost } from "../../taskpane/_lib/memoryHost";

const sheet = (name: string) => ({ kind: "sheet", sheet: name }) as const;

/** The planted book as a workbook: ledger, master and history sheets, read in blocks of `blockRows`. */
function plantedHost(blockRows = 4): MemoryHost {
  const host = new MemoryHost([
    { name: "Ledger", rows: PLANTED_LEDGER_ROWS },
    { name: "Master", rows: PLANTED_MASTER_ROWS },
    { name: "History", rows: PLANTED_PAYMENT_ROWS },
  ]);
  host.blockRows = blockRows;
  return host;
}

const planted = { ledger: sheet("Ledger"), master: sheet("Master"), history: sheet("History"), asOf: AS_OF };

describe("runWarnings over a workbook", () => {
  it("yields exactly the planted warnings from the three sheets, whatever the block size", async () => {
    for (const blockRows of [1, 4, 1000]) {
      const run = await runWarnings(plantedHost(blockRows), planted);
      if (run.kind !== "done") throw new Error(`blocked: ${JSON.stringify(run)}`);
      // The six planted problems (DESIGN §3.9), the core customer's item firing two rules.
      expect(run.report.results.map((r) => [r.severity, r.rule, r.customer, r.rows, r.historyRows])).toEqual([
        ["high", "over-limit", "Alpha Trading", [2], []],
        ["high", "veto-late", "Bravo Foods", [4], []],
        ["high", "veto-late", "Core Steel", [6], []],
        ["high", "core-overdue", "Core Steel", [6], []],
        ["medium", "concentration", "Delta Holdings", [7, 8], []],
        ["medium", "deteriorating", "Foxtrot Ltd", [], [63, 64, 65]],
        ["low", "review-due", "Echo Retail", [], []],
      ]);
      expect(run.report.notRun).toEqual([]);
      expect(run.history.origin).toBe("sheet");
      expect(run.history.shape?.sheet).toBe("History");
      expect(run.master?.shape.sheet).toBe("Master");
      expect(run.rejected).toEqual([]);
    }
  });

  it("runs the checks stored in the workbook, and reports their progress while reading", async () => {
    const host = plantedHost();
    await saveWarningSettings(host, withRuleEnabled(defaultWarningSettings(), "concentration", false));
    const progress: Progress[] = [];
    const run = await runWarnings(host, planted, { onProgress: (p) => progress.push(p) });
    if (run.kind !== "done") throw new Error("blocked");
    expect(run.report.results.map((r) => r.rule)).not.toContain("concentration");
    expect(run.report.results).toHaveLength(6);
    expect(run.settings.rules.concentration.enabled).toBe(false);
    // The ledger has 18 rows (header + 17 items), read in blocks of 4: 4, 8, 12, 16, 18 of 18 first.
    expect(progress.slice(0, 5).map((p) => [p.phase, p.done, p.total])).toEqual([
      ["read", 4, 18],
      ["read", 8, 18],
      ["read", 12, 18],
      ["read", 16, 18],
      ["read", 18, 18],
    ]);
  });

  it("takes the settings given over the stored ones", async () => {
    const host = plantedHost();
    await saveWarningSettings(host, withRuleEnabled(defaultWarningSettings(), "concentration", false));
    const run = await runWarnings(host, { ...planted, settings: defaultWarningSettings() });
    expect(run.kind === "done" && run.report.results.some((r) => r.rule === "concentration")).toBe(true);
  });

  it("stops on stored settings it cannot read rather than running the defaults in their place", async () => {
    const host = plantedHost();
    host.settings.set(WARNING_SETTINGS_KEY, { version: 1, rules: { "over-limt": { enabled: false } } });
    const run = await runWarnings(host, planted);
    expect(run).toMatchObject({ kind: "blocked", source: "settings", error: { id: "warningRuleUnknown" } });
  });

  it("says which rules could not run without a master or a history, and uses no history it was not given", async () => {
    const run = await runWarnings(plantedHost(), { ledger: sheet("Ledger"), asOf: AS_OF });
    if (run.kind !== "done") throw new Error("blocked");
    expect(run.history).toEqual({ origin: "none", shape: null, read: null });
    expect(run.report.notRun.map((n) => [n.rule, n.reason.replace("warnings:notRun.", "")])).toEqual([
      ["over-limit", "noMaster"],
      ["near-limit", "noMaster"],
      ["core-overdue", "noHistory"],
      ["grade-d", "noMaster"],
      ["no-limit", "noMaster"],
      ["review-due", "noMaster"],
      ["deteriorating", "noHistory"],
      ["dso-over-terms", "noMaster"],
    ]);
  });

  it("blocks on a history sheet without paid dates, naming the sheet", async () => {
    const host = plantedHost();
    host.sheets.push({ name: "Sales", rows: PLANTED_PAYMENT_ROWS.map((row) => row.slice(0, 4)) });
    const run = await runWarnings(host, { ...planted, history: sheet("Sales") });
    expect(run).toMatchObject({ kind: "blocked", source: "history", shape: { sheet: "Sales" } });
    expect(run.kind === "blocked" && run.problems.map((p) => p.id)).toEqual(["historyNoSettledColumn"]);
  });

  it("blocks on a ledger without a customer column", async () => {
    const host = new MemoryHost([
      {
        name: "Ledger",
        rows: [
          ["Zzz", "Due date", "Amount"],
          ["A", 46000, 1],
        ],
      },
    ]);
    const run = await runWarnings(host, { ledger: sheet("Ledger"), asOf: AS_OF });
    expect(run).toMatchObject({ kind: "blocked", source: "ledger" });
    expect(run.kind === "blocked" && run.problems.map((p) => p.id)).toEqual(["ledgerNoCustomerColumn"]);
  });

  it("stops with a cancelled HostError when the signal is aborted mid-read", async () => {
    const host = plantedHost();
    const gate = deferred();
    host.beforeBlock = (index) => (index === 2 ? gate.promise : undefined);
    const controller = new AbortController();
    const running = runWarnings(host, planted, { signal: controller.signal });
    controller.abort();
    gate.resolve();
    await expect(running).rejects.toEqual(new HostError("cancelled"));
  });
});

describe("runWarnings: a ledger with paid dates is its own payment history", () => {
  // Every invoice of the planted history as one ledger (open at AS_OF: invoiced by then, not yet paid), with
  // two bad rows added: a settled row without a customer (sheet row 146) and an open row dated 30 February
  // (sheet row 147).
  const rows: RawCell[][] = [
    ...PLANTED_PAYMENT_ROWS,
    [null, AS_OF - 200, AS_OF - 170, 100, AS_OF - 160],
    ["Lima Foods", AS_OF - 20, "2026-02-30", 100, null],
  ];
  const host = () => new MemoryHost([{ name: "Invoices", rows }]);

  it("checks lateness and sales from the same rows it reads the open items from", async () => {
    const run = await runWarnings(host(), { ledger: sheet("Invoices"), asOf: AS_OF });
    if (run.kind !== "done") throw new Error("blocked");
    expect(run.history.origin).toBe("ledger");
    // Open at AS_OF: invoice k = 0 of each customer, 1/12 of its yearly sales, due 15 days after AS_OF.
    // 10 customers of 120,000 a year: 10,000 each; Delta 300,000 / 12 = 25,000; Core Steel 4,800,000 / 12 =
    // 400,000. Total 525,000: Core Steel holds 400,000 / 525,000 = 76.2 % (> 10 %), Delta 4.8 %.
    // Foxtrot paid 15 days late in the last 90 days against 2 before: 15 ≥ 2 + 10 (rows 63–65).
    expect(
      run.report.results.map((r) => [r.rule, r.customer, r.value, r.amountAtRisk, r.rows, r.historyRows]),
    ).toEqual([
      ["concentration", "Core Steel", 400_000 / 525_000, 400_000, [26], []],
      ["deteriorating", "Foxtrot Ltd", 15, 10_000, [], [63, 64, 65]],
    ]);
    expect(run.report.notRun.map((n) => n.reason)).not.toContain("warnings:notRun.noHistory");
  });

  it("lists a bad row once, whether the ledger or only the history reader refused it", async () => {
    const run = await runWarnings(host(), { ledger: sheet("Invoices"), asOf: AS_OF });
    if (run.kind !== "done") throw new Error("blocked");
    expect(run.rejected.map(({ sheet: s, rejection: r }) => [s, r.row, r.column, r.reason])).toEqual([
      ["Invoices", 147, "Due Date", "ledgerDateImpossible"],
      // Settled before AS_OF, the ledger reader left the row out without reading its customer.
      ["Invoices", 146, "Customer", "ledgerCustomerBlank"],
    ]);
  });

  it("reads a history sheet instead when one is given", async () => {
    const h = host();
    h.sheets.push({ name: "History", rows: PLANTED_PAYMENT_ROWS });
    const run = await runWarnings(h, { ledger: sheet("Invoices"), history: sheet("History"), asOf: AS_OF });
    expect(run.kind === "done" && [run.history.origin, run.history.shape?.sheet]).toEqual([
      "sheet",
      "History",
    ]);
  });
});
