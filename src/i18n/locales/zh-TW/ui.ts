/** Traditional Chinese (Taiwan usage) strings of the task pane (the `ui` namespace). */
import type { UiStrings } from "../en/ui";

/**
 * The Traditional Chinese task pane strings; typed by the English table so a missing key fails `tsc`.
 *
 * @example
 * ui.nav.aging; // "帳齡"
 */
export const ui: UiStrings = {
  app: {
    tagline: "Excel 信用管理",
    navigation: "檢視",
  },
  nav: {
    aging: "帳齡",
    warnings: "預警",
    scorecards: "評分卡",
    settings: "設定",
  },
  aging: {
    title: "應收帳款帳齡",
    description: "依到期日分析應收明細工作表中未沖銷發票的帳齡，產生各客戶合計、報表工作表及減損準備矩陣。",
  },
  warnings: {
    title: "信用預警",
    description: "依您的預警規則（例如超過信用額度、長期逾期）逐一檢查客戶，列出需要優先處理的客戶。",
  },
  scorecards: {
    title: "客戶評分卡",
    description: "依加權風險因子為客戶評分、評等，並為每位客戶建議信用額度。",
  },
  settings: {
    title: "設定",
    language: "介面語言",
    followOffice: "跟隨 Office（{{language}}）",
    storageUnavailable: "目前的環境無法記住您的選擇，在關閉工作窗格之前有效。",
    aboutTitle: "關於",
    about: "CreditKit {{version}}。所有運算都在這台電腦上完成，活頁簿資料不會傳送到任何地方。",
  },
};
