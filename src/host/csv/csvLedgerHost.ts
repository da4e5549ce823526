/**
 * A read-only WorkbookHost over one CSV file, for `creditkit aging` and `check` on exported
 * ledgers. It streams: rows are parsed block by block (papaparse, paused between blocks) and handed
 * to the caller, so a 1,000,000-row ledger never sits in memory as a grid — unlike loading the file
 * into a formula engine.
 */
import Papa from "papaparse";
import {
  HostError,
  type RawCell,
  type ReadBlock,
  type RunOptions,
  type SettingValue,
  type SheetInfo,
  type SourceRef,
  type SourceShape,
  type TableInfo,
  type WorkbookHost,
  type WriteResult,
  throwIfCancelled,
} from "../port";

// Small blocks on purpose: a block's parsed cells must die young. Blocks of tens of thousands of rows
// outlive V8's young generation, get promoted, and a million-row file then spends most of its time in
// the garbage collector (measured: 13 s at 20,000 rows a block, 4 s at 2,000).
const DEFAULT_BLOCK_ROWS = 2_000;
/** Text per papaparse chunk: about 1,300 ledger rows of 50 bytes. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Rows and columns of a CSV text without parsing all of it: rows by counting line breaks (exact
 * unless a quoted field spans lines, and only used for progress and `describe`), columns from the
 * widest of the first rows.
 */
function measureCsv(text: string): { rows: number; columns: number } {
  let rows = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) rows++;
  if (text.length > 0 && !text.endsWith("\n")) rows++;
  const head = Papa.parse<string[]>(text, { preview: 50 }).data;
  const columns = head.reduce((max, row) => Math.max(max, row.length), 0);
  return { rows, columns };
}

/**
 * One CSV file as a single-sheet workbook.
 *
 * @example
 * const host = new CsvLedgerHost(text, "ledger");
 * for await (const block of host.readRows({ kind: "sheet", sheet: "ledger" })) reader.addRows(block.rows, block.firstRow);
 */
export class CsvLedgerHost implements WorkbookHost {
  readonly kind = "csv";
  private shape: SourceShape | null = null;
  private readonly settings = new Map<string, SettingValue>();

  constructor(
    private readonly text: string,
    readonly sheetName: string,
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    const shape = this.measure();
    return Promise.resolve([
      {
        name: this.sheetName,
        rowCount: shape.rowCount,
        columnCount: shape.columnCount,
        visible: true,
        ownedByCreditKit: false,
      },
    ]);
  }

  listTables(): Promise<TableInfo[]> {
    return Promise.resolve([]);
  }

  uses1904DateSystem(): Promise<boolean> {
    return Promise.resolve(false);
  }

  async describe(source: SourceRef): Promise<SourceShape> {
    await Promise.resolve();
    this.check(source);
    return this.measure();
  }

  async *readRows(
    source: SourceRef,
    options: RunOptions & { readonly blockRows?: number } = {},
  ): AsyncIterable<ReadBlock> {
    this.check(source);
    const total = this.measure().rowCount;
    const blockRows = Math.max(1, options.blockRows ?? DEFAULT_BLOCK_ROWS);
    // papaparse hands over whole chunks of records (about CHUNK_BYTES of text each) and is paused after
    // each, which turns its push into the pull the port wants. Chunks rather than per-record steps: a
    // step allocates a result object per record, and on a million-row file the garbage collector then
    // costs more than the parsing.
    let parsed: RawCell[][] = [];
    let parser: Papa.Parser | null = null;
    let finished = false;
    let records = 0;
    const next = (): void => {
      if (parser) {
        parser.resume();
        return;
      }
      Papa.parse<RawCell[]>(this.text, {
        skipEmptyLines: false,
        chunkSize: CHUNK_BYTES,
        chunk: (result: Papa.ParseResult<RawCell[]>, p: Papa.Parser) => {
          parser = p;
          const rows = result.data;
          for (const row of rows) {
            // Blank cells are null, as every host hands them over; the arrays are papaparse's own.
            for (let c = 0; c < row.length; c++) if (row[c] === "") row[c] = null;
          }
          records += rows.length;
          // The empty record after a final newline is not a row of the file.
          if (records > total && isEmptyRecord(rows[rows.length - 1])) rows.pop();
          parsed = rows;
          p.pause();
        },
        complete: () => {
          finished = true;
        },
      });
    };
    let firstRow = 1;
    let done = 0;
    let pending: RawCell[][] = [];
    for (;;) {
      throwIfCancelled(options.signal);
      if (pending.length < blockRows && !finished) {
        next();
        await Promise.resolve();
        pending = pending.length === 0 ? parsed : pending.concat(parsed);
        parsed = [];
        if (pending.length < blockRows && !finished) continue;
      }
      if (pending.length === 0) return;
      const rows = pending.length <= blockRows ? pending : pending.slice(0, blockRows);
      pending = rows === pending ? [] : pending.slice(blockRows);
      done += rows.length;
      options.onProgress?.({ phase: "read", done, total });
      yield { firstRow, rows };
      firstRow += rows.length;
    }
  }

  getSetting(key: string): Promise<SettingValue | undefined> {
    return Promise.resolve(this.settings.get(key));
  }

  setSetting(key: string, value: SettingValue): Promise<void> {
    this.settings.set(key, value);
    return Promise.resolve();
  }

  writeSheet(): Promise<WriteResult> {
    return Promise.reject(
      new HostError("hostFailure", {}, "A CSV file is read-only; reports are written to an .xlsx file."),
    );
  }

  selectRange(): Promise<void> {
    return Promise.resolve();
  }

  private check(source: SourceRef): void {
    if (source.kind === "table") throw new HostError("tableNotFound", { name: source.table });
    if (source.sheet !== this.sheetName) throw new HostError("sheetNotFound", { name: source.sheet });
  }

  private measure(): SourceShape {
    if (this.shape === null) {
      const { rows, columns } = measureCsv(this.text);
      this.shape = {
        sheet: this.sheetName,
        firstRow: 1,
        firstColumn: 1,
        rowCount: rows,
        columnCount: columns,
      };
    }
    return this.shape;
  }
}

function isEmptyRecord(row: readonly RawCell[] | undefined): boolean {
  return row !== undefined && row.every((c) => c === null);
}
