/**
 * The embedded workbook host (DESIGN §1): one HyperFormula engine with the CREDIT functions, plus
 * what HyperFormula does not keep (formats, tables, rules, layout, settings), read from and written
 * to .xlsx with exceljs. The playground and the CLI use it; it never reads files itself (the caller
 * passes bytes or text), so it runs in a browser as in Node.
 */
import { type HyperFormula, type RawCellContent } from "hyperformula";
import { type SheetSpec, parseCellAddress, sheetNameProblem } from "../../core/report";
import { type SupportedLanguage } from "../../i18n";
import {
  HostError,
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
import { formulaContent, valueContent } from "./_lib/cellContent";
import { type CellPlace, placeKey } from "./_lib/hfInternals";
import { type Rect, cellKey, parseRect } from "./_lib/rect";
import { csvCells } from "./csvContent";
import { recalculateEverything } from "./fullRecalculation";
import { createEngine } from "./engine";
import { type CreditEngineContext, createEngineContext } from "./engineContext";
import { type EvaluationResult } from "./evaluationResult";
import { keepUnreadableFormulas, rememberSourceFormulas } from "./fileFormulas";
import { SCRATCH_SHEET, evaluateInScratch } from "./scratchEvaluation";
import { SETTINGS_SHEET } from "./settingsSheet";
import { cellEvaluation, rawRows, rawRowsOf, usedRect, usedRectOf } from "./sheetCells";
import { type SheetLayout, sheetLayoutOf } from "./sheetLayout";
import { type SheetMeta, emptySheetMeta } from "./sheetMeta";
import { type FormulaCell, sheetFormulaCells, sheetToWrite } from "./sheetSnapshot";
import { buildSheetContent } from "./sheetSpecContent";
import { forgetLearnedSizes, retryBlockedSpills, settleSpills } from "./spillSettling";
import { tableInfo, tableShape, uniqueTableNames } from "./tableInfo";
import { cloneSetting, ownedSheets, sameSheetName, setOwned, storeCharts } from "./workbookSettings";
import { readXlsx } from "./xlsxRead";
import { writeXlsx } from "./xlsxWrite";

export { type FormulaCell } from "./sheetSnapshot";
export { type SheetLayout } from "./sheetLayout";

/** Options of a new workbook. */
export interface EmbeddedWorkbookOptions {
  /** Language of the CREDIT functions' error messages (default English). */
  readonly language?: SupportedLanguage;
}

/** A cell content for {@link EmbeddedWorkbook.setCell}: text starting with "=" is a formula. */
export type CellContent = string | number | boolean | null;

/** A sheet to start a workbook with. */
interface InitialSheet {
  readonly name: string;
  readonly content: RawCellContent[][];
  readonly meta: SheetMeta;
}

const DEFAULT_BLOCK_ROWS = 10_000;

function failure(params: Record<string, string>, error: unknown): HostError {
  return error instanceof HostError
    ? error
    : new HostError("hostFailure", params, error instanceof Error ? error.message : String(error));
}

/**
 * A workbook held in memory and calculated by HyperFormula, implementing {@link WorkbookHost}.
 *
 * @example
 * const workbook = EmbeddedWorkbook.empty();
 * workbook.evaluate("=CREDIT.GRADE(72)"); // { kind: "value", value: "B" }
 */
export class EmbeddedWorkbook implements WorkbookHost {
  readonly kind = "embedded";
  /** What could not be read exactly from a file (formulas kept at their saved value, bad settings). */
  readonly warnings: string[];
  private readonly context: CreditEngineContext;
  private readonly hf: HyperFormula;
  private readonly metas = new Map<number, SheetMeta>();
  private readonly settings: Map<string, SettingValue>;
  private readonly date1904: boolean;
  private selected: { readonly sheet: string; readonly address: string } | null = null;

  private constructor(
    language: SupportedLanguage,
    sheets: readonly InitialSheet[],
    file: { date1904: boolean; settings: Map<string, SettingValue>; warnings: readonly string[] },
  ) {
    this.context = createEngineContext(language);
    this.hf = createEngine(this.context, sheets);
    for (const sheet of sheets) this.metas.set(this.requireSheet(sheet.name), sheet.meta);
    this.date1904 = file.date1904;
    this.settings = file.settings;
    this.warnings = [...file.warnings];
  }

  /**
   * A workbook with one empty sheet, "Sheet1".
   *
   * @example
   * EmbeddedWorkbook.empty({ language: "zh-CN" }).sheetNames(); // ["Sheet1"]
   */
  static empty(options: EmbeddedWorkbookOptions = {}): EmbeddedWorkbook {
    const sheets = [{ name: "Sheet1", content: [], meta: emptySheetMeta() }];
    return new EmbeddedWorkbook(options.language ?? "en", sheets, {
      date1904: false,
      settings: new Map(),
      warnings: [],
    });
  }

  /**
   * A workbook read from .xlsx bytes: values, formulas (recalculated; one HyperFormula cannot
   * calculate keeps the value Excel saved, with a warning), formats, tables, rules, layout and
   * CreditKit's settings. Rejects with HostError `fileUnreadable` when the bytes are not an .xlsx.
   *
   * @example
   * const workbook = await EmbeddedWorkbook.fromXlsx(bytes, { language: "en" });
   */
  static async fromXlsx(data: Uint8Array, options: EmbeddedWorkbookOptions = {}): Promise<EmbeddedWorkbook> {
    const book = await readXlsx(data);
    const workbook = new EmbeddedWorkbook(options.language ?? "en", book.sheets, book);
    const sheetId = (name: string) => workbook.requireSheet(name);
    workbook.warnings.push(...keepUnreadableFormulas(workbook.hf, book.sheets, sheetId));
    settleSpills(workbook.hf, workbook.context);
    rememberSourceFormulas(workbook.hf, book.sheets, sheetId);
    return workbook;
  }

  /**
   * A workbook of one sheet read from CSV text (see `csvCells`: plain numbers become numbers,
   * everything else stays text for the ledger reader; an empty file is an empty sheet).
   *
   * @example
   * EmbeddedWorkbook.fromCsv("Customer,Amount\nAcme,100", { sheetName: "Ledger" }).sheetNames(); // ["Ledger"]
   */
  static fromCsv(
    text: string,
    options: EmbeddedWorkbookOptions & { readonly sheetName?: string } = {},
  ): EmbeddedWorkbook {
    const name = options.sheetName ?? "Sheet1";
    const problem = sheetNameProblem(name);
    if (problem !== null) throw new HostError("invalidSheetName", { sheet: name, problem });
    const content = csvCells(text).map((row) => row.map(valueContent));
    return new EmbeddedWorkbook(options.language ?? "en", [{ name, content, meta: emptySheetMeta() }], {
      date1904: false,
      settings: new Map(),
      warnings: [],
    });
  }

  /**
   * A workbook of the sheets of `specs`, in order: what {@link writeSheet} would make of them one
   * after the other, built in one pass, which for a sheet of thousands of rows is much faster (the
   * playground's sample opens with it). The sheets are the user's, not CreditKit's own: a report
   * may not replace them. Rejects as `writeSheet` does for a bad name or address, and with
   * HostError `hostFailure` for no sheet or two of the same name.
   *
   * @example
   * const workbook = await EmbeddedWorkbook.fromSheetSpecs([ledgerSpec, scorecardSpec], { language: "en" });
   * workbook.sheetNames(); // ["Ledger", "Scorecard"]
   */
  static async fromSheetSpecs(
    specs: readonly SheetSpec[],
    options: EmbeddedWorkbookOptions = {},
  ): Promise<EmbeddedWorkbook> {
    if (specs.length === 0) throw new HostError("hostFailure", {}, "a workbook has at least one sheet");
    const sheets: InitialSheet[] = [];
    const settings = new Map<string, SettingValue>();
    const takenTables = new Set<string>();
    for (const spec of specs) {
      const problem = sameSheetName(spec.name, SETTINGS_SHEET) ? "reserved" : sheetNameProblem(spec.name);
      if (problem !== null) throw new HostError("invalidSheetName", { sheet: spec.name, problem });
      if (sheets.some((sheet) => sameSheetName(sheet.name, spec.name)))
        throw new HostError("hostFailure", { sheet: spec.name }, "two sheets of the same name");
      const built = await buildSheetContent(spec);
      const tables = uniqueTableNames(built.meta.tables, takenTables);
      for (const table of tables) takenTables.add(table.name.toLowerCase());
      sheets.push({ name: spec.name, content: built.content, meta: { ...built.meta, tables } });
      storeCharts(settings, spec.name, built.charts);
    }
    const workbook = new EmbeddedWorkbook(options.language ?? "en", sheets, {
      date1904: false,
      settings,
      warnings: [],
    });
    workbook.settle();
    return workbook;
  }

  /**
   * The workbook as .xlsx bytes (see `writeXlsx`).
   *
   * @example
   * const bytes = await workbook.toXlsx();
   */
  async toXlsx(): Promise<Uint8Array> {
    return writeXlsx(
      this.sheetIds().map((id) => sheetToWrite(this.hf, id, this.metaOf(id))),
      this.settings,
    );
  }

  /** The language of the CREDIT functions' error messages. */
  get language(): SupportedLanguage {
    return this.context.language;
  }

  /**
   * Switches the language of error messages and recalculates, so every message is re-worded.
   *
   * @example
   * workbook.setLanguage("zh-TW");
   */
  setLanguage(language: SupportedLanguage): void {
    this.context.language = language;
    recalculateEverything(this.hf, this.sheetIds());
    settleSpills(this.hf, this.context);
  }

  /**
   * Evaluates one formula against the workbook in a scratch sheet that is removed again, so
   * references name their sheet (`Sheet1!A1`); a formula that does not parse gives `#ERROR!` with
   * HyperFormula's parser message.
   *
   * @example
   * workbook.evaluate("=CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})"); // { kind: "value", value: 86 }
   */
  evaluate(formula: string): EvaluationResult {
    return evaluateInScratch(this.hf, formula);
  }

  /**
   * Every formula cell and its value after recalculation, sheet by sheet, row by row; a spilled
   * result is reported once, at its anchor, as an array.
   *
   * @example
   * workbook.formulaCells(); // [{ sheet: "Sheet1", address: "B2", value: { kind: "value", value: "B" } }]
   */
  formulaCells(): FormulaCell[] {
    return this.sheetIds().flatMap((id) => sheetFormulaCells(this.hf, id, this.metaOf(id)));
  }

  /**
   * Sets one cell: a number, text (a formula when it starts with "="; other text stays text, even
   * "#N/A" or "12"), a boolean, or `null` to clear.
   *
   * @example
   * workbook.setCell("Sheet1", "B2", "=CREDIT.GRADE(A2)");
   */
  setCell(sheet: string, address: string, content: CellContent): void {
    const place = this.placeOf(sheet, address);
    const key = cellKey(place.row + 1, place.col + 1);
    const meta = this.metaOf(place.sheet);
    meta.keptFormulas.delete(key);
    meta.sourceFormulas.delete(key);
    forgetLearnedSizes(this.context, (cell) => placeKey(cell) === placeKey(place));
    const value = typeof content === "string" && content.startsWith("=") ? content : valueContent(content);
    try {
      this.hf.setCellContents(place, [[value]]);
    } catch (error) {
      throw failure({ sheet, address }, error);
    }
    this.settle();
  }

  /**
   * What a cell shows; at the anchor of a spilled result, the whole array.
   *
   * @example
   * workbook.getCellValue("Sheet1", "B2"); // { kind: "value", value: "B" }
   */
  getCellValue(sheet: string, address: string): EvaluationResult {
    return cellEvaluation(this.hf, this.placeOf(sheet, address));
  }

  /**
   * The formula of a cell as a user would type it, with its "=" (a formula kept at the value the
   * file saved gives the file's text), or undefined for a value, a blank or a cell inside a spill.
   * The playground's formula bar shows it.
   *
   * @example
   * workbook.setCell("Sheet1", "B2", "=CREDIT.GRADE(A2)");
   * workbook.cellFormula("Sheet1", "B2"); // "=CREDIT.GRADE(A2)"
   */
  cellFormula(sheet: string, address: string): string | undefined {
    const place = this.placeOf(sheet, address);
    const kept = this.metaOf(place.sheet).keptFormulas.get(cellKey(place.row + 1, place.col + 1));
    if (kept !== undefined) return formulaContent(kept);
    return this.hf.doesCellHaveFormula(place) ? this.hf.getCellFormula(place) : undefined;
  }

  /**
   * The sheet names in order.
   *
   * @example
   * EmbeddedWorkbook.empty().sheetNames(); // ["Sheet1"]
   */
  sheetNames(): string[] {
    return this.sheetIds().map((id) => this.hf.getSheetName(id) ?? "");
  }

  /**
   * Removes a sheet (formulas that pointed at it show #REF!, as in Excel). A workbook keeps at least
   * one sheet: removing the last is refused (HostError `hostFailure`).
   *
   * @example
   * await report.writeSheet(spec);
   * report.removeSheet("Sheet1"); // the report alone
   */
  removeSheet(sheet: string): void {
    const id = this.requireSheet(sheet);
    if (this.sheetIds().length <= 1)
      throw new HostError("hostFailure", { sheet }, "a workbook keeps at least one sheet");
    const name = this.hf.getSheetName(id) ?? sheet;
    forgetLearnedSizes(this.context, (cell) => cell.sheet === id);
    this.hf.removeSheet(id);
    this.metas.delete(id);
    setOwned(this.settings, name, false);
    storeCharts(this.settings, name, []);
    if (this.selected !== null && sameSheetName(this.selected.sheet, name)) this.selected = null;
    settleSpills(this.hf, this.context);
  }

  /**
   * A sheet's formats, tables, rules and layout.
   *
   * @example
   * workbook.sheetLayout("Aging").tables[0]?.name; // "AgingTable"
   */
  sheetLayout(sheet: string): SheetLayout {
    return sheetLayoutOf(this.metaOf(this.requireSheet(sheet)));
  }

  /** The range last selected with {@link selectRange} (the embedded host has no screen to show it on). */
  get selection(): { readonly sheet: string; readonly address: string } | null {
    return this.selected;
  }

  /** The sheets in order, with their used range, visibility and ownership. */
  async listSheets(): Promise<SheetInfo[]> {
    const owned = ownedSheets(this.settings);
    const sheets = this.sheetIds().map((id) => {
      const name = this.hf.getSheetName(id) ?? "";
      const rect = usedRect(this.hf, id);
      return {
        name,
        rowCount: rect ? rect.bottom - rect.top + 1 : 0,
        columnCount: rect ? rect.right - rect.left + 1 : 0,
        visible: this.metaOf(id).state === "visible",
        ownedByCreditKit: owned.some((n) => sameSheetName(n, name)),
      };
    });
    return Promise.resolve(sheets);
  }

  /** The tables of every sheet, in sheet order. */
  async listTables(): Promise<TableInfo[]> {
    const tables = this.sheetIds().flatMap((id) =>
      this.metaOf(id).tables.map((table) => tableInfo(this.hf, id, this.hf.getSheetName(id) ?? "", table)),
    );
    return Promise.resolve(tables.filter((table): table is TableInfo => table !== null));
  }

  /** True when the file read used the 1904 date system (its dates were converted to 1900 serials). */
  async uses1904DateSystem(): Promise<boolean> {
    return Promise.resolve(this.date1904);
  }

  /** Where a sheet's used range or a table (header included) sits, and its size. */
  async describe(source: SourceRef): Promise<SourceShape> {
    return Promise.resolve(this.shapeOf(source));
  }

  /** The rows of a source in blocks of `blockRows` (default 10,000), progress after each block. */
  async *readRows(
    source: SourceRef,
    options: RunOptions & { readonly blockRows?: number } = {},
  ): AsyncGenerator<ReadBlock> {
    const blockRows = Math.max(1, Math.floor(options.blockRows ?? DEFAULT_BLOCK_ROWS));
    let shape: SourceShape;
    if (source.kind === "sheet") {
      // A sheet that fits one block is read in one pass: its used range is found in the very values
      // the block is cut from (the grid reads a whole sheet on every change).
      const id = this.requireSheet(source.sheet);
      const values = this.hf.getSheetValues(id);
      shape = this.sheetShape(id, source.sheet, usedRectOf(values));
      if (shape.rowCount > 0 && shape.rowCount <= blockRows) {
        throwIfCancelled(options.signal);
        const rows = rawRowsOf(values, {
          top: shape.firstRow,
          left: shape.firstColumn,
          bottom: shape.firstRow + shape.rowCount - 1,
          right: shape.firstColumn + shape.columnCount - 1,
        });
        options.onProgress?.({ phase: "read", done: shape.rowCount, total: shape.rowCount });
        yield { firstRow: shape.firstRow, rows };
        return;
      }
    } else {
      shape = await this.describe(source);
    }
    const sheet = this.requireSheet(shape.sheet);
    for (let done = 0; done < shape.rowCount;) {
      throwIfCancelled(options.signal);
      const count = Math.min(blockRows, shape.rowCount - done);
      const firstRow = shape.firstRow + done;
      const right = shape.firstColumn + shape.columnCount - 1;
      const rows = rawRows(this.hf, sheet, {
        top: firstRow,
        left: shape.firstColumn,
        bottom: firstRow + count - 1,
        right,
      });
      done += count;
      options.onProgress?.({ phase: "read", done, total: shape.rowCount });
      yield { firstRow, rows };
    }
  }

  /** A copy of a setting, or undefined. */
  async getSetting(key: string): Promise<SettingValue | undefined> {
    const value = this.settings.get(key);
    return Promise.resolve(value === undefined ? undefined : cloneSetting(value));
  }

  /** Stores a copy of a setting; `toXlsx` writes the settings to a very hidden sheet. */
  async setSetting(key: string, value: SettingValue): Promise<void> {
    this.settings.set(key, cloneSetting(value));
    return Promise.resolve();
  }

  /**
   * Writes a sheet CreditKit owns (see the port): the new sheet is built completely first and
   * swapped in at the end, so a refusal, a bad address or a cancellation leaves the workbook as it was.
   */
  async writeSheet(spec: SheetSpec, options: RunOptions = {}): Promise<WriteResult> {
    const problem = sameSheetName(spec.name, SETTINGS_SHEET) ? "reserved" : sheetNameProblem(spec.name);
    if (problem !== null) throw new HostError("invalidSheetName", { sheet: spec.name, problem });
    const existing = this.sheetIdOf(spec.name);
    if (existing !== undefined && !ownedSheets(this.settings).some((n) => sameSheetName(n, spec.name))) {
      throw new HostError("sheetNotOwned", { sheet: this.hf.getSheetName(existing) ?? spec.name });
    }
    const built = await buildSheetContent(spec, options);
    const taken = new Set(
      this.sheetIds()
        .filter((id) => id !== existing)
        .flatMap((id) => this.metaOf(id).tables.map((table) => table.name.toLowerCase())),
    );
    const meta = { ...built.meta, tables: uniqueTableNames(built.meta.tables, taken) };
    throwIfCancelled(options.signal);
    const id = this.swapIn(spec.name, existing, built.content);
    this.metas.set(id, meta);
    setOwned(this.settings, spec.name, true);
    storeCharts(this.settings, spec.name, built.charts);
    this.settle();
    options.onProgress?.({ phase: "write", done: built.cells, total: built.cells });
    return { sheet: spec.name, replaced: existing !== undefined, cells: built.cells };
  }

  /** Records the selection (the embedded host has no screen); see {@link selection}. */
  async selectRange(sheet: string, address: string): Promise<void> {
    const id = this.requireSheet(sheet);
    if (!parseRect(address)) throw new HostError("hostFailure", { sheet, address }, "not an A1 range");
    this.selected = { sheet: this.hf.getSheetName(id) ?? sheet, address };
    return Promise.resolve();
  }

  // ——— private ———

  /** After an edit: blocked spills get another chance, resized ones are entered again. */
  private settle(): void {
    retryBlockedSpills(this.hf, this.context);
    settleSpills(this.hf, this.context);
  }

  /** Puts a built sheet in place: new content for an existing sheet, or a new sheet. */
  private swapIn(name: string, existing: number | undefined, content: RawCellContent[][]): number {
    if (existing === undefined) {
      try {
        const id = this.hf.getSheetId(this.hf.addSheet(name));
        if (id === undefined) throw new HostError("hostFailure", { sheet: name }, "sheet not added");
        this.hf.setSheetContent(id, content);
        return id;
      } catch (error) {
        const added = this.hf.getSheetId(name);
        if (added !== undefined) this.hf.removeSheet(added);
        throw failure({ sheet: name }, error);
      }
    }
    try {
      forgetLearnedSizes(this.context, (cell) => cell.sheet === existing);
      this.hf.setSheetContent(existing, content);
      if (this.hf.getSheetName(existing) !== name) this.hf.renameSheet(existing, name);
    } catch (error) {
      throw failure({ sheet: name }, error);
    }
    return existing;
  }

  private shapeOf(source: SourceRef): SourceShape {
    if (source.kind === "sheet") {
      const id = this.requireSheet(source.sheet);
      return this.sheetShape(id, source.sheet, usedRect(this.hf, id));
    }
    for (const id of this.sheetIds()) {
      const table = this.metaOf(id).tables.find((t) => sameSheetName(t.name, source.table));
      const shape = table ? tableShape(this.hf.getSheetName(id) ?? "", table) : null;
      if (shape) return shape;
    }
    throw new HostError("tableNotFound", { table: source.table });
  }

  private sheetShape(id: number, name: string, rect: Rect | null): SourceShape {
    return {
      sheet: this.hf.getSheetName(id) ?? name,
      firstRow: rect?.top ?? 1,
      firstColumn: rect?.left ?? 1,
      rowCount: rect ? rect.bottom - rect.top + 1 : 0,
      columnCount: rect ? rect.right - rect.left + 1 : 0,
    };
  }

  private sheetIds(): number[] {
    return this.hf
      .getSheetNames()
      .filter((name) => name !== SCRATCH_SHEET)
      .map((name) => this.hf.getSheetId(name))
      .filter((id): id is number => id !== undefined);
  }

  private sheetIdOf(name: string): number | undefined {
    return name === SCRATCH_SHEET ? undefined : this.hf.getSheetId(name);
  }

  private requireSheet(name: string): number {
    const id = this.sheetIdOf(name);
    if (id === undefined) throw new HostError("sheetNotFound", { sheet: name });
    return id;
  }

  private metaOf(id: number): SheetMeta {
    let meta = this.metas.get(id);
    if (meta === undefined) {
      meta = emptySheetMeta();
      this.metas.set(id, meta);
    }
    return meta;
  }

  private placeOf(sheet: string, address: string): CellPlace {
    const id = this.requireSheet(sheet);
    const position = parseCellAddress(address);
    if (!position) throw new HostError("hostFailure", { sheet, address }, "not an A1 cell");
    return { sheet: id, row: position.row - 1, col: position.column - 1 };
  }
}
