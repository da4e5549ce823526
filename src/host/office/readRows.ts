/**
 * Reading a source in blocks (DESIGN §1): one Excel.run and exactly one `context.sync()` per block,
 * blocks of 5,000–20,000 rows sized so each response stays under 4 MB, cancellation between blocks.
 */
import {
  HostError,
  type ReadBlock,
  type RunOptions,
  type SourceRef,
  type SourceShape,
  throwIfCancelled,
} from "../port";
import { jsonBytes } from "./_lib/payload";
import { isPayloadTooLarge, toHostError } from "./_lib/toHostError";
import { blockRows, SAMPLE_CELLS, SAMPLE_ROWS } from "./blockRows";
import { type ExcelRun } from "./excelRun";
import { locateSource } from "./locateSource";
import { toRawRows } from "./rawCell";

/** Options of a read: cancellation, progress, and a preferred block size (clamped to 5,000–20,000). */
export type ReadOptions = RunOptions & { readonly blockRows?: number };

interface LoadedBlock {
  readonly rows: ReadBlock["rows"];
  /** Response size of the block: its values and value types as JSON. */
  readonly bytes: number;
}

/**
 * The rows of a source, first row first, in blocks. Before the first block one request finds the
 * source and measures a sample of its first rows, so the first block is already sized to its
 * content; each block's measured size then updates the estimate (the largest bytes-per-row seen
 * so far). Should Excel still refuse a block as too large, that block is retried at half the rows.
 * Progress counts rows: 0 first, then after each block, ending at the total.
 *
 * Dates come as the workbook stores them: serials of its own date system. A 1904-system workbook
 * is not converted here (a serial alone does not say whether it is a date); callers ask
 * `uses1904DateSystem()` and convert the columns they know are dates.
 *
 * @example
 * for await (const block of readSourceRows(excelRun, { kind: "sheet", sheet: "Ledger" })) {
 *   parse(block.firstRow, block.rows);
 * }
 */
export async function* readSourceRows(
  run: ExcelRun,
  source: SourceRef,
  options: ReadOptions = {},
): AsyncGenerator<ReadBlock, void, undefined> {
  const { signal, onProgress } = options;
  throwIfCancelled(signal);
  const { shape, sampleBytesPerRow } = await planRead(run, source);
  const total = shape.columnCount === 0 ? 0 : shape.rowCount;
  onProgress?.({ phase: "read", done: 0, total });
  let bytesPerRow = sampleBytesPerRow;
  let done = 0;
  while (done < total) {
    throwIfCancelled(signal);
    const wanted = Math.min(blockRows(bytesPerRow, options.blockRows), total - done);
    const block = await readBlockShrinking(run, shape, done, wanted);
    const firstRow = shape.firstRow + done;
    done += block.rows.length;
    bytesPerRow = Math.max(bytesPerRow, block.bytes / Math.max(1, block.rows.length));
    onProgress?.({ phase: "read", done, total });
    yield { firstRow, rows: block.rows };
  }
}

async function planRead(run: ExcelRun, source: SourceRef) {
  try {
    return await run(async (context) => {
      const shape = await locateSource(context, source);
      const sampleBytesPerRow = await measureSample(context, shape);
      return { shape, sampleBytesPerRow };
    });
  } catch (error) {
    throw toHostError(error);
  }
}

/**
 * Average response bytes of a row over the source's first rows (one sync). The sample is at most
 * 100 rows and about 10,000 cells, so even a sheet 16,384 columns wide samples a small request.
 */
async function measureSample(context: Excel.RequestContext, shape: SourceShape): Promise<number> {
  if (shape.rowCount === 0 || shape.columnCount === 0) return 0;
  const rows = Math.max(
    1,
    Math.min(SAMPLE_ROWS, shape.rowCount, Math.floor(SAMPLE_CELLS / shape.columnCount)),
  );
  const sample = context.workbook.worksheets
    .getItem(shape.sheet)
    .getRangeByIndexes(shape.firstRow - 1, shape.firstColumn - 1, rows, shape.columnCount);
  sample.load("values,valueTypes");
  await context.sync();
  return (jsonBytes(sample.values) + jsonBytes(sample.valueTypes)) / rows;
}

async function readBlockShrinking(
  run: ExcelRun,
  shape: SourceShape,
  offset: number,
  rows: number,
): Promise<LoadedBlock> {
  let attempt = rows;
  for (;;) {
    try {
      return await run((context) => readBlock(context, shape, offset, attempt));
    } catch (error) {
      if (!isPayloadTooLarge(error) || attempt === 1) {
        // The sheet can go while a long read runs (the user deleted it between blocks).
        throw toHostError(error, new HostError("sheetNotFound", { name: shape.sheet }));
      }
      attempt = Math.ceil(attempt / 2);
    }
  }
}

/** One block: one range, two properties, one sync. */
async function readBlock(
  context: Excel.RequestContext,
  shape: SourceShape,
  offset: number,
  rowCount: number,
): Promise<LoadedBlock> {
  const range = context.workbook.worksheets
    .getItem(shape.sheet)
    .getRangeByIndexes(shape.firstRow - 1 + offset, shape.firstColumn - 1, rowCount, shape.columnCount);
  range.load("values,valueTypes");
  await context.sync();
  return {
    rows: toRawRows(range.values, range.valueTypes),
    bytes: jsonBytes(range.values) + jsonBytes(range.valueTypes),
  };
}
