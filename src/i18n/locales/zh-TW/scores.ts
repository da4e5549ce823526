import { type ScoresStrings } from "../en/scores";

/**
 * 將加權評分卡套用於客戶表的繁體中文文字（列 = row，欄 = column）。
 *
 * @example
 * scores.sheet.score; // "得分"
 */
export const scores: ScoresStrings = {
  title: "評分結果",
  sheetName: "評分結果",
  sheet: {
    title: "客戶評分",
    subtitle: "評分卡：{card} · 客戶：{source} · {count} 列",
    help: "每一列讀取來源表中該客戶所在的列，以及評分卡上的權重、等級標準與額度政策。修改評分卡或右側分級，所有客戶都會重新計算。新增客戶後請重新套用。",
    weightsRow: "權重（取自評分卡）",
    customer: "客戶",
    sourceRow: "來源列號",
    score: "得分",
    grade: "等級",
    monthlyPurchases: "月採購額",
    termsDays: "帳期（天）",
    netWorth: "淨資產",
    workingCapital: "營運資金",
    limit: "建議額度",
    exposure: "風險暴露",
    utilisation: "額度使用率",
    noCredit: "不授信",
    collectionRate: "淨回款率",
    daysLate: "逾期天數",
    ourShare: "我方份額",
    collectionGrade: "回款等級",
    latenessGrade: "及時性等級",
    loyaltyGrade: "忠誠度等級",
    rating: "綜合評等",
    workings: {
      title: "額度計算過程",
      need: "需求額",
      multiplier: "等級係數",
      adjustedNeed: "需求額 × 係數",
      netWorthCap: "淨資產上限",
      workingCapitalCap: "營運資金上限",
      lowest: "最低值",
      roundTo: "無條件捨去至",
    },
    bands: {
      title: "分級得分（修改後所有客戶隨之更新）",
      heading: "{factor}（依據{metric}）",
      from: "下限",
      points: "得分",
      below: "以下",
      custom: "您的欄",
    },
    loyalty: {
      title: "忠誠度等級：最低份額",
      gradeA: "A",
      gradeB: "B",
      gradeC: "C",
    },
  },
  metrics: {
    currentRatio: "流動比率",
    quickRatio: "速動比率",
    yearsInBusiness: "經營年限",
    netMargin: "淨利率",
    assetTurnover: "總資產週轉率",
    averageDaysLate: "平均逾期天數",
    lawsuits: "訴訟次數",
  },
  fields: {
    customer: "客戶",
    exposure: "風險暴露（未收應收帳款）",
    monthlyPurchases: "月採購額",
    termsDays: "帳期（天）",
    netWorth: "淨資產",
    workingCapital: "營運資金",
    collectionRate: "淨回款率",
    daysLate: "逾期天數",
    ourShare: "我方份額",
  },
  problems: {
    cardNotFound: "找不到名為「{{card}}」的工作表作為評分卡。",
    cardNotWeighted:
      "工作表「{{card}}」不是加權風險因素評分卡：儲存格 {{cell}} 應為{{expected}}。請先透過「評分卡 › 加權評分卡」（或 creditkit template weighted）插入。",
    sourceNotFound: "找不到表格或工作表「{{source}}」。",
    rangeInvalid: "「{{range}}」不是有效範圍，例如 Customers!A1:H500。",
    sourceEmpty: "{{source}} 只有標題列，下方沒有客戶。",
    customerMissing: "{{source}} 中沒有代表客戶的欄；請在對應中選擇（標題：{{headers}}）。",
    nothingMapped: "{{source}} 中沒有任何欄對應評分卡的因素；請至少對應一欄（標題：{{headers}}）。",
    columnUnknown: "「{{column}}」不是 {{source}} 的欄（標題：{{headers}}）。",
    mappingInvalid: "「{{text}}」不是有效對應，例如 customer=客戶名稱,paymentHistory=付款紀錄。",
    sheetTaken:
      "活頁簿中已有名為「{{sheet}}」的工作表，且不是 CreditKit 產生的；請重新命名，或為評分結果另選名稱。",
    sameAsSource: "評分結果表不能覆寫來源表「{{sheet}}」。",
  },
  summary:
    "已用評分卡「{{card}}」為 {{source}} 的 {{count}} 位客戶評分，結果在工作表「{{sheet}}」：對應了 {{factors}} 個因素（其中 {{banded}} 個透過分級）。",
};
