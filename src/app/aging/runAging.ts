/**
 * An aging run over a workbook host (issue 5): one pass over the ledger in blocks — detect the
 * columns on the first block, stream every block through the ledger reader, age the items — and,
 * when given, the customer master. The task pane and the CLI both call this; neither touches
 * Office.js or HyperFormula directly.
 */
import { type AgingBasis, type BucketEdges, DEFAULT_BUCKET_EDGES } from "../../core/aging";
import { type DayOrder } from "../../core/dates";
import { type CreditError, isCreditError } from "../../core/errors";
import {
  ageLedger,
  type AgingResult,
  type ColumnMapping,
  type CustomerMaster,
  createLedgerReader,
  detectLedgerColumns,
  type LedgerDetection,
  type LedgerGroupBy,
  type LedgerProblem,
  type LedgerReader,
  ledgerProblem,
  readCustomerMaster,
  type SalesFigure,
} from "../../core/ledger";
import {
  type RawCell,
  type RunOptions,
  type SourceRef,
  type SourceShape,
  type WorkbookHost,
} from "../../host";

/** Rows the column detection looks at: titles, blank rows and the header are near the top. */
const DETECTION_ROWS = 30;

/** What to age and how. */
export interface AgingRequest {
  readonly source: SourceRef;
  readonly asOf: number;
  readonly basis?: AgingBasis;
  readonly edges?: BucketEdges;
  readonly groupBy?: LedgerGroupBy;
  /** Overrides of the detected mapping (the user's corrections). */
  readonly mapping?: ColumnMapping;
  /** 0-based header row within the source, overriding detection. */
  readonly headerRow?: number;
  readonly dayOrder?: DayOrder | null;
  readonly defaultCurrency?: string;
  readonly sales?: SalesFigure | null;
  readonly lossRates?: readonly number[] | null;
  /** A sheet or table with limits, terms, grades and review dates per customer. */
  readonly master?: SourceRef | null;
}

/** A finished run: the detection the user confirmed, the result, and where the ledger sits. */
export interface AgingRun {
  readonly kind: "done";
  readonly shape: SourceShape;
  readonly detection: LedgerDetection;
  readonly mapping: ColumnMapping;
  readonly result: AgingResult;
  readonly master: CustomerMaster | null;
}

/** A ledger that cannot be aged as it is (no amount column, no customer column, …). */
export interface AgingBlocked {
  readonly kind: "blocked";
  readonly shape: SourceShape;
  readonly detection: LedgerDetection | null;
  readonly problems: readonly LedgerProblem[];
  readonly error: CreditError | null;
}

/**
 * Detects the ledger's columns from its first rows without reading the rest (for the task pane's
 * "detected columns" step).
 *
 * @example
 * const { detection } = await detectAgingColumns(host, { kind: "sheet", sheet: "Ledger" });
 */
export async function detectAgingColumns(
  host: WorkbookHost,
  source: SourceRef,
): Promise<{ shape: SourceShape; detection: LedgerDetection }> {
  const shape = await host.describe(source);
  const rows: RawCell[][] = [];
  for await (const block of host.readRows(source, { blockRows: DETECTION_ROWS })) {
    rows.push(...block.rows.map((r) => [...r]));
    if (rows.length >= DETECTION_ROWS) break;
  }
  return {
    shape,
    detection: detectLedgerColumns(rows.slice(0, DETECTION_ROWS), { firstColumn: shape.firstColumn }),
  };
}

async function readAll(host: WorkbookHost, source: SourceRef, options: RunOptions): Promise<RawCell[][]> {
  const rows: RawCell[][] = [];
  for await (const block of host.readRows(source, options)) for (const row of block.rows) rows.push([...row]);
  return rows;
}

/**
 * Ages a ledger on a host in one pass.
 *
 * @example
 * const run = await runAging(host, { source: { kind: "sheet", sheet: "Ledger" }, asOf: 46326 }, { signal, onProgress });
 * if (run.kind === "done") await host.writeSheet(agingReportSpec(run.result, …));
 */
export async function runAging(
  host: WorkbookHost,
  request: AgingRequest,
  options: RunOptions = {},
): Promise<AgingRun | AgingBlocked> {
  const shape = await host.describe(request.source);
  const date1904 = await host.uses1904DateSystem();
  let detection: LedgerDetection | null = null;
  let mapping: ColumnMapping = {};
  let reader: LedgerReader | null = null;
  // Blocks are held back until the detection has seen its rows: a host may hand over fewer rows per
  // block than the header search needs (titles and blank rows above the header).
  let pending: { rows: readonly (readonly RawCell[])[]; firstRow: number }[] = [];
  let pendingRows = 0;
  const start = (): AgingBlocked | null => {
    const head = pending.flatMap((b) => b.rows).slice(0, DETECTION_ROWS);
    detection = detectLedgerColumns(head, { firstColumn: shape.firstColumn });
    mapping = { ...detection.mapping, ...request.mapping };
    const headerRow = request.headerRow ?? detection.headerRow;
    const blocking = detection.problems.filter((p) => p.severity === "blocking" && !overridden(p, request));
    if (blocking.length > 0) return { kind: "blocked", shape, detection, problems: blocking, error: null };
    const created = createLedgerReader({
      mapping,
      headerRow,
      dayOrder: request.dayOrder ?? null,
      date1904,
      asOf: request.asOf,
      basis: request.basis ?? "due",
      groupBy: request.groupBy ?? "customer",
      defaultCurrency: request.defaultCurrency ?? "",
      firstColumn: shape.firstColumn,
    });
    if (isCreditError(created)) return { kind: "blocked", shape, detection, problems: [], error: created };
    reader = created;
    for (const held of pending) created.addRows(held.rows, held.firstRow);
    pending = [];
    return null;
  };
  for await (const block of host.readRows(request.source, options)) {
    if (reader !== null) {
      (reader as LedgerReader).addRows(block.rows, block.firstRow);
      continue;
    }
    pending.push({ rows: block.rows, firstRow: block.firstRow });
    pendingRows += block.rows.length;
    if (pendingRows >= DETECTION_ROWS) {
      const blocked = start();
      if (blocked) return blocked;
    }
  }
  if (reader === null) {
    const blocked = start();
    if (blocked) return blocked;
  }
  const ready = reader as LedgerReader | null;
  if (ready === null || detection === null) {
    return {
      kind: "blocked",
      shape,
      detection,
      problems: [ledgerProblem("sourceEmpty", "blocking")],
      error: null,
    };
  }
  const master = request.master ? await readMaster(host, request.master, options, date1904) : null;
  const result = ageLedger(ready.finish(), {
    asOf: request.asOf,
    basis: request.basis ?? "due",
    edges: request.edges ?? DEFAULT_BUCKET_EDGES,
    lossRates: request.lossRates ?? null,
    sales: request.sales ?? null,
    master,
  });
  if (isCreditError(result)) return { kind: "blocked", shape, detection, problems: [], error: result };
  return { kind: "done", shape, detection, mapping, result, master };
}

/** Fields that settle each "no such column" problem when the user maps one of them by hand. */
const SETTLED_BY: Readonly<Record<string, readonly (keyof ColumnMapping)[]>> = {
  ledgerNoCustomerColumn: ["customer"],
  ledgerNoAmountColumn: ["amount", "open"],
  ledgerNoDateColumn: ["dueDate", "invoiceDate"],
};

/**
 * A blocking problem the user fixed by hand does not block: a missing column they mapped, or a header
 * row the search missed that they named (with the essential columns mapped).
 */
function overridden(problem: LedgerProblem, request: AgingRequest): boolean {
  const mapping = request.mapping ?? {};
  const mapped = (field: keyof ColumnMapping): boolean => mapping[field] !== undefined;
  const settledBy = SETTLED_BY[problem.id];
  if (settledBy !== undefined) return settledBy.some(mapped);
  if (problem.id === "headerRowNotFound") {
    return (
      request.headerRow !== undefined && Object.values(SETTLED_BY).every((fields) => fields.some(mapped))
    );
  }
  const field = problem.params.field;
  return typeof field === "string" && field in mapping;
}

async function readMaster(
  host: WorkbookHost,
  source: SourceRef,
  options: RunOptions,
  date1904: boolean,
): Promise<CustomerMaster> {
  const shape = await host.describe(source);
  const rows = await readAll(host, source, { signal: options.signal });
  return readCustomerMaster(
    rows,
    {},
    { firstSheetRow: shape.firstRow, firstColumn: shape.firstColumn, date1904 },
  );
}
