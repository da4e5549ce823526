/**
 * The one workbook of the playground, seen by both halves of the page: the task pane talks to it as
 * the `WorkbookHost` port (as it talks to Excel), the grid reads and edits its cells. Every change —
 * a report written by the pane, a cell typed in the grid, a file opened — bumps a version the grid
 * listens to, and a range the pane selects is shown in the grid as Excel would show it.
 */
import { type SheetSpec } from "../../core/report";
import { type CellContent, type EmbeddedWorkbook, type SheetLayout } from "../../host/embedded";
import {
  type ReadBlock,
  type RunOptions,
  type SettingValue,
  type SheetInfo,
  type SourceRef,
  type SourceShape,
  type TableInfo,
  type WorkbookHost,
  type WriteResult,
} from "../../host/port";
import { type SupportedLanguage } from "../../i18n";

/** What changed: the workbook's content, or the range the pane asked to show. */
export type PlaygroundChange =
  | { readonly kind: "content"; readonly activate?: string }
  | { readonly kind: "select"; readonly sheet: string; readonly address: string };

/** Listens to changes of the playground's workbook. */
export type PlaygroundListener = (change: PlaygroundChange) => void;

/**
 * The embedded workbook behind the WorkbookHost port, with change notifications for the grid.
 *
 * @example
 * const host = new PlaygroundHost(workbook);
 * host.subscribe((change) => change.kind === "content" && refreshGrid());
 * <App version="0.1.0" host={host} />
 */
export class PlaygroundHost implements WorkbookHost {
  private static opened = 0;
  readonly kind = "playground";
  /** Tells workbooks apart: a view keyed by it starts afresh when another workbook is opened. */
  readonly id = `workbook-${++PlaygroundHost.opened}`;
  private readonly listeners = new Set<PlaygroundListener>();
  private changes = 0;

  constructor(readonly workbook: EmbeddedWorkbook) {}

  /** Counts content changes; the grid re-reads the sheet when it moves. */
  get version(): number {
    return this.changes;
  }

  /**
   * Calls `listener` on every change until the returned function is called.
   *
   * @example
   * useEffect(() => host.subscribe(onChange), [host]);
   */
  subscribe(listener: PlaygroundListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sets one cell from the grid or the formula bar and recalculates.
   *
   * @example
   * host.setCell("Sheet1", "B2", "=CREDIT.GRADE(72)");
   */
  setCell(sheet: string, address: string, content: CellContent): void {
    this.workbook.setCell(sheet, address, content);
    this.notify({ kind: "content" });
  }

  /**
   * Re-words the workbook's error messages in `language` (a full recalculation, so only on a change).
   *
   * @example
   * host.setLanguage("zh-TW");
   */
  setLanguage(language: SupportedLanguage): void {
    if (this.workbook.language === language) return;
    this.workbook.setLanguage(language);
    this.notify({ kind: "content" });
  }

  /**
   * A sheet's formats and layout, for display.
   *
   * @example
   * host.sheetLayout("Ledger").numberFormats[0]; // { address: "D4", format: "yyyy-mm-dd" }
   */
  sheetLayout(sheet: string): SheetLayout {
    return this.workbook.sheetLayout(sheet);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.workbook.listSheets();
  }

  listTables(): Promise<TableInfo[]> {
    return this.workbook.listTables();
  }

  uses1904DateSystem(): Promise<boolean> {
    return this.workbook.uses1904DateSystem();
  }

  describe(source: SourceRef): Promise<SourceShape> {
    return this.workbook.describe(source);
  }

  readRows(
    source: SourceRef,
    options?: RunOptions & { readonly blockRows?: number },
  ): AsyncIterable<ReadBlock> {
    return this.workbook.readRows(source, options);
  }

  getSetting(key: string): Promise<SettingValue | undefined> {
    return this.workbook.getSetting(key);
  }

  setSetting(key: string, value: SettingValue): Promise<void> {
    return this.workbook.setSetting(key, value);
  }

  /** Writes the sheet and shows it, as a report the user just asked for. */
  async writeSheet(spec: SheetSpec, options?: RunOptions): Promise<WriteResult> {
    const result = await this.workbook.writeSheet(spec, options);
    this.notify({ kind: "content", activate: result.sheet });
    return result;
  }

  /** Records the selection and shows it in the grid. */
  async selectRange(sheet: string, address: string): Promise<void> {
    await this.workbook.selectRange(sheet, address);
    const selected = this.workbook.selection;
    if (selected !== null) this.notify({ kind: "select", sheet: selected.sheet, address: selected.address });
  }

  private notify(change: PlaygroundChange): void {
    if (change.kind === "content") this.changes++;
    for (const listener of this.listeners) listener(change);
  }
}
