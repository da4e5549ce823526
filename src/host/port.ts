/**
 * The WorkbookHost port (DESIGN §1): everything the task pane and the CLI ask of a workbook. Two
 * implementations: `office/` (Excel through Office.js, the only caller of Excel.run) and
 * `embedded/` (HyperFormula + .xlsx/.csv files, for the playground and the CLI).
 */
import { type SheetSpec } from "../core/report";

/**
 * A cell value as read: numbers (dates as serial numbers of the workbook's date system — see
 * {@link WorkbookHost.uses1904DateSystem}), text, booleans, `null` for a blank, and Excel errors as
 * `{ error: "#N/A" }` so a report can name them instead of reading them as text.
 */
export type RawCell = number | string | boolean | null | { readonly error: string };

/** A worksheet of the workbook. */
export interface SheetInfo {
  readonly name: string;
  /** Rows and columns of the used range (0 for an empty sheet). */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly visible: boolean;
  /** Written by CreditKit: the only sheets it may replace. */
  readonly ownedByCreditKit: boolean;
}

/** An Excel table (ListObject). */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Address of the whole table including the header row, e.g. "A3:H5002". */
  readonly address: string;
  readonly rowCount: number;
  readonly headers: readonly string[];
}

/** What to read: a sheet's used range, or an Excel table (header row included). */
export type SourceRef =
  { readonly kind: "sheet"; readonly sheet: string } | { readonly kind: "table"; readonly table: string };

/** Where a source sits and how big it is, before reading it. */
export interface SourceShape {
  readonly sheet: string;
  /** 1-based sheet row and column of the first cell read. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows read in one request. */
export interface ReadBlock {
  /** 1-based sheet row of `rows[0]`. */
  readonly firstRow: number;
  readonly rows: readonly (readonly RawCell[])[];
}

/** Progress of a long read or write. */
export interface Progress {
  readonly phase: "read" | "write";
  readonly done: number;
  readonly total: number;
}

/** Cancellation and progress for a long operation. */
export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

/** Settings are JSON, stored in the workbook so the whole team shares them. */
export type SettingValue =
  string | number | boolean | null | readonly SettingValue[] | { readonly [key: string]: SettingValue };

/** What a sheet write did. */
export interface WriteResult {
  readonly sheet: string;
  /** True when an earlier CreditKit sheet of that name was replaced. */
  readonly replaced: boolean;
  readonly cells: number;
}

/** The port. Every method may reject with a {@link HostError}. */
export interface WorkbookHost {
  /** A short name for messages and logs ("Excel", "embedded"). */
  readonly kind: string;
  listSheets(): Promise<SheetInfo[]>;
  listTables(): Promise<TableInfo[]>;
  /**
   * True when date serials read from this workbook are 1904-system serials, which the caller
   * converts (a host cannot tell a date column from a number column). A host that already
   * converted its dates on load (the embedded host, whose .xlsx reader sees real dates) says false.
   */
  uses1904DateSystem(): Promise<boolean>;
  /** Position and size of a source, without reading its values. */
  describe(source: SourceRef): Promise<SourceShape>;
  /** The rows of a source in blocks, first row first. */
  readRows(
    source: SourceRef,
    options?: RunOptions & { readonly blockRows?: number },
  ): AsyncIterable<ReadBlock>;
  getSetting(key: string): Promise<SettingValue | undefined>;
  setSetting(key: string, value: SettingValue): Promise<void>;
  /**
   * Writes a sheet CreditKit owns, replacing its previous version. Refuses a name held by a sheet
   * CreditKit did not write. All or nothing: a failed or cancelled write leaves the workbook as it was.
   */
  writeSheet(spec: SheetSpec, options?: RunOptions): Promise<WriteResult>;
  /** Selects a range (shows the user the cells a message is about). */
  selectRange(sheet: string, address: string): Promise<void>;
}

/** Why a host operation failed; the task pane and CLI translate `code` for the user. */
export type HostErrorCode =
  | "cancelled"
  | "sheetNotFound"
  | "tableNotFound"
  | "sheetNotOwned"
  | "invalidSheetName"
  | "fileUnreadable"
  | "hostFailure";

/** A host failure as data: a code, the names it is about, and the underlying cause for logs. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly causeText?: string,
  ) {
    super(
      `${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}${causeText ? `: ${causeText}` : ""}`,
    );
    this.name = "HostError";
  }
}

/** Settings key that lists the sheets CreditKit wrote (and so may replace). */
export const OWNED_SHEETS_SETTING = "creditkit.ownedSheets";

/**
 * Throws a `cancelled` HostError when the signal is aborted; hosts call it between blocks.
 *
 * @example
 * throwIfCancelled(options.signal);
 */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError("cancelled");
}
