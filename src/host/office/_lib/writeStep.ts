/**
 * A sheet write is planned as steps (a block of cells, a block of number formats, one table, one
 * chart, …), each knowing its size; steps are packed into batches and each batch is one request.
 */
import { MAX_BLOCK_ROWS } from "../blockRows";
import { PAYLOAD_BUDGET_BYTES } from "./payload";

/** A table added under a temporary name; it takes its final name when the sheet is committed. */
export interface PendingTable {
  readonly table: Excel.Table;
  readonly finalName: string;
}

/** What a step writes into: the temporary sheet, and the tables created on it so far. */
export interface StepTarget {
  readonly sheet: Excel.Worksheet;
  readonly tables: PendingTable[];
  /** A table name no other table in the workbook holds (table names are workbook-wide). */
  readonly temporaryTableName: () => string;
}

/** One part of a sheet write. */
export interface WriteStep {
  /** Sheet rows the step writes cell by cell (0 for formatting that is one value for a range). */
  readonly rows: number;
  /** Estimated request bytes. */
  readonly bytes: number;
  /** Spec cells the step writes (for progress). */
  readonly cells: number;
  /** Queues the step's commands; never syncs. */
  readonly apply: (target: StepTarget) => void;
}

/**
 * Consecutive steps grouped into batches of at most `maxRows` rows and `maxBytes` bytes; a step
 * larger than that on its own (the planners never make one) gets a batch to itself.
 *
 * @example
 * packSteps([cells15k, cells15k, tableStep]).map((batch) => batch.length); // [1, 2]
 */
export function packSteps(
  steps: readonly WriteStep[],
  maxRows: number = MAX_BLOCK_ROWS,
  maxBytes: number = PAYLOAD_BUDGET_BYTES,
): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let batch: WriteStep[] = [];
  let rows = 0;
  let bytes = 0;
  for (const step of steps) {
    if (batch.length > 0 && (rows + step.rows > maxRows || bytes + step.bytes > maxBytes)) {
      batches.push(batch);
      batch = [];
      rows = 0;
      bytes = 0;
    }
    batch.push(step);
    rows += step.rows;
    bytes += step.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
