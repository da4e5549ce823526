import { type ScoresStrings } from "../en/scores";

/**
 * 将加权评分卡应用于客户表的简体中文文字。
 *
 * @example
 * scores.sheet.score; // "得分"
 */
export const scores: ScoresStrings = {
  title: "评分结果",
  sheetName: "评分结果",
  sheet: {
    title: "客户评分",
    subtitle: "评分卡：{card} · 客户：{source} · {count} 行",
    help: "每行读取源表中该客户所在行，以及评分卡上的权重、等级标准和额度政策。修改评分卡或右侧分档，所有客户都会重新计算。新增客户后请重新应用。",
    weightsRow: "权重（来自评分卡）",
    customer: "客户",
    sourceRow: "源表行号",
    score: "得分",
    grade: "等级",
    monthlyPurchases: "月采购额",
    termsDays: "账期（天）",
    netWorth: "净资产",
    workingCapital: "营运资金",
    limit: "建议额度",
    exposure: "风险敞口",
    utilisation: "额度使用率",
    noCredit: "不授信",
    collectionRate: "净回款率",
    daysLate: "逾期天数",
    ourShare: "我方份额",
    collectionGrade: "回款等级",
    latenessGrade: "及时性等级",
    loyaltyGrade: "忠诚度等级",
    rating: "综合评级",
    workings: {
      title: "额度计算过程",
      need: "需求额",
      multiplier: "等级系数",
      adjustedNeed: "需求额 × 系数",
      netWorthCap: "净资产上限",
      workingCapitalCap: "营运资金上限",
      lowest: "最低值",
      roundTo: "向下取整至",
    },
    bands: {
      title: "分档得分（修改后所有客户随之更新）",
      heading: "{factor}（依据{metric}）",
      from: "下限",
      points: "得分",
      below: "以下",
      custom: "您的列",
    },
    loyalty: {
      title: "忠诚度等级：最低份额",
      gradeA: "A",
      gradeB: "B",
      gradeC: "C",
    },
  },
  metrics: {
    currentRatio: "流动比率",
    quickRatio: "速动比率",
    yearsInBusiness: "经营年限",
    netMargin: "净利率",
    assetTurnover: "总资产周转率",
    averageDaysLate: "平均逾期天数",
    lawsuits: "诉讼次数",
  },
  fields: {
    customer: "客户",
    exposure: "风险敞口（未收应收账款）",
    monthlyPurchases: "月采购额",
    termsDays: "账期（天）",
    netWorth: "净资产",
    workingCapital: "营运资金",
    collectionRate: "净回款率",
    daysLate: "逾期天数",
    ourShare: "我方份额",
  },
  problems: {
    cardNotFound: "找不到名为“{{card}}”的工作表作为评分卡。",
    cardNotWeighted:
      "工作表“{{card}}”不是加权风险因素评分卡：单元格 {{cell}} 应为{{expected}}。请先通过“评分卡 › 加权评分卡”（或 creditkit template weighted）插入。",
    sourceNotFound: "找不到表格或工作表“{{source}}”。",
    rangeInvalid: "“{{range}}”不是有效区域，例如 Customers!A1:H500。",
    sourceEmpty: "{{source}} 只有标题行，下面没有客户。",
    customerMissing: "{{source}} 中没有表示客户的列；请在映射中选择（标题：{{headers}}）。",
    nothingMapped: "{{source}} 中没有任何列对应评分卡的因素；请至少映射一列（标题：{{headers}}）。",
    columnUnknown: "“{{column}}”不是 {{source}} 的列（标题：{{headers}}）。",
    mappingInvalid: "“{{text}}”不是有效映射，例如 customer=客户名称,paymentHistory=付款记录。",
    sheetTaken:
      "工作簿中已有名为“{{sheet}}”的工作表，且不是 CreditKit 生成的；请重命名它，或为评分结果另选名称。",
    sameAsSource: "评分结果表不能覆盖源表“{{sheet}}”。",
  },
  summary:
    "已用评分卡“{{card}}”为 {{source}} 的 {{count}} 个客户评分，结果在工作表“{{sheet}}”：映射了 {{factors}} 个因素（其中 {{banded}} 个通过分档）。",
};
