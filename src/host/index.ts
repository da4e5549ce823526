/** The WorkbookHost port; implementations live in ./office and ./embedded. */
export {
  HostError,
  type HostErrorCode,
  OWNED_SHEETS_SETTING,
  type Progress,
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
} from "./port";
