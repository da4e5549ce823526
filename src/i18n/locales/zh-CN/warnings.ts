import { type WarningsStrings } from "../en/warnings";

/**
 * 预警检查的简体中文文字。
 *
 * @example
 * warnings.rules["over-limit"].action; // "暂停新订单，催收欠款，并重新审核额度。"
 */
export const warnings: WarningsStrings = {
  severity: {
    high: "高",
    medium: "中",
    low: "低",
  },
  rules: {
    "over-limit": {
      name: "超出信用额度",
      description: "信用敞口（应收账款余额加未交订单）超过信用额度，且超出容差 {{tolerance}}。",
      action: "暂停新订单，催收欠款，并重新审核额度。",
      thresholds: { tolerance: "超出额度的容差" },
    },
    "near-limit": {
      name: "接近信用额度",
      description:
        "额度使用率（信用敞口 / 信用额度）达到 {{low}}（低级）或 {{medium}}（中级），但尚未超出额度。",
      action: "接受下一笔订单前先复核该客户。",
      thresholds: { low: "低级预警的使用率", medium: "中级预警的使用率" },
    },
    "veto-late": {
      name: "逾期一票否决（D 级）",
      description: "有未收款项逾期 {{days}} 天或以上：付款及时性评为 D 级，客户评级被一票否决。",
      action: "停止赊销，升级催收。",
      thresholds: { days: "逾期天数" },
    },
    "long-overdue": {
      name: "长期逾期",
      description: "有未收款项逾期超过 {{days}} 天。",
      action: "发送律师函，并计提坏账准备。",
      thresholds: { days: "逾期天数" },
    },
    "overdue-share": {
      name: "逾期占比过高",
      description: "客户未收余额中逾期部分超过 {{share}}。",
      action: "致电客户并发送催款函。",
      thresholds: { share: "逾期金额占余额的比例" },
    },
    "core-overdue": {
      name: "核心客户逾期",
      description:
        "核心客户（按近 {{salesYears}} 年销售额排名、累计占前 {{share}} 的客户）有款项逾期超过 {{days}} 天。",
      action: "由客户经理上门拜访。",
      thresholds: {
        days: "逾期天数",
        share: "核心客户的销售额占比",
        salesYears: "统计销售额的年数",
      },
    },
    concentration: {
      name: "集中度过高",
      description: "该客户的应收账款超过同币种应收账款总额的 {{share}}。",
      action: "分散风险，争取担保。",
      thresholds: { share: "占应收账款总额的比例" },
    },
    "grade-d": {
      name: "D 级客户",
      description: "客户评级为 D（或评分低于 {{score}}），且仍有未收余额。",
      action: "仅接受预付款交易。",
      thresholds: { score: "评分低于此值视为 D 级" },
    },
    "no-limit": {
      name: "未设信用额度",
      description: "客户有未收余额，但没有信用额度记录。",
      action: "为客户设定信用额度。",
    },
    "review-due": {
      name: "信用复核到期",
      description: "客户有未收余额，最近一次信用评审已超过 {{months}} 个月，或没有评审记录。",
      action: "重新为客户评分。",
      thresholds: { months: "距最近评审的月数" },
    },
    deteriorating: {
      name: "付款表现恶化",
      description:
        "最近 {{windowDays}} 天内付清发票的平均逾期天数，比之前 {{windowDays}} 天多出至少 {{days}} 天。",
      action: "收紧付款条件。",
      thresholds: { days: "平均逾期天数的增幅", windowDays: "每个比较期间的天数" },
    },
    "dso-over-terms": {
      name: "DSO 超出账期",
      description:
        "客户的应收账款周转天数（未收余额 / 最近 {{periodDays}} 天赊销额 × {{periodDays}}）超过其账期加 {{days}} 天。",
      action: "核查是否有争议，并催收。",
      thresholds: { days: "账期之外允许的天数", periodDays: "计算 DSO 的销售天数" },
    },
  },
  notRun: {
    notByCustomer: "台账是按业务员或区域分组读取的；预警检查需要按客户分组。",
    noMaster: "未提供客户主数据。",
    masterNoCustomer: "客户主数据没有客户列，无法与台账中的客户匹配。",
    noLimitColumn: "客户主数据没有信用额度列。",
    noTermsColumn: "客户主数据没有账期列。",
    noGradeColumn: "客户主数据没有等级或评分列。",
    noReviewColumn: "客户主数据没有最近评审日期列。",
    noHistory: "未提供付款历史。",
    noSales: "付款历史中没有统计期间内的发票，无法确定核心客户。",
  },
  notAssessed: {
    noLimit: "{{count}} 个有余额的客户没有信用额度记录，例如“{{example}}”；未设信用额度规则会列出它们。",
    noGrade: "{{count}} 个有余额的客户没有等级或评分记录，例如“{{example}}”。",
    noTerms: "{{count}} 个有余额的客户没有账期记录，例如“{{example}}”。",
    noSalesInPeriod: "{{count}} 个有余额的客户在 DSO 统计期间内没有付款历史中的发票，例如“{{example}}”。",
    fewPayments: "{{count}} 个客户只在两个比较期间之一有付款，例如“{{example}}”，无法判断趋势。",
    totalNotPositive: "{{count}} 个客户未做集中度检查，因为其币种（{{example}}）的应收账款总额为零或负数。",
  },
};
