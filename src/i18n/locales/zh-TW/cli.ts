import { type CliStrings } from "../en/cli";

/**
 * `creditkit` 命令列的繁體中文文字。
 *
 * @example
 * cli.errors.fileNotFound; // '找不到檔案「{{file}}」。'
 */
export const cli: CliStrings = {
  description: "命令列中的 CreditKit：在 Excel 之外計算 CREDIT 公式、重新計算活頁簿並產生信用報表。",
  options: {
    version: "顯示版本",
    help: "顯示命令說明",
    json: "以 JSON 而非文字輸出",
    out: "將結果寫入此 .xlsx 檔案",
    lang: "訊息語言：en、zh-CN 或 zh-TW（預設取自 LANG）",
  },
  eval: {
    description: "在空白活頁簿中計算一個公式，例如 creditkit eval '=CREDIT.GRADE(72)'",
    formula: "公式，以 = 開頭",
  },
  calc: {
    description: "重新計算活頁簿中的公式（CREDIT 函數與內建函數），並輸出或儲存結果",
    book: "活頁簿（.xlsx）",
    progress: "正在重新計算 {{count}} 個公式…",
    wrote: "已寫入 {{file}}。",
    summary: "共 {{count}} 個公式儲存格。",
  },
  aging: {
    description: "在指定日期對帳冊（.xlsx 或 .csv）中的未收發票做帳齡分析，並輸出或儲存帳齡報表",
    ledger: "帳冊：.xlsx 活頁簿或 .csv 檔案",
    sheet: "帳冊所在工作表（預設為第一個工作表）",
    asOf: "截止日期，格式 YYYY-MM-DD（預設為今天）",
    basis: "依到期日或發票日計算帳齡",
    buckets: '帳齡區間分界天數，例如 "30,60,90,120"',
    dateOrder: "1/2/2013 這類有歧義日期的日月順序（預設自動偵測）",
    map: "手動指定欄位，例如 customer=客戶,dueDate=到期日",
    groupBy: "依客戶、業務員或區域彙總",
    out: "將帳齡報表寫入此 .xlsx 檔案",
  },
  errors: {
    badOption: "{{option}}：{{message}}",
    sheetNotFound: "「{{file}}」中沒有名為「{{sheet}}」的工作表。",
    ledgerBlocked: "無法對「{{file}}」做帳齡分析：{{reasons}}",
    usage: "{{message}} 用法請執行 creditkit {{command}} --help。",
    fileNotFound: "找不到檔案「{{file}}」。",
    fileUnreadable: "無法讀取「{{file}}」：{{reason}}",
    notXlsx: "「{{file}}」不是 .xlsx 活頁簿。請另存為「Excel 活頁簿 (.xlsx)」後再試一次。",
    notWritable: "無法寫入「{{file}}」：{{reason}}",
    formulaNotValid: "無法讀取公式「{{formula}}」：請檢查括號、逗號和引號。",
    formulaEmpty: "請提供公式，例如 '=CREDIT.GRADE(72)'。",
    unexpected: "發生未預期的錯誤：{{reason}}",
  },
};
