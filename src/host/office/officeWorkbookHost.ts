/** The WorkbookHost of the add-in: Excel through Office.js (DESIGN §1). */
import { type SheetSpec } from "../../core/report";
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
} from "../port";
import { toHostError } from "./_lib/toHostError";
import { isDate1904 } from "./dateSystem";
import { excelRun, type ExcelRun } from "./excelRun";
import { listWorkbookTables } from "./listTables";
import { listWorksheets } from "./listSheets";
import { locateSource } from "./locateSource";
import { type ReadOptions, readSourceRows } from "./readRows";
import { selectCells } from "./selectRange";
import { readSetting, writeSetting } from "./settings";
import { writeReportSheet } from "./writeSheet";

/**
 * The workbook host for Excel. It is the only code that calls `Excel.run` (through the injected
 * `run`, which tests replace with a fake). Requirement sets: ExcelApi 1.7 for reading and writing
 * (getRangeByIndexes, freeze panes, tab colour), 1.8 for data validation, 1.6 for conditional
 * formats, 1.4 for settings and *OrNullObject lookups. Every failure is a HostError.
 *
 * @example
 * const host = new OfficeWorkbookHost();
 * for await (const block of host.readRows({ kind: "table", table: "Ledger" })) parse(block);
 * await host.writeSheet(agingSpec, { onProgress });
 */
export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "Excel";

  constructor(private readonly run: ExcelRun = excelRun) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.guarded(listWorksheets);
  }

  listTables(): Promise<TableInfo[]> {
    return this.guarded(listWorkbookTables);
  }

  /**
   * Whether the workbook uses the 1904 date system. Values are NOT converted on read (a serial
   * alone does not say it is a date): callers convert the date columns they know.
   */
  uses1904DateSystem(): Promise<boolean> {
    return this.guarded(isDate1904);
  }

  describe(source: SourceRef): Promise<SourceShape> {
    return this.guarded((context) => locateSource(context, source));
  }

  readRows(source: SourceRef, options?: ReadOptions): AsyncIterable<ReadBlock> {
    return readSourceRows(this.run, source, options);
  }

  getSetting(key: string): Promise<SettingValue | undefined> {
    return this.guarded((context) => readSetting(context, key));
  }

  setSetting(key: string, value: SettingValue): Promise<void> {
    return this.guarded((context) => writeSetting(context, key, value));
  }

  writeSheet(spec: SheetSpec, options?: RunOptions): Promise<WriteResult> {
    return writeReportSheet(this.run, spec, options);
  }

  selectRange(sheet: string, address: string): Promise<void> {
    return this.guarded((context) => selectCells(context, sheet, address));
  }

  private async guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      throw toHostError(error);
    }
  }
}
