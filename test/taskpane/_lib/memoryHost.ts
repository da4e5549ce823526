/**
 * An in-memory WorkbookHost for the task pane's tests: a few sheets and tables of RawCell rows, read in
 * small blocks with progress and cancellation like a real host, and a record of everything the pane
 * asked of it (reports written, ranges selected, settings, the signals it was handed).
 */
import { cellCount, rangeAddress, type SheetSpec } from "../../../src/core/report";
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
  throwIfCancelled,
  type WorkbookHost,
  type WriteResult,
} from "../../../src/host";

/** A worksheet whose used range starts at `firstRow`, `firstColumn` (both 1-based, default 1). */
export interface MemorySheet {
  readonly name: string;
  readonly rows: readonly (readonly RawCell[])[];
  readonly firstRow?: number;
  readonly firstColumn?: number;
  readonly owned?: boolean;
  readonly visible?: boolean;
}

/** An Excel table: its header row and data rows, placed on `sheet` at `firstRow`, `firstColumn`. */
export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly rows: readonly (readonly RawCell[])[];
  readonly firstRow: number;
  readonly firstColumn: number;
}

interface Placed {
  readonly sheet: string;
  readonly rows: readonly (readonly RawCell[])[];
  readonly firstRow: number;
  readonly firstColumn: number;
}

/** The fake host; its fields are public so tests can inspect and steer it. */
export class MemoryHost implements WorkbookHost {
  readonly kind = "memory";
  readonly sheets: MemorySheet[];
  readonly tables: MemoryTable[];
  readonly settings = new Map<string, SettingValue>();
  /** Every report written, in order. */
  readonly written: SheetSpec[] = [];
  /** Every range selected, in order. */
  readonly selections: { sheet: string; address: string }[] = [];
  /** The options of every full read (`readRows` without `blockRows`), so tests can check the signal. */
  readonly runOptions: RunOptions[] = [];
  /**
   * Rows per block of a full read: small, so a test sees several blocks, but holding a title and the
   * header, because runAging detects the columns on the first block alone (real hosts read thousands).
   */
  blockRows = 4;
  /** Awaited before block `index` of a full read is yielded: lets a test hold a run in the middle. */
  beforeBlock: ((index: number) => Promise<void> | undefined) | undefined;
  /** Thrown by the next `writeSheet`, when set. */
  writeFailure: Error | undefined;

  constructor(sheets: MemorySheet[], tables: MemoryTable[] = []) {
    this.sheets = sheets;
    this.tables = tables;
  }

  listSheets(): Promise<SheetInfo[]> {
    return Promise.resolve(
      this.sheets.map((sheet) => ({
        name: sheet.name,
        rowCount: sheet.rows.length,
        columnCount: Math.max(0, ...sheet.rows.map((row) => row.length)),
        visible: sheet.visible ?? true,
        ownedByCreditKit: sheet.owned ?? false,
      })),
    );
  }

  listTables(): Promise<TableInfo[]> {
    return Promise.resolve(
      this.tables.map((table) => ({
        name: table.name,
        sheet: table.sheet,
        address: rangeAddress(table.firstRow, table.firstColumn, table.rows.length, width(table.rows)),
        rowCount: table.rows.length,
        headers: (table.rows[0] ?? []).map(headerText),
      })),
    );
  }

  uses1904DateSystem(): Promise<boolean> {
    return Promise.resolve(false);
  }

  describe(source: SourceRef): Promise<SourceShape> {
    try {
      const placed = this.place(source);
      return Promise.resolve({
        sheet: placed.sheet,
        firstRow: placed.firstRow,
        firstColumn: placed.firstColumn,
        rowCount: placed.rows.length,
        columnCount: width(placed.rows),
      });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  async *readRows(
    source: SourceRef,
    options: RunOptions & { readonly blockRows?: number } = {},
  ): AsyncIterable<ReadBlock> {
    const placed = this.place(source);
    const full = options.blockRows === undefined;
    if (full) this.runOptions.push(options);
    const size = options.blockRows ?? this.blockRows;
    const total = placed.rows.length;
    for (let start = 0, index = 0; start < total; start += size, index++) {
      if (full) await this.beforeBlock?.(index);
      throwIfCancelled(options.signal);
      const rows = placed.rows.slice(start, start + size);
      yield { firstRow: placed.firstRow + start, rows };
      options.onProgress?.({ phase: "read", done: Math.min(total, start + size), total });
    }
  }

  getSetting(key: string): Promise<SettingValue | undefined> {
    return Promise.resolve(this.settings.get(key));
  }

  setSetting(key: string, value: SettingValue): Promise<void> {
    // A JSON round trip, as a workbook stores it: anything that is not JSON would be lost here too.
    this.settings.set(key, JSON.parse(JSON.stringify(value)) as SettingValue);
    return Promise.resolve();
  }

  writeSheet(spec: SheetSpec, options: RunOptions = {}): Promise<WriteResult> {
    throwIfCancelled(options.signal);
    if (this.writeFailure !== undefined) return Promise.reject(this.writeFailure);
    const existing = this.sheets.findIndex((sheet) => sheet.name.toLowerCase() === spec.name.toLowerCase());
    const previous = this.sheets[existing];
    if (previous !== undefined && previous.owned !== true) {
      return Promise.reject(new HostError("sheetNotOwned", { sheet: previous.name }));
    }
    this.written.push(spec);
    const sheet: MemorySheet = { name: spec.name, rows: [], owned: true };
    if (previous === undefined) this.sheets.push(sheet);
    else this.sheets[existing] = sheet;
    options.onProgress?.({ phase: "write", done: 1, total: 1 });
    return Promise.resolve({ sheet: spec.name, replaced: previous !== undefined, cells: cellCount(spec) });
  }

  selectRange(sheet: string, address: string): Promise<void> {
    this.selections.push({ sheet, address });
    return Promise.resolve();
  }

  private place(source: SourceRef): Placed {
    if (source.kind === "table") {
      const table = this.tables.find((t) => t.name === source.table);
      if (table === undefined) throw new HostError("tableNotFound", { table: source.table });
      return table;
    }
    const sheet = this.sheets.find((s) => s.name === source.sheet);
    if (sheet === undefined) throw new HostError("sheetNotFound", { sheet: source.sheet });
    return {
      sheet: sheet.name,
      rows: sheet.rows,
      firstRow: sheet.firstRow ?? 1,
      firstColumn: sheet.firstColumn ?? 1,
    };
  }
}

function headerText(cell: RawCell): string {
  if (cell === null) return "";
  return typeof cell === "object" ? cell.error : String(cell);
}

function width(rows: readonly (readonly RawCell[])[]): number {
  return Math.max(0, ...rows.map((row) => row.length));
}

/** A promise with its resolve function, to hold a fake host in the middle of a run. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
