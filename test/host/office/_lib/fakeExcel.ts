/**
 * A counting fake of the Excel object model, just large enough for the Office adapter.
 *
 * Like Office.js, every call on a proxy only queues a command; `context.sync()` carries the queue
 * out in order, and loaded properties are readable only after it. Object paths (getItem by name,
 * the used range, a table's range) are resolved when a command first runs, as Excel resolves them.
 * A request is not a transaction: when a command fails, the ones before it have taken effect.
 *
 * The fake records every sync with the bytes it carried (the UTF-8 length of the JSON of every
 * value written and every value loaded), and every write with the sheet it touched, so tests can
 * check block sizes, sync counts and which sheets a write reached. It enforces Excel on the web's
 * 5 MB payload limit and a few of Excel's refusals (duplicate names, hiding or deleting the last
 * visible sheet, activating a hidden sheet, a 2-D array whose shape differs from its range).
 */
import { MAX_ROWS, parseCellAddress, rangeAddress } from "../../../../src/core/report";

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** An error as Office.js raises it (OfficeExtension.Error has a string `code`). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** A cell value as the fake stores it. */
export type FakeValue = number | string | boolean | null | { readonly error: string };

/** A worksheet of the fake workbook. */
export interface FakeSheet {
  readonly id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  /** Row-major values; undefined rows and cells are empty. */
  values: (FakeValue[] | undefined)[];
  /** Formulas by "row,column" (0-based). */
  formulas: Map<string, string>;
  /** Number formats by "row,column" (0-based). */
  numberFormats: Map<string, string>;
  formats: { address: string; property: string; value: unknown }[];
  conditionalFormats: { address: string; type: string; settings: Record<string, unknown> }[];
  charts: { type: string; source: string; seriesBy: string; settings: Record<string, unknown> }[];
  validations: { address: string; settings: Record<string, unknown> }[];
  columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  merges: string[];
}

/** A table of the fake workbook; the range includes the header row and, when shown, the totals row. */
export interface FakeTable {
  name: string;
  sheetId: number;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  style: string;
  showTotals: boolean;
  showBandedRows: boolean;
}

/** One sync: what it carried and what it wrote. */
export interface SyncRecord {
  /** 1-based over the workbook's life. */
  readonly index: number;
  commands: number;
  /** Bytes written (cell values, formulas, formats, settings). */
  requestBytes: number;
  /** Bytes loaded (values, value types, …). */
  responseBytes: number;
  /** Rows written through values / formulas / numberFormat arrays, and rows loaded. */
  rowsWritten: number;
  rowsLoaded: number;
  failed: boolean;
}

/** A command that changed a sheet (or, with sheetId -1, a workbook setting). */
export interface WriteRecord {
  readonly sync: number;
  readonly sheetId: number;
  readonly sheetName: string;
  readonly kind: string;
}

interface Command {
  readonly requestBytes: number;
  readonly rowsWritten: number;
  readonly run: (sync: SyncRecord) => void;
}

interface Geometry {
  readonly r: number;
  readonly c: number;
  readonly n: number;
  readonly m: number;
}

/** UTF-8 bytes of a value's JSON: an independent measure (the adapter counts its own way). */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

const key = (r: number, c: number) => `${r},${c}`;

function notLoaded(property: string): never {
  throw new Error(`PropertyNotLoaded: ${property} was read without load() and sync()`);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function addressOf(sheet: FakeSheet, g: Geometry): string {
  return `${quoteSheet(sheet.name)}!${localAddress(g)}`;
}

/** The address without a sheet name: what formats, charts and rules are recorded under. */
function localAddress(g: Geometry): string {
  return rangeAddress(g.r + 1, g.c + 1, g.n, g.m);
}

function parseAddress(address: string): Geometry {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [a, b, extra] = local.split(":");
  const start = parseCellAddress(a ?? "");
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end || extra !== undefined)
    throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return {
    r: Math.min(start.row, end.row) - 1,
    c: Math.min(start.column, end.column) - 1,
    n: Math.abs(end.row - start.row) + 1,
    m: Math.abs(end.column - start.column) + 1,
  };
}

/** What Excel makes of text typed into a cell (a small, deliberate subset). */
function typed(text: string): { value: FakeValue; formula?: string } {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[=+]/.test(text) || /^-\D/.test(text))
    return { value: null, formula: text.startsWith("=") ? text : `=${text}` };
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { value: Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!) / 86_400_000 + 25_569 };
  // "1-30" is read as a day and month of the current year; any serial will do to show the loss.
  const dayMonth = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (dayMonth) return { value: 46_000 + Number(dayMonth[1]) + Number(dayMonth[2]) };
  return { value: text };
}

function checkShape(matrix: unknown, g: Geometry, what: string): unknown[][] {
  if (
    !Array.isArray(matrix) ||
    matrix.length !== g.n ||
    matrix.some((row) => !Array.isArray(row) || row.length !== g.m)
  )
    throw new FakeOfficeError("InvalidArgument", `${what}: the array does not match the range ${g.n}×${g.m}`);
  return matrix as unknown[][];
}

/** The fake workbook: its state, its request log, and `run` (a stand-in for Excel.run). */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  settings = new Map<string, unknown>();
  activeSheetId = 0;
  selection: { sheetId: number; address: string } | null = null;
  readonly syncs: SyncRecord[] = [];
  readonly writes: WriteRecord[] = [];
  runs = 0;
  private nextId = 1;
  private failures = new Map<number, { afterCommands: number; code: string }>();

  /** Stand-in for Excel.run: a new request context per batch. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  };

  /** Adds a sheet (test setup, not a recorded write); the first sheet added is active. */
  addSheet(
    name: string,
    rows: readonly (readonly FakeValue[])[] = [],
    visibility: FakeSheet["visibility"] = "Visible",
  ) {
    const sheet = this.newSheet(name);
    sheet.visibility = visibility;
    sheet.values = rows.map((row) => [...row]);
    if (this.sheets.length === 1) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Adds a table over `address` of a sheet (test setup). */
  addTable(name: string, sheet: FakeSheet, address: string, showTotals = false): FakeTable {
    const g = parseAddress(address);
    const table: FakeTable = {
      name,
      sheetId: sheet.id,
      row: g.r,
      column: g.c,
      rowCount: g.n,
      columnCount: g.m,
      style: "TableStyleMedium2",
      showTotals,
      showBandedRows: true,
    };
    this.tables.push(table);
    return table;
  }

  /** Makes sync number `index` (1-based, counted over the workbook's life) fail after `afterCommands` commands. */
  failOnSync(index: number, afterCommands = 0, code = "GeneralException"): void {
    this.failures.set(index, { afterCommands, code });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The values of a sheet as a dense matrix (blank cells as null). */
  valuesOf(sheet: FakeSheet): FakeValue[][] {
    const width = Math.max(0, ...sheet.values.map((row) => row?.length ?? 0));
    return sheet.values.map((row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
  }

  /** Everything a user could see or rely on, for "exactly as it was" comparisons. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({
          ...s,
          formulas: [...s.formulas].sort(),
          numberFormats: [...s.numberFormats].sort(),
          columnWidths: [...s.columnWidths].sort(),
        })),
        tables: this.tables,
        settings: [...this.settings].sort(),
        activeSheetId: this.activeSheetId,
      }),
    ) as unknown;
  }

  // ---- used by the proxies ----

  newSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeOfficeError("InvalidArgument", `bad sheet name ${name}`);
    const sheet: FakeSheet = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      values: [],
      formulas: new Map(),
      numberFormats: new Map(),
      formats: [],
      conditionalFormats: [],
      charts: [],
      validations: [],
      columnWidths: new Map(),
      freeze: null,
      merges: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  alive(sheet: FakeSheet | null | undefined): FakeSheet | null {
    return sheet && this.sheets.includes(sheet) ? sheet : null;
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }

  async execute(commands: Command[]): Promise<void> {
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      commands: commands.length,
      requestBytes: commands.reduce((n, c) => n + c.requestBytes, 0),
      responseBytes: 0,
      rowsWritten: commands.reduce((n, c) => n + c.rowsWritten, 0),
      rowsLoaded: 0,
      failed: false,
    };
    this.syncs.push(record);
    await Promise.resolve();
    const fail = (error: FakeOfficeError): never => {
      record.failed = true;
      throw error;
    };
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES)
      fail(new FakeOfficeError("RequestPayloadSizeLimitExceeded"));
    const failure = this.failures.get(record.index);
    for (let i = 0; i < commands.length; i++) {
      if (failure && i === failure.afterCommands) fail(new FakeOfficeError(failure.code, "injected failure"));
      try {
        commands[i]!.run(record);
      } catch (error) {
        if (error instanceof FakeOfficeError) fail(error);
        throw error;
      }
    }
    if (failure && failure.afterCommands >= commands.length)
      fail(new FakeOfficeError(failure.code, "injected failure"));
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES)
      fail(new FakeOfficeError("ResponsePayloadSizeLimitExceeded"));
  }

  recordWrite(sync: SyncRecord, sheet: FakeSheet | null, kind: string): void {
    this.writes.push({ sync: sync.index, sheetId: sheet?.id ?? -1, sheetName: sheet?.name ?? "", kind });
  }

  usedGeometry(sheet: FakeSheet): Geometry | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    sheet.values.forEach((row, r) => {
      row?.forEach((value, c) => {
        if (value === null || value === "" || value === undefined) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    for (const k of sheet.formulas.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (top < 0 || r < top) top = r;
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return top < 0 ? null : { r: top, c: left, n: bottom - top + 1, m: right - left + 1 };
  }

  cellValue(sheet: FakeSheet, r: number, c: number): FakeValue {
    return sheet.values[r]?.[c] ?? null;
  }

  setCell(sheet: FakeSheet, r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const row = (sheet.values[r] ??= []);
    sheet.formulas.delete(key(r, c));
    if (typeof input === "string") {
      const cell = typed(input);
      row[c] = cell.value;
      if (cell.formula) sheet.formulas.set(key(r, c), cell.formula);
    } else row[c] = input as FakeValue;
  }
}

class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: Command[] = [];

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(run: (sync: SyncRecord) => void, requestBytes = 0, rowsWritten = 0): void {
    this.queue.push({ run, requestBytes, rowsWritten });
  }

  /** A command that changes a sheet, recorded against the sheet it reached. */
  write(
    sheet: () => FakeSheet,
    kind: string,
    apply: (sheet: FakeSheet, sync: SyncRecord) => void,
    requestBytes = 0,
    rowsWritten = 0,
  ): void {
    this.enqueue(
      (sync) => {
        const target = sheet();
        this.book.recordWrite(sync, target, kind);
        apply(target, sync);
      },
      requestBytes,
      rowsWritten,
    );
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    await this.book.execute(commands);
  }
}

/** Loaded properties of a proxy, readable after the sync that loaded them. */
class Loaded {
  private values = new Map<string, unknown>();
  isNull: boolean | undefined;

  set(property: string, value: unknown): void {
    this.values.set(property, value);
  }

  get<T>(property: string): T {
    if (!this.values.has(property)) notLoaded(property);
    return this.values.get(property) as T;
  }
}

function propertyList(properties: string | string[]): string[] {
  const list = Array.isArray(properties) ? properties : properties.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
  }
}

class WorksheetCollectionProxy {
  private loadedItems: WorksheetProxy[] | undefined;

  constructor(private readonly context: FakeContext) {}

  get items(): WorksheetProxy[] {
    return this.loadedItems ?? notLoaded("items");
  }

  load(properties: string | string[]): this {
    const props = propertyList(properties).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      this.loadedItems = this.context.book.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.context, () => sheet);
        proxy.fill(sheet, props);
        return proxy;
      });
    });
    return this;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.book.sheet(name) ?? null, false);
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.book.sheet(name) ?? null, true);
  }

  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.context.enqueue((sync) => {
      created = this.context.book.newSheet(name);
      this.context.book.recordWrite(sync, created, "addSheet");
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

class WorksheetProxy {
  private readonly loaded = new Loaded();
  private resolved: FakeSheet | null | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly find: () => FakeSheet | null,
    /** Made by an *OrNullObject method: a missing sheet loads as a null object instead of failing. */
    private readonly nullable = false,
  ) {}

  /** The sheet, resolved on first use and followed through renames; null when missing or deleted. */
  resolveOrNull(): FakeSheet | null {
    if (this.resolved === undefined) this.resolved = this.find();
    return this.context.book.alive(this.resolved);
  }

  resolve = (): FakeSheet => {
    const sheet = this.resolveOrNull();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "worksheet not found");
    return sheet;
  };

  fill(sheet: FakeSheet, props: string[]): void {
    for (const p of props) this.loaded.set(p, (sheet as unknown as Record<string, unknown>)[p]);
    this.loaded.isNull = false;
  }

  load(properties: string | string[]): this {
    this.context.enqueue(() => {
      const sheet = this.nullable ? this.resolveOrNull() : this.resolve();
      this.loaded.isNull = sheet === null;
      if (sheet) this.fill(sheet, propertyList(properties));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.isNull ?? notLoaded("isNullObject");
  }

  get name(): string {
    return this.loaded.get("name");
  }

  set name(name: string) {
    this.context.write(this.resolve, "rename", (sheet) => {
      const holder = this.context.book.sheet(name);
      if (holder && holder !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument");
      sheet.name = name;
    });
  }

  get visibility(): string {
    return this.loaded.get("visibility");
  }

  set visibility(visibility: FakeSheet["visibility"]) {
    this.context.write(this.resolve, "visibility", (sheet) => {
      if (
        visibility !== "Visible" &&
        sheet.visibility === "Visible" &&
        this.context.book.visibleCount() === 1
      )
        throw new FakeOfficeError("InvalidOperation", "cannot hide the last visible sheet");
      if (visibility !== "Visible" && sheet.id === this.context.book.activeSheetId) {
        const next = this.context.book.sheets.find((s) => s !== sheet && s.visibility === "Visible");
        if (next) this.context.book.activeSheetId = next.id;
      }
      sheet.visibility = visibility;
    });
  }

  set tabColor(color: string) {
    this.context.write(this.resolve, "tabColor", (sheet) => {
      sheet.tabColor = color;
    });
  }

  activate(): void {
    this.context.write(this.resolve, "activate", (sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "sheet is hidden");
      this.context.book.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.context.write(this.resolve, "delete", (sheet) => {
      const book = this.context.book;
      if (sheet.visibility === "Visible" && book.visibleCount() === 1)
        throw new FakeOfficeError("InvalidOperation", "cannot delete the last visible sheet");
      book.sheets = book.sheets.filter((s) => s !== sheet);
      book.tables = book.tables.filter((t) => t.sheetId !== sheet.id);
      if (book.activeSheetId === sheet.id)
        book.activeSheetId = book.sheets.find((s) => s.visibility === "Visible")?.id ?? 0;
    });
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, this, () => parseAddress(address));
  }

  getRangeByIndexes(r: number, c: number, n: number, m: number): RangeProxy {
    if (n < 1 || m < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
    return new RangeProxy(this.context, this, () => ({ r, c, n, m }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("the fake only models getUsedRangeOrNullObject(true)");
    return new RangeProxy(this.context, this, (sheet) => this.context.book.usedGeometry(sheet));
  }

  get tables() {
    return {
      add: (range: RangeProxy, hasHeaders: boolean) => {
        let created: FakeTable | null = null;
        this.context.write(this.resolve, "addTable", (sheet) => {
          const g = range.geometryOn(sheet);
          if (!hasHeaders) throw new Error("the fake models tables with headers only");
          created = {
            name: `Table${this.context.book.tables.length + 1}`,
            sheetId: sheet.id,
            row: g.r,
            column: g.c,
            rowCount: g.n,
            columnCount: g.m,
            style: "TableStyleMedium2",
            showTotals: false,
            showBandedRows: true,
          };
          this.context.book.tables.push(created);
        });
        return new TableProxy(this.context, () => created);
      },
    };
  }

  get charts() {
    return {
      add: (type: string, range: RangeProxy, seriesBy: string) => {
        const chart = { type, source: "", seriesBy, settings: {} as Record<string, unknown> };
        this.context.write(this.resolve, "addChart", (sheet) => {
          chart.source = localAddress(range.geometryOn(sheet));
          sheet.charts.push(chart);
        });
        const set = (property: string) => (value: unknown) =>
          this.context.write(this.resolve, `chart.${property}`, () => {
            chart.settings[property] = value;
          });
        return {
          title: {
            set text(value: string) {
              set("title")(value);
            },
          },
          setPosition: (cell: string) => set("position")(cell),
          set width(value: number) {
            set("width")(value);
          },
          set height(value: number) {
            set("height")(value);
          },
        };
      },
    };
  }

  get freezePanes() {
    const freeze = (rows: number, columns: number) =>
      this.context.write(this.resolve, "freeze", (sheet) => {
        sheet.freeze = { rows, columns };
      });
    return {
      freezeRows: (count: number) => freeze(count, 0),
      freezeColumns: (count: number) => freeze(0, count),
      freezeAt: (range: RangeProxy) =>
        this.context.write(this.resolve, "freeze", (sheet) => {
          const g = range.geometryOn(sheet);
          if (g.r !== 0 || g.c !== 0) throw new FakeOfficeError("InvalidArgument");
          sheet.freeze = { rows: g.n, columns: g.m };
        }),
    };
  }
}

class RangeProxy {
  private readonly loaded = new Loaded();

  constructor(
    private readonly context: FakeContext,
    readonly worksheet: WorksheetProxy,
    private readonly where: (sheet: FakeSheet) => Geometry | null,
  ) {}

  geometryOn(sheet: FakeSheet): Geometry {
    if (this.worksheet.resolve() !== sheet)
      throw new FakeOfficeError("InvalidArgument", "range of another sheet");
    const g = this.where(sheet);
    if (!g) throw new FakeOfficeError("ItemNotFound", "empty range");
    return g;
  }

  load(properties: string | string[]): this {
    this.context.enqueue((sync) => {
      const sheet = this.worksheet.resolve();
      const g = this.where(sheet);
      this.loaded.isNull = g === null;
      if (!g) return;
      for (const p of propertyList(properties)) {
        const value = this.property(sheet, g, p);
        this.loaded.set(p, value);
        if (Array.isArray(value)) sync.responseBytes += jsonBytes(value);
      }
      sync.rowsLoaded += g.n;
    });
    return this;
  }

  private property(sheet: FakeSheet, g: Geometry, property: string): unknown {
    const matrix = <T>(cell: (r: number, c: number) => T): T[][] =>
      Array.from({ length: g.n }, (_, i) => Array.from({ length: g.m }, (_, j) => cell(g.r + i, g.c + j)));
    const book = this.context.book;
    switch (property) {
      case "address":
        return addressOf(sheet, g);
      case "rowCount":
        return g.n;
      case "columnCount":
        return g.m;
      case "values":
        return matrix((r, c) => {
          const v = book.cellValue(sheet, r, c);
          if (v === null) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "valueTypes":
        return matrix((r, c) => {
          const v = book.cellValue(sheet, r, c);
          if (v === null || v === "") return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      default:
        throw new Error(`the fake does not model Range.${property}`);
    }
  }

  get isNullObject(): boolean {
    return this.loaded.isNull ?? notLoaded("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }

  private writeCells(kind: "values" | "formulas", matrix: unknown[][]): void {
    this.context.write(
      this.worksheet.resolve,
      kind,
      (sheet) => {
        const g = this.geometryOn(sheet);
        checkShape(matrix, g, kind).forEach((row, i) =>
          row.forEach((cell, j) => this.context.book.setCell(sheet, g.r + i, g.c + j, cell)),
        );
      },
      jsonBytes(matrix),
      matrix.length,
    );
  }

  set values(matrix: unknown[][]) {
    this.writeCells("values", matrix);
  }

  set formulas(matrix: unknown[][]) {
    this.writeCells("formulas", matrix);
  }

  set numberFormat(matrix: unknown[][]) {
    this.context.write(
      this.worksheet.resolve,
      "numberFormat",
      (sheet) => {
        const g = this.geometryOn(sheet);
        checkShape(matrix, g, "numberFormat").forEach((row, i) =>
          row.forEach((format, j) => {
            if (typeof format === "string") sheet.numberFormats.set(key(g.r + i, g.c + j), format);
          }),
        );
      },
      jsonBytes(matrix),
      matrix.length,
    );
  }

  /** A recorded setting of a range property (format, validation, conditional format). */
  private setter(kind: string, store: (sheet: FakeSheet, address: string, value: unknown) => void) {
    return (value: unknown) =>
      this.context.write(
        this.worksheet.resolve,
        kind,
        (sheet) => store(sheet, localAddress(this.geometryOn(sheet)), value),
        jsonBytes(value),
      );
  }

  get format() {
    const property = (name: string) =>
      this.setter(`format.${name}`, (sheet, address, value) => {
        if (name === "columnWidth") {
          const g = this.geometryOn(sheet);
          for (let c = g.c; c < g.c + g.m; c++) sheet.columnWidths.set(c, value as number);
        } else sheet.formats.push({ address, property: name, value });
      });
    return {
      font: {
        set bold(v: boolean) {
          property("font.bold")(v);
        },
        set italic(v: boolean) {
          property("font.italic")(v);
        },
        set color(v: string) {
          property("font.color")(v);
        },
        set size(v: number) {
          property("font.size")(v);
        },
      },
      fill: {
        set color(v: string) {
          property("fill.color")(v);
        },
      },
      set horizontalAlignment(v: string) {
        property("horizontalAlignment")(v);
      },
      set wrapText(v: boolean) {
        property("wrapText")(v);
      },
      set columnWidth(v: number) {
        property("columnWidth")(v);
      },
    };
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const format = { address: "", type, settings: {} as Record<string, unknown> };
        this.context.write(this.worksheet.resolve, "conditionalFormat", (sheet) => {
          format.address = localAddress(this.geometryOn(sheet));
          sheet.conditionalFormats.push(format);
        });
        const set = (name: string) =>
          this.setter(`conditionalFormat.${name}`, (_sheet, _address, value) => {
            format.settings[name] = value;
          });
        return {
          colorScale: {
            set criteria(v: unknown) {
              set("criteria")(v);
            },
          },
          dataBar: {
            positiveFormat: {
              set fillColor(v: string) {
                set("fillColor")(v);
              },
            },
          },
          cellValue: {
            set rule(v: unknown) {
              set("rule")(v);
            },
            format: {
              fill: {
                set color(v: string) {
                  set("fill")(v);
                },
              },
              font: {
                set color(v: string) {
                  set("fontColor")(v);
                },
              },
            },
          },
        };
      },
    };
  }

  get dataValidation() {
    const entry = { address: "", settings: {} as Record<string, unknown> };
    const set = (name: string) =>
      this.setter(`dataValidation.${name}`, (sheet, address, value) => {
        if (!sheet.validations.includes(entry)) {
          entry.address = address;
          sheet.validations.push(entry);
        }
        entry.settings[name] = value;
      });
    return {
      set rule(v: unknown) {
        set("rule")(v);
      },
      set errorAlert(v: unknown) {
        set("errorAlert")(v);
      },
      set prompt(v: unknown) {
        set("prompt")(v);
      },
    };
  }

  merge(across: boolean): void {
    this.setter("merge", (sheet, address) => {
      if (across) throw new Error("the fake models merge(false) only");
      sheet.merges.push(address);
    })(across);
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.context, this.worksheet, (sheet) => {
      const g = this.geometryOn(sheet);
      return { r: 0, c: g.c, n: MAX_ROWS, m: g.m };
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const sheet = this.worksheet.resolve();
      this.context.book.selection = { sheetId: sheet.id, address: addressOf(sheet, this.geometryOn(sheet)) };
    });
  }
}

class TableCollectionProxy {
  private loadedItems: TableProxy[] | undefined;

  constructor(private readonly context: FakeContext) {}

  get items(): TableProxy[] {
    return this.loadedItems ?? notLoaded("items");
  }

  load(properties: string | string[]): this {
    const props = propertyList(properties).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      this.loadedItems = this.context.book.tables.map((table) => {
        const proxy = new TableProxy(this.context, () => table);
        proxy.fill(table, props);
        return proxy;
      });
    });
    return this;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(
      this.context,
      () => this.context.book.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
}

class TableProxy {
  private readonly loaded = new Loaded();
  private resolved: FakeTable | null | undefined;
  readonly worksheet: WorksheetProxy;

  constructor(
    private readonly context: FakeContext,
    private readonly find: () => FakeTable | null,
  ) {
    this.worksheet = new WorksheetProxy(
      context,
      () => context.book.sheets.find((s) => s.id === this.resolve().sheetId) ?? null,
    );
  }

  resolve = (): FakeTable => {
    if (this.resolved === undefined) this.resolved = this.find();
    const table = this.resolved;
    if (!table || !this.context.book.tables.includes(table))
      throw new FakeOfficeError("ItemNotFound", "table");
    return table;
  };

  private sheetOfTable = (): FakeSheet => this.worksheet.resolve();

  fill(table: FakeTable, props: string[]): void {
    for (const p of props) {
      if (p === "worksheet/name") {
        const sheet = this.context.book.sheets.find((s) => s.id === table.sheetId);
        if (sheet) this.worksheet.fill(sheet, ["name"]);
      } else this.loaded.set(p, (table as unknown as Record<string, unknown>)[p]);
    }
  }

  load(properties: string | string[]): this {
    this.context.enqueue(() => this.fill(this.resolve(), propertyList(properties)));
    return this;
  }

  get name(): string {
    return this.loaded.get("name");
  }
  set name(name: string) {
    this.context.write(this.sheetOfTable, "table.name", () => {
      const table = this.resolve();
      const holder = this.context.book.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (holder && holder !== table) throw new FakeOfficeError("ItemAlreadyExists", `table ${name} exists`);
      table.name = name;
    });
  }
  get showTotals(): boolean {
    return this.loaded.get("showTotals");
  }
  set showTotals(show: boolean) {
    this.context.write(this.sheetOfTable, "table.showTotals", () => {
      const table = this.resolve();
      if (table.showTotals !== show) table.rowCount += show ? 1 : -1;
      table.showTotals = show;
    });
  }
  set style(style: string) {
    this.context.write(this.sheetOfTable, "table.style", () => {
      this.resolve().style = style;
    });
  }
  set showBandedRows(show: boolean) {
    this.context.write(this.sheetOfTable, "table.showBandedRows", () => {
      this.resolve().showBandedRows = show;
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, this.worksheet, () => {
      const t = this.resolve();
      return { r: t.row, c: t.column, n: t.rowCount, m: t.columnCount };
    });
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.context, this.worksheet, () => {
      const t = this.resolve();
      return { r: t.row, c: t.column, n: 1, m: t.columnCount };
    });
  }
}

class SettingCollectionProxy {
  constructor(private readonly context: FakeContext) {}

  getItemOrNullObject(name: string) {
    const loaded = new Loaded();
    const book = this.context.book;
    return {
      load: (properties: string) => {
        this.context.enqueue((sync) => {
          loaded.isNull = !book.settings.has(name);
          if (!loaded.isNull && propertyList(properties).includes("value")) {
            loaded.set("value", JSON.parse(JSON.stringify(book.settings.get(name))));
            sync.responseBytes += jsonBytes(book.settings.get(name));
          }
        });
      },
      get isNullObject(): boolean {
        return loaded.isNull ?? notLoaded("isNullObject");
      },
      get value(): unknown {
        return loaded.get("value");
      },
    };
  }

  add(name: string, value: unknown): void {
    // Stored as its JSON, as Excel stores settings in the document.
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue((sync) => {
      this.context.book.recordWrite(sync, null, `setting ${name}`);
      this.context.book.settings.set(name, copy);
    }, jsonBytes(value));
  }
}
