import { type WarningsStrings } from "../en/warnings";

/**
 * 預警檢查的繁體中文文字。
 *
 * @example
 * warnings.rules["over-limit"].action; // "暫停新訂單，催收欠款，並重新審核額度。"
 */
export const warnings: WarningsStrings = {
  severity: {
    high: "高",
    medium: "中",
    low: "低",
  },
  rules: {
    "over-limit": {
      name: "超出信用額度",
      description: "信用曝險（應收帳款餘額加未交訂單）超過信用額度，且超出容差 {{tolerance}}。",
      action: "暫停新訂單，催收欠款，並重新審核額度。",
      thresholds: { tolerance: "超出額度的容差" },
    },
    "near-limit": {
      name: "接近信用額度",
      description:
        "額度使用率（信用曝險 / 信用額度）達到 {{low}}（低級）或 {{medium}}（中級），但尚未超出額度。",
      action: "接受下一筆訂單前先複核該客戶。",
      thresholds: { low: "低級預警的使用率", medium: "中級預警的使用率" },
    },
    "veto-late": {
      name: "逾期一票否決（D 級）",
      description: "有未收款項逾期 {{days}} 天或以上：付款及時性評為 D 級，客戶評級被一票否決。",
      action: "停止賒銷，升級催收。",
      thresholds: { days: "逾期天數" },
    },
    "long-overdue": {
      name: "長期逾期",
      description: "有未收款項逾期超過 {{days}} 天。",
      action: "寄發律師函，並提列備抵呆帳。",
      thresholds: { days: "逾期天數" },
    },
    "overdue-share": {
      name: "逾期占比過高",
      description: "客戶未收餘額中逾期部分超過 {{share}}。",
      action: "致電客戶並寄發催款函。",
      thresholds: { share: "逾期金額占餘額的比例" },
    },
    "core-overdue": {
      name: "核心客戶逾期",
      description:
        "核心客戶（依近 {{salesYears}} 年銷售額排名、累計占前 {{share}} 的客戶）有款項逾期超過 {{days}} 天。",
      action: "由客戶經理登門拜訪。",
      thresholds: {
        days: "逾期天數",
        share: "核心客戶的銷售額占比",
        salesYears: "統計銷售額的年數",
      },
    },
    concentration: {
      name: "集中度過高",
      description: "該客戶的應收帳款超過同幣別應收帳款總額的 {{share}}。",
      action: "分散風險，爭取擔保。",
      thresholds: { share: "占應收帳款總額的比例" },
    },
    "grade-d": {
      name: "D 級客戶",
      description: "客戶評級為 D（或評分低於 {{score}}），且仍有未收餘額。",
      action: "僅接受預付款交易。",
      thresholds: { score: "評分低於此值視為 D 級" },
    },
    "no-limit": {
      name: "未設信用額度",
      description: "客戶有未收餘額，但沒有信用額度紀錄。",
      action: "為客戶設定信用額度。",
    },
    "review-due": {
      name: "信用複核到期",
      description: "客戶有未收餘額，最近一次信用評審已超過 {{months}} 個月，或沒有評審紀錄。",
      action: "重新為客戶評分。",
      thresholds: { months: "距最近評審的月數" },
    },
    deteriorating: {
      name: "付款表現惡化",
      description:
        "最近 {{windowDays}} 天內付清發票的平均逾期天數，比之前 {{windowDays}} 天多出至少 {{days}} 天。",
      action: "收緊付款條件。",
      thresholds: { days: "平均逾期天數的增幅", windowDays: "每個比較期間的天數" },
    },
    "dso-over-terms": {
      name: "DSO 超出帳期",
      description:
        "客戶的應收帳款週轉天數（未收餘額 / 最近 {{periodDays}} 天賒銷額 × {{periodDays}}）超過其帳期加 {{days}} 天。",
      action: "查核是否有爭議，並催收。",
      thresholds: { days: "帳期之外允許的天數", periodDays: "計算 DSO 的銷售天數" },
    },
  },
  notRun: {
    notByCustomer: "帳冊是依業務員或區域分組讀取的；預警檢查需要依客戶分組。",
    noMaster: "未提供客戶主檔。",
    masterNoCustomer: "客戶主檔沒有客戶欄，無法與帳冊中的客戶比對。",
    noLimitColumn: "客戶主檔沒有信用額度欄。",
    noTermsColumn: "客戶主檔沒有帳期欄。",
    noGradeColumn: "客戶主檔沒有等級或評分欄。",
    noReviewColumn: "客戶主檔沒有最近評審日期欄。",
    noHistory: "未提供付款歷史。",
    noSales: "付款歷史中沒有統計期間內的發票，無法確定核心客戶。",
  },
  notAssessed: {
    noLimit: "{{count}} 個有餘額的客戶沒有信用額度紀錄，例如「{{example}}」；未設信用額度規則會列出它們。",
    noGrade: "{{count}} 個有餘額的客戶沒有等級或評分紀錄，例如「{{example}}」。",
    noTerms: "{{count}} 個有餘額的客戶沒有帳期紀錄，例如「{{example}}」。",
    noSalesInPeriod: "{{count}} 個有餘額的客戶在 DSO 統計期間內沒有付款歷史中的發票，例如「{{example}}」。",
    fewPayments: "{{count}} 個客戶只在兩個比較期間之一有付款，例如「{{example}}」，無法判斷趨勢。",
    totalNotPositive: "{{count}} 個客戶未做集中度檢查，因為其幣別（{{example}}）的應收帳款總額為零或負數。",
  },
};
