/**
 * A warning-check run over a workbook host (issue 6): one pass over the ledger in blocks — detect its
 * columns on the first rows, stream every block through the ledger reader (and, when the ledger serves as
 * its own payment history, through the history reader too) — then the customer master and the payment
 * history when given, the settings stored in the workbook, and the checks. The task pane and the CLI both
 * call this; neither touches Office.js or HyperFormula directly.
 */
import { type DayOrder } from "../../core/dates";
import { type CreditError, isCreditError } from "../../core/errors";
import {
  type CustomerMaster,
  createLedgerReader,
  detectLedgerColumns,
  type LedgerDetection,
  type LedgerItems,
  type LedgerProblem,
  type LedgerReader,
  ledgerProblem,
  readCustomerMaster,
} from "../../core/ledger";
import { type SheetRejection } from "../../core/report";
import {
  createPaymentHistoryReader,
  detectPaymentHistoryColumns,
  type PaymentHistoryRead,
  type PaymentHistoryReader,
  runWarningChecks,
  type WarningReport,
  type WarningSettings,
} from "../../core/warnings";
import {
  type RawCell,
  type ReadBlock,
  type RunOptions,
  type SourceRef,
  type SourceShape,
  type WorkbookHost,
} from "../../host";
import { loadWarningSettings } from "./warningSettingsStore";

/** Rows the column detection looks at: titles, blank rows and the header are near the top. */
const DETECTION_ROWS = 30;

/** What to check and against what. */
export interface WarningsRequest {
  readonly ledger: SourceRef;
  /** A sheet or table with limits, terms, grades, review dates and open orders per customer. */
  readonly master?: SourceRef | null;
  /**
   * A sheet or table of invoices with their paid dates. Omitted or null: the ledger itself when it has a
   * paid/settled date column (all its invoices, paid or not), else no history.
   */
  readonly history?: SourceRef | null;
  readonly asOf: number;
  /** The checks to run; omitted: those stored in the workbook, else the defaults. */
  readonly settings?: WarningSettings;
  readonly dayOrder?: DayOrder | null;
  readonly defaultCurrency?: string;
}

/** Where the payment history came from: a sheet or table of its own, the ledger's paid dates, or nowhere. */
export type HistoryOrigin = "sheet" | "ledger" | "none";

/** A source that was read: where it sits and the columns found in it. */
export interface SourceRead {
  readonly shape: SourceShape;
  readonly detection: LedgerDetection;
}

/** A finished run: the report, the settings it ran with, and what each source gave. */
export interface WarningsRun {
  readonly kind: "done";
  readonly report: WarningReport;
  readonly settings: WarningSettings;
  readonly ledger: SourceRead & { readonly items: LedgerItems };
  readonly master: { readonly shape: SourceShape; readonly master: CustomerMaster } | null;
  readonly history: {
    readonly origin: HistoryOrigin;
    /** The history's own sheet; `null` when it is the ledger or there is none. */
    readonly shape: SourceShape | null;
    readonly read: PaymentHistoryRead | null;
  };
  /** Every row not read, of every source, for the report (a row of the ledger is listed once). */
  readonly rejected: readonly SheetRejection[];
}

/** A run that cannot go on, and which input stopped it (`settings`: the settings stored in the workbook). */
export interface WarningsBlocked {
  readonly kind: "blocked";
  readonly source: "ledger" | "history" | "settings";
  readonly shape: SourceShape | null;
  readonly problems: readonly LedgerProblem[];
  readonly error: CreditError | null;
}

/** The rows of a source, all of them, with progress and cancellation. */
async function readAll(host: WorkbookHost, source: SourceRef, options: RunOptions): Promise<RawCell[][]> {
  const rows: RawCell[][] = [];
  for await (const block of host.readRows(source, options)) for (const row of block.rows) rows.push([...row]);
  return rows;
}

/** Streams a source's blocks into readers created once its first rows have been seen. */
async function streamSource(
  host: WorkbookHost,
  source: SourceRef,
  options: RunOptions,
  start: (head: readonly (readonly RawCell[])[]) => ((block: ReadBlock) => void) | WarningsBlocked,
): Promise<WarningsBlocked | "empty" | "read"> {
  // Blocks are held back until the detection has seen its rows: a host may hand over fewer rows per block
  // than the header search needs (titles and blank rows above the header).
  let pending: ReadBlock[] = [];
  let pendingRows = 0;
  let consume: ((block: ReadBlock) => void) | null = null;
  const begin = (): WarningsBlocked | null => {
    const started = start(pending.flatMap((b) => b.rows).slice(0, DETECTION_ROWS));
    if (typeof started !== "function") return started;
    consume = started;
    for (const held of pending) started(held);
    pending = [];
    return null;
  };
  for await (const block of host.readRows(source, options)) {
    if (consume !== null) {
      (consume as (block: ReadBlock) => void)(block);
      continue;
    }
    pending.push(block);
    pendingRows += block.rows.length;
    if (pendingRows >= DETECTION_ROWS) {
      const blocked = begin();
      if (blocked) return blocked;
    }
  }
  if (consume !== null) return "read";
  if (pendingRows === 0) return "empty";
  return begin() ?? "read";
}

const isBlocking = (p: LedgerProblem) => p.severity === "blocking";

/**
 * Runs the warning checks on a host. The ledger is read once; the ledger's own paid dates serve as the
 * payment history when no history source is given.
 *
 * @example
 * const run = await runWarnings(host, { ledger: { kind: "sheet", sheet: "Ledger" }, master: { kind: "sheet", sheet: "Master" }, asOf: 46326 }, { signal, onProgress });
 * if (run.kind === "done") run.report.results.length;
 */
export async function runWarnings(
  host: WorkbookHost,
  request: WarningsRequest,
  options: RunOptions = {},
): Promise<WarningsRun | WarningsBlocked> {
  const shape = await host.describe(request.ledger);
  const date1904 = await host.uses1904DateSystem();
  const settings = request.settings ?? (await loadWarningSettings(host));
  if (isCreditError(settings)) {
    return { kind: "blocked", source: "settings", shape: null, problems: [], error: settings };
  }
  const readerOptions = {
    dayOrder: request.dayOrder ?? null,
    date1904,
    defaultCurrency: request.defaultCurrency ?? "",
    firstColumn: shape.firstColumn,
  };
  const blocked = (
    problems: readonly LedgerProblem[],
    error: CreditError | null = null,
  ): WarningsBlocked => ({
    kind: "blocked",
    source: "ledger",
    shape,
    problems,
    error,
  });

  let detection: LedgerDetection | null = null;
  let ledgerReader: LedgerReader | null = null;
  let ledgerHistory: PaymentHistoryReader | null = null;
  const read = await streamSource(host, request.ledger, options, (head) => {
    detection = detectLedgerColumns(head, { firstColumn: shape.firstColumn });
    const problems = detection.problems.filter(isBlocking);
    if (problems.length > 0) return blocked(problems);
    const { mapping, headerRow } = detection;
    const created = createLedgerReader({
      ...readerOptions,
      mapping,
      headerRow,
      asOf: request.asOf,
      basis: "due",
      groupBy: "customer",
      expectedRows: shape.rowCount,
    });
    if (isCreditError(created)) return blocked([], created);
    const reader = created;
    ledgerReader = reader;
    // The ledger is its own history when none is given and it has the columns one needs.
    const history = request.history
      ? null
      : createPaymentHistoryReader({ ...readerOptions, mapping, headerRow });
    const historyReader = history === null || isCreditError(history) ? null : history;
    ledgerHistory = historyReader;
    return (block) => {
      reader.addRows(block.rows, block.firstRow);
      historyReader?.addRows(block.rows, block.firstRow);
    };
  });
  if (typeof read !== "string") return read;
  const ledgerDetection = detection as LedgerDetection | null;
  const finishedReader = ledgerReader as LedgerReader | null;
  if (read === "empty" || ledgerDetection === null || finishedReader === null) {
    return blocked([ledgerProblem("sourceEmpty", "blocking")]);
  }
  const items = finishedReader.finish();

  const master = request.master ? await readMaster(host, request.master, options, date1904) : null;

  let history: WarningsRun["history"];
  const derived = ledgerHistory as PaymentHistoryReader | null;
  if (request.history) {
    const own = await readHistorySheet(host, request.history, options, readerOptions);
    if (own.kind === "blocked") return own;
    history = { origin: "sheet", shape: own.shape, read: own.read };
  } else if (derived !== null) {
    history = { origin: "ledger", shape: null, read: derived.finish() };
  } else history = { origin: "none", shape: null, read: null };

  const report = runWarningChecks(
    { ledger: items, master: master?.master ?? null, history: history.read?.records ?? null },
    settings,
  );
  if (isCreditError(report)) return blocked([], report);
  return {
    kind: "done",
    report,
    settings,
    ledger: { shape, detection: ledgerDetection, items },
    master,
    history,
    rejected: rejectedRows(shape, items, master, history),
  };
}

/** The rows not read of every source; a ledger row the history reader also refused is listed once. */
function rejectedRows(
  ledgerShape: SourceShape,
  items: LedgerItems,
  master: WarningsRun["master"],
  history: WarningsRun["history"],
): SheetRejection[] {
  const rows: SheetRejection[] = items.rejected.map((rejection) => ({ sheet: ledgerShape.sheet, rejection }));
  for (const rejection of master?.master.rejected ?? [])
    rows.push({ sheet: master?.shape.sheet ?? "", rejection });
  const historyRejected = history.read?.rejected ?? [];
  if (history.origin === "ledger") {
    // Rows the ledger reader left out as settled were never checked by it: the history reader's reasons
    // for those are new; for the others it only repeats the ledger's.
    const seen = new Set(items.rejected.map((r) => r.row));
    for (const rejection of historyRejected) {
      if (!seen.has(rejection.row)) rows.push({ sheet: ledgerShape.sheet, rejection });
    }
  } else {
    for (const rejection of historyRejected) rows.push({ sheet: history.shape?.sheet ?? "", rejection });
  }
  return rows;
}

async function readMaster(
  host: WorkbookHost,
  source: SourceRef,
  options: RunOptions,
  date1904: boolean,
): Promise<{ shape: SourceShape; master: CustomerMaster }> {
  const shape = await host.describe(source);
  const rows = await readAll(host, source, { signal: options.signal });
  const master = readCustomerMaster(
    rows,
    {},
    { firstSheetRow: shape.firstRow, firstColumn: shape.firstColumn, date1904 },
  );
  return { shape, master };
}

async function readHistorySheet(
  host: WorkbookHost,
  source: SourceRef,
  options: RunOptions,
  readerOptions: { dayOrder: DayOrder | null; date1904: boolean; defaultCurrency: string },
): Promise<{ kind: "read"; shape: SourceShape; read: PaymentHistoryRead } | WarningsBlocked> {
  const shape = await host.describe(source);
  const blocked = (
    problems: readonly LedgerProblem[],
    error: CreditError | null = null,
  ): WarningsBlocked => ({
    kind: "blocked",
    source: "history",
    shape,
    problems,
    error,
  });
  let reader: PaymentHistoryReader | null = null;
  const read = await streamSource(host, source, options, (head) => {
    const detection = detectPaymentHistoryColumns(head, { firstColumn: shape.firstColumn });
    const problems = detection.problems.filter(isBlocking);
    if (problems.length > 0) return blocked(problems);
    const created = createPaymentHistoryReader({
      ...readerOptions,
      mapping: detection.mapping,
      headerRow: detection.headerRow,
      firstColumn: shape.firstColumn,
    });
    if (isCreditError(created)) return blocked([], created);
    reader = created;
    return (block) => created.addRows(block.rows, block.firstRow);
  });
  if (typeof read !== "string") return read;
  const finished = reader as PaymentHistoryReader | null;
  if (read === "empty" || finished === null) return blocked([ledgerProblem("sourceEmpty", "blocking")]);
  return { kind: "read", shape, read: finished.finish() };
}
