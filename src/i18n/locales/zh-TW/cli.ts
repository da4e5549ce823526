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
  template: {
    description: "產生空白評分卡範本活頁簿：加權風險因素評分卡、三指標評級或專家評審。",
    kind: "範本類型：weighted（加權）、rating（評級）或 expert（專家）。",
    portable: "只使用 Excel 內建函數，沒有增益集也能使用。",
    out: "要寫入的 .xlsx 檔案。",
  },
  score: {
    description:
      "將活頁簿中的加權評分卡套用於客戶表，產生由即時公式組成的評分結果表（得分、等級、額度、使用率、評等）。",
    book: "包含評分卡與客戶的 .xlsx 活頁簿。",
    card: "加權評分卡所在的工作表（見 creditkit template weighted）。",
    table: "客戶：表格名稱、工作表名稱或範圍，例如 Customers!A1:H500。",
    map: "欄的選擇，例如 customer=客戶名稱,paymentHistory=付款紀錄,solvency=流動比率。",
    portable: "只使用 Excel 內建函數，沒有增益集也能使用。",
    json: "以 JSON 輸出對應與結果。",
    out: "要寫入的 .xlsx 檔案：包含評分結果表的活頁簿。",
    problem: "{{message}}",
    mapped: "{{factor}} ← {{column}}{{bands}}",
    banded: "（分級）",
    field: "{{field}} ← {{column}}",
  },
  check: {
    description: "依預警規則檢查應收明細（.xlsx 或 .csv）中的每個客戶，並輸出或儲存預警",
    book: "活頁簿（.xlsx）或應收明細（.csv）",
    sheet: "明細所在工作表（預設為第一個工作表）",
    master: "客戶主檔所在工作表（額度、帳期、評等、最近複核）",
    history: "付款歷史所在工作表（預設使用明細本身的收款日期，如有）",
    asOf: "截止日期，格式 YYYY-MM-DD（預設今天）",
    rules: "規則檔（JSON，與預警檢視儲存的格式相同；預設使用活頁簿中儲存的規則）",
    out: "將含預警工作表的活頁簿寫入此 .xlsx 檔案",
    failOn: "存在該嚴重程度或更高的預警時以狀態 1 結束（用於流水線）",
    notRunTitle: "未執行的規則（{{count}}）",
    rejectedTitle: "無法讀取的列（{{count}}）",
    failed: "嚴重程度為{{severity}}或更高的預警：{{count}} 項（--fail-on {{flag}}）。",
    blocked: "無法檢查「{{file}}」：{{reasons}}",
    historyBlocked: "「{{file}}」：無法讀取工作表 {{sheet}} 中的付款歷史：{{reasons}}",
    settingsUnreadable:
      "「{{file}}」：活頁簿中儲存的預警規則無法使用：{{reason}} 可用 --rules 指定其他規則。",
    rulesUnreadable: "「{{file}}」不是可用的規則檔：{{reason}}",
    sheetTaken:
      "「{{file}}」中已有名為 {{sheet}} 的工作表且不是由 CreditKit 寫入；請將其重新命名，或改用其他 --as-of。",
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
