import { type PlaygroundStrings } from "../en/playground";

/**
 * 瀏覽器試用環境（playground）的繁體中文文字：工具列、資料編輯列、工作表索引標籤與檔案訊息。
 *
 * @example
 * playground.toolbar.download; // "下載 .xlsx"
 */
export const playground: PlaygroundStrings = {
  title: "CreditKit 試用環境",
  tagline: "工作窗格與即時計算的活頁簿並排顯示，全部在此瀏覽器中計算，不上傳任何資料。",
  loading: "正在準備範例活頁簿…",
  loadFailed: "無法準備範例活頁簿：{{reason}}",
  toolbar: {
    label: "活頁簿",
    open: "開啟…",
    openTitle: "從這部電腦開啟 .xlsx 活頁簿或 .csv 檔案",
    download: "下載 .xlsx",
    sample: "範例",
    sampleTitle: "重新從範例活頁簿開始",
    dark: "深色佈景主題",
    paneWidth: "窗格寬度",
    paneWidthOption: "{{width}} 像素",
  },
  file: {
    opening: "正在開啟 {{file}}…",
    opened: "已開啟 {{file}}。",
    openFailed: "無法開啟 {{file}}：{{reason}}",
    unsupported: "只能開啟 .xlsx 活頁簿與 .csv 檔案。",
    keptAtSavedValue: "有 {{count}} 個公式無法在此重新計算，顯示的是檔案中儲存的值。",
    downloadFailed: "無法儲存活頁簿：{{reason}}",
    sampleLoaded: "範例活頁簿：包含 {{count}} 張發票的應收明細、客戶主檔與信用評分卡。",
  },
  formulaBar: {
    label: "資料編輯列",
    cell: "選取的儲存格",
    editFailed: "無法變更 {{address}}：{{reason}}",
  },
  grid: {
    label: "{{sheet}} 的儲存格",
  },
  sheets: {
    label: "工作表",
  },
  suggestions: {
    label: "CREDIT 函數",
  },
  pane: {
    label: "CreditKit 工作窗格",
  },
};
