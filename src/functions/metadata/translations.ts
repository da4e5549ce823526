import { type FunctionTranslations } from "./types";

/**
 * Simplified (mainland) and Traditional (Taiwan) Chinese descriptions of every CREDIT.* function and
 * parameter; the build merges them into `functions.zh-CN.json` and `functions.zh-TW.json`.
 *
 * Keys are the `@customfunction` ids and the parameter names of `functions.ts`, one for one: the
 * build refuses a table that lacks or adds any. zh-TW is written in Taiwan wording (儲存格, 範圍,
 * 帳齡, 呆帳; rows are 列 and columns are 欄, the reverse of zh-CN's 行 and 列), not converted from
 * zh-CN. Literal argument values ("ABCD", "due", …) stay in ASCII because users type them as is;
 * where such a keyword means nothing to a Chinese reader, a short gloss follows it. Texts are kept
 * short because Excel truncates long descriptions in formula autocomplete.
 *
 * @example
 * translations.GRADE["zh-TW"].parameters.score; // "分數，0–100。"
 */
export const translations: FunctionTranslations = {
  COLLECTIONRATE: {
    "zh-CN": {
      description: "净回款率：(回款金额 − 已支付的索赔) / 到期应收金额。",
      parameters: {
        collected: "本期回款金额。",
        due: "本期到期的应收金额（必须为正数）。",
        claims: "已支付的索赔、返利或扣款（默认为 0）。",
      },
    },
    "zh-TW": {
      description: "淨收款率：(收款金額 − 已支付的索賠) / 到期應收金額。",
      parameters: {
        collected: "本期收款金額。",
        due: "本期到期的應收金額（須為正數）。",
        claims: "已支付的索賠、折讓或扣款（預設為 0）。",
      },
    },
  },
  COLLECTIONGRADE: {
    "zh-CN": {
      description: "净回款率等级：A ≥ 100%，B ≥ 95%，C ≥ 90%，低于 90% 为 D（一票否决）。",
      parameters: { rate: "净回款率，以小数表示（0.95 = 95%）。" },
    },
    "zh-TW": {
      description: "淨收款率等級：A ≥ 100%，B ≥ 95%，C ≥ 90%，低於 90% 為 D（一票否決）。",
      parameters: { rate: "淨收款率，以小數表示（0.95 = 95%）。" },
    },
  },
  LATENESSGRADE: {
    "zh-CN": {
      description: "付款及时性等级：A 按时，B 逾期 1–4 天，C 5–9 天，D 10 天及以上（一票否决）。",
      parameters: { days_late: "晚于约定到期日付款的天数（0 或负数为按时）。" },
    },
    "zh-TW": {
      description: "付款準時性等級：A 準時，B 逾期 1–4 天，C 5–9 天，D 10 天（含）以上（一票否決）。",
      parameters: { days_late: "晚於約定到期日付款的天數（0 或負數為準時）。" },
    },
  },
  LOYALTYGRADE: {
    "zh-CN": {
      description: "忠诚度等级，即我方在客户该品类采购中的份额：A 100%，B ≥ 60%，C ≥ 40%，否则为 D。",
      parameters: {
        our_share: "我方份额，以小数表示（0.6 = 60%）。",
        thresholds: "A、B、C 三级的下限（默认 1、0.6、0.4）。",
      },
    },
    "zh-TW": {
      description: "忠誠度等級，即本公司在客戶該品類採購中的占比：A 100%，B ≥ 60%，C ≥ 40%，其餘為 D。",
      parameters: {
        our_share: "本公司占比，以小數表示（0.6 = 60%）。",
        thresholds: "A、B、C 三級的下限（預設 1、0.6、0.4）。",
      },
    },
  },
  COMBINEGRADES: {
    "zh-CN": {
      description: "按一票否决合并各指标等级：有 D 即 D；否则有 C 即 C；否则 A 过半数为 A，其余为 B。",
      parameters: { grades: "等级 A–D：单元格、区域或多个参数；忽略空白单元格。" },
    },
    "zh-TW": {
      description: "依一票否決合併各指標等級：有 D 即為 D；否則有 C 即為 C；否則 A 過半數為 A，其餘為 B。",
      parameters: { grades: "等級 A–D：儲存格、範圍或多個引數；略過空白儲存格。" },
    },
  },
  RATING: {
    "zh-CN": {
      description: "按净回款率、逾期天数和忠诚度三项指标评定客户等级，实行一票否决。",
      parameters: {
        collection_rate: "净回款率，以小数表示。",
        days_late: "晚于到期日付款的天数。",
        our_share: "我方在客户采购中的份额，以小数表示。",
      },
    },
    "zh-TW": {
      description: "依淨收款率、逾期天數及忠誠度三項指標評定客戶等級，採一票否決。",
      parameters: {
        collection_rate: "淨收款率，以小數表示。",
        days_late: "晚於到期日付款的天數。",
        our_share: "本公司在客戶採購中的占比，以小數表示。",
      },
    },
  },
  SCORE: {
    "zh-CN": {
      description: "风险因素加权评分（0–100）：Σ 得分 × 权重 / (满分 × Σ 权重) × 100。",
      parameters: {
        scores: "各因素得分；空白单元格表示缺失。",
        weights: "各因素权重，单元格个数与得分相同。",
        max_points: "单个因素的最高分（默认 5）。",
        missing: '缺失得分："reallocate" 权重重新分配（默认）、"zero" 记 0 或 "error" 报错。',
      },
    },
    "zh-TW": {
      description: "風險因子加權評分（0–100）：Σ 分數 × 權重 / (滿分 × Σ 權重) × 100。",
      parameters: {
        scores: "各因子分數；空白儲存格表示缺漏。",
        weights: "各因子權重，儲存格數須與分數相同。",
        max_points: "單一因子的最高分（預設 5）。",
        missing: '缺漏分數："reallocate" 重新分配權重（預設）、"zero" 計為 0 或 "error" 傳回錯誤。',
      },
    },
  },
  GRADE: {
    "zh-CN": {
      description: "按等级标准将 0–100 的评分转换为等级。",
      parameters: {
        score: "评分，0–100。",
        scale: '"ABCD"（默认）、"AAA"，或由下限和等级组成的两列区域。',
      },
    },
    "zh-TW": {
      description: "依等級標準將 0–100 的分數轉換為等級。",
      parameters: {
        score: "分數，0–100。",
        scale: '"ABCD"（預設）、"AAA"，或由下限與等級構成的兩欄範圍。',
      },
    },
  },
  POINTS: {
    "zh-CN": {
      description: "原始值所在区间的分值（区间含下限），如将流动比率换算为因素得分。",
      parameters: {
        value: "原始值，如流动比率。",
        breakpoints: "各区间的下限，按升序排列。",
        points: "各区间的分值：个数与下限相同，或多一个，用于低于首个下限的值。",
      },
    },
    "zh-TW": {
      description: "原始值所屬區間的分數（區間含下限），例如將流動比率換算為因子分數。",
      parameters: {
        value: "原始值，例如流動比率。",
        breakpoints: "各區間的下限，依遞增排序。",
        points: "各區間的分數：個數與下限相同，或多一個，供低於第一個下限的值使用。",
      },
    },
  },
  EXPERTSCORE: {
    "zh-CN": {
      description: "专家组的共识评分（每行一位专家，每列一项标准，评分 1–5）。",
      parameters: {
        ratings: "评分 1–5，每位专家一行；忽略空白单元格。",
        method: '"median" 中位数（默认）、"mean" 平均数或 "trimmed" 截尾平均数。',
      },
    },
    "zh-TW": {
      description: "專家小組的共識評分（每列一位專家，每欄一項準則，評分 1–5）。",
      parameters: {
        ratings: "評分 1–5，每位專家一列；略過空白儲存格。",
        method: '"median" 中位數（預設）、"mean" 平均數或 "trimmed" 截尾平均數。',
      },
    },
  },
  EXPERTSPREAD: {
    "zh-CN": {
      description: "专家组意见的离散度：专家评分的四分位距；大于 1 表示尚未达成共识。",
      parameters: { ratings: "评分 1–5，每位专家一行；忽略空白单元格。" },
    },
    "zh-TW": {
      description: "專家小組意見的離散度：專家評分的四分位距；大於 1 表示尚未達成共識。",
      parameters: { ratings: "評分 1–5，每位專家一列；略過空白儲存格。" },
    },
  },
  BLEND: {
    "zh-CN": {
      description: "综合评估：模型权重 × 模型评分 + (1 − 模型权重) × 专家评分。",
      parameters: {
        model_score: "模型或评分卡得出的评分。",
        expert_score: "专家组评分，与模型评分采用同一尺度。",
        model_weight: "模型评分的权重，0–1（默认 0.7）。",
      },
    },
    "zh-TW": {
      description: "綜合評估：模型權重 × 模型分數 + (1 − 模型權重) × 專家分數。",
      parameters: {
        model_score: "模型或評分卡得出的分數。",
        expert_score: "專家小組的分數，須與模型分數同一尺度。",
        model_weight: "模型分數的權重，0–1（預設 0.7）。",
      },
    },
  },
  LIMIT: {
    "zh-CN": {
      description: "建议信用额度：需求额 × 等级系数，以净资产和营运资金为上限，向下取整。",
      parameters: {
        grade_or_score: "等级（A–D）或 0–100 的评分。",
        monthly_purchases: "预计每月赊购金额。",
        terms_days: "账期天数。",
        grace_days: "账期外可容忍的逾期天数（默认 0）。",
        net_worth: "有形净资产；提供时额度不超过其 10%。",
        working_capital: "营运资金；提供时额度不超过其 10%。",
        policy: "覆盖默认值的两列区域，如 multiplier_A、net_worth_pct、round_to。",
      },
    },
    "zh-TW": {
      description: "建議信用額度：需求額 × 等級乘數，以淨值及營運資金為上限，無條件捨去。",
      parameters: {
        grade_or_score: "等級（A–D）或 0–100 的分數。",
        monthly_purchases: "預估每月賒購金額。",
        terms_days: "付款期限天數。",
        grace_days: "付款期限外可容忍的逾期天數（預設 0）。",
        net_worth: "有形淨值；提供時額度上限為其 10%。",
        working_capital: "營運資金；提供時額度上限為其 10%。",
        policy: "覆寫預設值的兩欄範圍，例如 multiplier_A、net_worth_pct、round_to。",
      },
    },
  },
  LIMITS: {
    "zh-CN": {
      description: "并列各信用额度算法：需求额、等级调整后需求额、净资产上限、营运资金上限及建议额度。",
      parameters: {
        grade_or_score: "等级（A–D）或 0–100 的评分。",
        monthly_purchases: "预计每月赊购金额。",
        terms_days: "账期天数。",
        grace_days: "账期外可容忍的逾期天数（默认 0）。",
        net_worth: "有形净资产。",
        working_capital: "营运资金。",
        policy: "覆盖默认值的两列区域，如 multiplier_A、net_worth_pct、round_to。",
      },
    },
    "zh-TW": {
      description: "並列各信用額度計算法：需求額、等級調整後需求額、淨值上限、營運資金上限及建議額度。",
      parameters: {
        grade_or_score: "等級（A–D）或 0–100 的分數。",
        monthly_purchases: "預估每月賒購金額。",
        terms_days: "付款期限天數。",
        grace_days: "付款期限外可容忍的逾期天數（預設 0）。",
        net_worth: "有形淨值。",
        working_capital: "營運資金。",
        policy: "覆寫預設值的兩欄範圍，例如 multiplier_A、net_worth_pct、round_to。",
      },
    },
  },
  UTILIZATION: {
    "zh-CN": {
      description: "信用额度使用率：风险敞口 / 信用额度。",
      parameters: {
        exposure: "未结应收账款（已知时加上未结订单）。",
        limit: "信用额度。",
      },
    },
    "zh-TW": {
      description: "信用額度使用率：暴險 / 信用額度。",
      parameters: {
        exposure: "未沖銷應收帳款（已知時加計未結訂單）。",
        limit: "信用額度。",
      },
    },
  },
  AVAILABLE: {
    "zh-CN": {
      description: "剩余可用信用额度：信用额度 − 风险敞口 − 未结订单（超额时为负数）。",
      parameters: {
        limit: "信用额度。",
        exposure: "未结应收账款。",
        open_orders: "已接受但尚未开票的订单（默认 0）。",
      },
    },
    "zh-TW": {
      description: "剩餘可用信用額度：信用額度 − 暴險 − 未結訂單（超過額度時為負數）。",
      parameters: {
        limit: "信用額度。",
        exposure: "未沖銷應收帳款。",
        open_orders: "已接單但尚未開立發票的訂單（預設 0）。",
      },
    },
  },
  DAYSPASTDUE: {
    "zh-CN": {
      description: "截至基准日的逾期天数：基准日 − 到期日（负数为距到期的天数）。",
      parameters: {
        due_date: "到期日（日期或日期文本）。",
        as_of: "计算账龄的基准日；使用 TODAY() 可得到实时值。",
      },
    },
    "zh-TW": {
      description: "截至基準日的逾期天數：基準日 − 到期日（負數為距到期日的天數）。",
      parameters: {
        due_date: "到期日（日期或日期文字）。",
        as_of: "計算帳齡的基準日；使用 TODAY() 可取得即時值。",
      },
    },
  },
  AGEBUCKET: {
    "zh-CN": {
      description: '日期所属的账龄区间："Not due"、"1-30"、"31-60"、"61-90"、"91-120"、"121+"（按到期日）。',
      parameters: {
        date: '到期日（basis 为 "due"）或开票日（basis 为 "invoice"）。',
        as_of: "计算账龄的基准日；使用 TODAY() 可得到实时值。",
        buckets: '账龄区间的分界天数，如 "30,60,90,120"（默认）。',
        basis: '"due" 按到期日（默认）或 "invoice" 按开票日。',
      },
    },
    "zh-TW": {
      description: '日期所屬的帳齡區間："Not due"、"1-30"、"31-60"、"61-90"、"91-120"、"121+"（依到期日）。',
      parameters: {
        date: '到期日（basis 為 "due"）或發票日（basis 為 "invoice"）。',
        as_of: "計算帳齡的基準日；使用 TODAY() 可取得即時值。",
        buckets: '帳齡區間的分界天數，例如 "30,60,90,120"（預設）。',
        basis: '"due" 依到期日（預設）或 "invoice" 依發票日。',
      },
    },
  },
  AGING: {
    "zh-CN": {
      description: "账龄表：溢出显示各账龄区间标签，其下为各区间金额合计，精确到分。",
      parameters: {
        amounts: "未结金额；贷项通知单以负数表示。",
        dates: '到期日（basis 为 "due"）或开票日（basis 为 "invoice"），与金额一一对应。',
        as_of: "计算账龄的基准日；使用 TODAY() 可得到实时值。",
        buckets: '账龄区间的分界天数，如 "30,60,90,120"（默认）。',
        basis: '"due" 按到期日（默认）或 "invoice" 按开票日。',
      },
    },
    "zh-TW": {
      description: "帳齡表：溢出顯示各帳齡區間標籤，其下為各區間金額合計，精確到分。",
      parameters: {
        amounts: "未沖銷金額；折讓單以負數表示。",
        dates: '到期日（basis 為 "due"）或發票日（basis 為 "invoice"），與金額逐筆對應。',
        as_of: "計算帳齡的基準日；使用 TODAY() 可取得即時值。",
        buckets: '帳齡區間的分界天數，例如 "30,60,90,120"（預設）。',
        basis: '"due" 依到期日（預設）或 "invoice" 依發票日。',
      },
    },
  },
  DSO: {
    "zh-CN": {
      description: "应收账款周转天数（DSO）：应收账款 / 赊销额 × 期间天数。",
      parameters: {
        receivables: "期末应收账款。",
        credit_sales: "本期赊销额。",
        days: "期间天数（默认 365）。",
      },
    },
    "zh-TW": {
      description: "應收帳款週轉天數（DSO）：應收帳款 / 賒銷金額 × 期間天數。",
      parameters: {
        receivables: "期末應收帳款。",
        credit_sales: "本期賒銷金額。",
        days: "期間天數（預設 365）。",
      },
    },
  },
  DSOCOUNTBACK: {
    "zh-CN": {
      description: "倒推法 DSO：从最近月份起逐月倒推，依次扣减各月销售额，直至应收账款扣完。",
      parameters: {
        receivables: "最近一个月月末的应收账款。",
        monthly_sales: "各月赊销额，最近月份在前。",
        month_days: "各月天数，最近月份在前（默认每月 30 天）。",
      },
    },
    "zh-TW": {
      description: "倒推法 DSO：自最近月份起逐月回推，依序扣抵各月銷貨，直到應收帳款扣完為止。",
      parameters: {
        receivables: "最近一個月月底的應收帳款。",
        monthly_sales: "各月賒銷金額，最近月份在前。",
        month_days: "各月天數，最近月份在前（預設每月 30 天）。",
      },
    },
  },
  BESTDSO: {
    "zh-CN": {
      description: "最佳可能 DSO：未到期应收账款 / 赊销额 × 天数。",
      parameters: {
        current_receivables: "尚未到期的应收账款。",
        credit_sales: "本期赊销额。",
        days: "期间天数（默认 365）。",
      },
    },
    "zh-TW": {
      description: "最佳可能 DSO：未到期應收帳款 / 賒銷金額 × 天數。",
      parameters: {
        current_receivables: "尚未到期的應收帳款。",
        credit_sales: "本期賒銷金額。",
        days: "期間天數（預設 365）。",
      },
    },
  },
  CEI: {
    "zh-CN": {
      description:
        "回款有效性指数（CEI）：(期初应收 + 赊销额 − 期末应收) / (期初应收 + 赊销额 − 期末未到期应收)。",
      parameters: {
        opening_ar: "期初应收账款。",
        credit_sales: "本期赊销额。",
        closing_ar: "期末应收账款。",
        closing_current_ar: "期末尚未到期的应收账款。",
      },
    },
    "zh-TW": {
      description:
        "收款有效性指數（CEI）：(期初應收 + 賒銷金額 − 期末應收) / (期初應收 + 賒銷金額 − 期末未到期應收)。",
      parameters: {
        opening_ar: "期初應收帳款。",
        credit_sales: "本期賒銷金額。",
        closing_ar: "期末應收帳款。",
        closing_current_ar: "期末尚未到期的應收帳款。",
      },
    },
  },
  DAYSBEYONDTERMS: {
    "zh-CN": {
      description: "超账期天数：已付款发票按金额加权的平均逾期付款天数。",
      parameters: {
        amounts: "发票金额。",
        paid_dates: "付款日期；空白表示未付款（跳过）。",
        due_dates: "到期日。",
      },
    },
    "zh-TW": {
      description: "超過付款期限天數：已付款發票依金額加權的平均逾期付款天數。",
      parameters: {
        amounts: "發票金額。",
        paid_dates: "付款日期；空白表示未付款（略過）。",
        due_dates: "到期日。",
      },
    },
  },
  TURNOVER: {
    "zh-CN": {
      description: "应收账款周转率：赊销额 / 平均应收账款。",
      parameters: {
        credit_sales: "本期赊销额。",
        average_ar: "本期平均应收账款。",
      },
    },
    "zh-TW": {
      description: "應收帳款週轉率：賒銷金額 / 平均應收帳款。",
      parameters: {
        credit_sales: "本期賒銷金額。",
        average_ar: "本期平均應收帳款。",
      },
    },
  },
  ECL: {
    "zh-CN": {
      description: "预期信用损失（IFRS 9 简化方法）：Σ 各账龄区间余额 × 损失率。",
      parameters: {
        balances: "各账龄区间的余额。",
        loss_rates: "各区间的损失率，以小数表示。",
      },
    },
    "zh-TW": {
      description: "預期信用損失（IFRS 9 簡化法）：Σ 各帳齡區間餘額 × 損失率。",
      parameters: {
        balances: "各帳齡區間的餘額。",
        loss_rates: "各區間的損失率，以小數表示。",
      },
    },
  },
  ROLLRATES: {
    "zh-CN": {
      description: "按迁徙率法，由每月账龄快照计算各账龄区间的损失率。",
      parameters: {
        history: "每月快照：每行一个月（最早在前），每列一个账龄区间，最后一列为核销金额。",
      },
    },
    "zh-TW": {
      description: "依滾動率法，由每月帳齡快照計算各帳齡區間的損失率。",
      parameters: {
        history: "每月快照：每列一個月（最早在前），每欄一個帳齡區間，最後一欄為轉銷呆帳金額。",
      },
    },
  },
  ZSCORE: {
    "zh-CN": {
      description: "企业的 Altman Z 值。",
      parameters: {
        working_capital: "营运资金。",
        retained_earnings: "留存收益。",
        ebit: "息税前利润（EBIT）。",
        equity_value: "股权市值（上市公司）或股东权益账面价值（其他模型）。",
        sales: '销售收入；"nonmfg" 和 "em" 模型可留空。',
        total_assets: "资产总额。",
        total_liabilities: "负债总额。",
        model: '"public" 上市（默认）、"private" 非上市、"nonmfg" 非制造业或 "em" 新兴市场。',
      },
    },
    "zh-TW": {
      description: "企業的 Altman Z 分數。",
      parameters: {
        working_capital: "營運資金。",
        retained_earnings: "保留盈餘。",
        ebit: "息前稅前淨利（EBIT）。",
        equity_value: "股權市值（上市櫃公司）或股東權益帳面價值（其他模型）。",
        sales: '營業收入；"nonmfg" 及 "em" 模型可留空。',
        total_assets: "資產總額。",
        total_liabilities: "負債總額。",
        model: '"public" 上市櫃（預設）、"private" 未上市、"nonmfg" 非製造業或 "em" 新興市場。',
      },
    },
  },
  ZZONE: {
    "zh-CN": {
      description: "Altman Z 值所处区间：SAFE（安全区）、GREY（灰色区）或 DISTRESS（困境区）。",
      parameters: {
        z: "Z 值。",
        model: '"public" 上市（默认）、"private" 非上市、"nonmfg" 非制造业或 "em" 新兴市场。',
      },
    },
    "zh-TW": {
      description: "Altman Z 分數所屬區間：SAFE（安全區）、GREY（灰色區）或 DISTRESS（危險區）。",
      parameters: {
        z: "Z 分數。",
        model: '"public" 上市櫃（預設）、"private" 未上市、"nonmfg" 非製造業或 "em" 新興市場。',
      },
    },
  },
  SCORETOODDS: {
    "zh-CN": {
      description: "评分卡分数对应的好坏比：exp((分数 − 偏移量) / 因子)，因子 = PDO / ln 2。",
      parameters: {
        points: "评分卡分数。",
        base_points: "基准好坏比对应的分数（默认 600）。",
        base_odds: "基准分数对应的好坏比（默认 50）。",
        pdo: "好坏比翻倍所需的分数（PDO，默认 20）。",
      },
    },
    "zh-TW": {
      description: "評分卡分數對應的好壞比：exp((分數 − 偏移量) / 因子)，因子 = PDO / ln 2。",
      parameters: {
        points: "評分卡分數。",
        base_points: "基準好壞比對應的分數（預設 600）。",
        base_odds: "基準分數對應的好壞比（預設 50）。",
        pdo: "好壞比加倍所需的分數（PDO，預設 20）。",
      },
    },
  },
  ODDSTOSCORE: {
    "zh-CN": {
      description: "好坏比对应的评分卡分数：偏移量 + 因子 × ln(好坏比)，因子 = PDO / ln 2。",
      parameters: {
        odds: "好坏比，如 50 表示 50:1。",
        base_points: "基准好坏比对应的分数（默认 600）。",
        base_odds: "基准分数对应的好坏比（默认 50）。",
        pdo: "好坏比翻倍所需的分数（PDO，默认 20）。",
      },
    },
    "zh-TW": {
      description: "好壞比對應的評分卡分數：偏移量 + 因子 × ln(好壞比)，因子 = PDO / ln 2。",
      parameters: {
        odds: "好壞比，例如 50 代表 50:1。",
        base_points: "基準好壞比對應的分數（預設 600）。",
        base_odds: "基準分數對應的好壞比（預設 50）。",
        pdo: "好壞比加倍所需的分數（PDO，預設 20）。",
      },
    },
  },
  SCORETOPD: {
    "zh-CN": {
      description: "评分卡分数对应的违约概率：1 / (1 + 好坏比)。",
      parameters: {
        points: "评分卡分数。",
        base_points: "基准好坏比对应的分数（默认 600）。",
        base_odds: "基准分数对应的好坏比（默认 50）。",
        pdo: "好坏比翻倍所需的分数（PDO，默认 20）。",
      },
    },
    "zh-TW": {
      description: "評分卡分數對應的違約機率：1 / (1 + 好壞比)。",
      parameters: {
        points: "評分卡分數。",
        base_points: "基準好壞比對應的分數（預設 600）。",
        base_odds: "基準分數對應的好壞比（預設 50）。",
        pdo: "好壞比加倍所需的分數（PDO，預設 20）。",
      },
    },
  },
  WOE: {
    "zh-CN": {
      description: "特征各分箱的证据权重（WOE）：ln(好样本占比 / 坏样本占比)；大于 0 表示该箱优于平均水平。",
      parameters: {
        goods: "各分箱的好样本数（一列或一行）。",
        bads: "各分箱的坏样本数，与 goods 的单元格一一对应。",
      },
    },
    "zh-TW": {
      description: "特徵各分組的證據權重（WOE）：ln(好樣本占比 / 壞樣本占比)；大於 0 表示該組優於平均。",
      parameters: {
        goods: "各分組的好樣本數（一欄或一列）。",
        bads: "各分組的壞樣本數，與 goods 的儲存格逐一對應。",
      },
    },
  },
  INFOVALUE: {
    "zh-CN": {
      description: "特征的信息值（IV）：各分箱 (好样本占比 − 坏样本占比) × WOE 之和。",
      parameters: {
        goods: "各分箱的好样本数（一列或一行）。",
        bads: "各分箱的坏样本数，与 goods 的单元格一一对应。",
      },
    },
    "zh-TW": {
      description: "特徵的資訊值（IV）：各分組 (好樣本占比 − 壞樣本占比) × WOE 的總和。",
      parameters: {
        goods: "各分組的好樣本數（一欄或一列）。",
        bads: "各分組的壞樣本數，與 goods 的儲存格逐一對應。",
      },
    },
  },
  PSI: {
    "zh-CN": {
      description:
        "群体稳定性指标（PSI）：Σ (实际占比 − 预期占比) × ln(实际占比 / 预期占比)；低于 0.1 为稳定，0.25 及以上为显著偏移。",
      parameters: {
        expected: "开发样本各分箱的数量或占比（一列或一行）。",
        actual: "新样本各分箱的数量或占比，与 expected 的单元格一一对应。",
      },
    },
    "zh-TW": {
      description:
        "母體穩定度指標（PSI）：Σ (實際占比 − 預期占比) × ln(實際占比 / 預期占比)；低於 0.1 為穩定，0.25（含）以上為顯著偏移。",
      parameters: {
        expected: "開發樣本各分組的筆數或占比（一欄或一列）。",
        actual: "新樣本各分組的筆數或占比，與 expected 的儲存格逐一對應。",
      },
    },
  },
  CORE: {
    "zh-CN": {
      description: '按 70% 规则识别核心客户：销售额由大到小累计达 70% 的客户（含跨过 70% 者）旁标 "Core"。',
      parameters: {
        sales: "各客户销售额（一列或一行）；空白按 0 计。",
        threshold: "核心客户的累计销售占比（默认 0.7）。",
      },
    },
    "zh-TW": {
      description: '依 70% 法則找出核心客戶：銷售額由大至小累計達 70% 的客戶（含跨過 70% 者）旁標示 "Core"。',
      parameters: {
        sales: "各客戶銷售額（一欄或一列）；空白視為 0。",
        threshold: "核心客戶的累計銷售占比（預設 0.7）。",
      },
    },
  },
  ABC: {
    "zh-CN": {
      description: "按销售额累计占比对客户进行 ABC 分类：A 至 70%，B 至 90%，其余为 C。",
      parameters: {
        sales: "各客户销售额（一列或一行）；空白按 0 计。",
        a: "A 类的累计占比（默认 0.7）。",
        b: "A、B 两类的累计占比（默认 0.9）。",
      },
    },
    "zh-TW": {
      description: "依銷售額累計占比將客戶分為 ABC 三類：A 至 70%，B 至 90%，其餘為 C。",
      parameters: {
        sales: "各客戶銷售額（一欄或一列）；空白視為 0。",
        a: "A 類的累計占比（預設 0.7）。",
        b: "A、B 兩類的累計占比（預設 0.9）。",
      },
    },
  },
  SHARE: {
    "zh-CN": {
      description: "某值占合计的比例：值 / Σ 所有值，如某客户的应收账款占比。",
      parameters: {
        value: "该客户的数值。",
        values: "所有客户的数值。",
      },
    },
    "zh-TW": {
      description: "某值占總計的比率：值 / Σ 所有值，例如某客戶的應收帳款占比。",
      parameters: {
        value: "該客戶的數值。",
        values: "所有客戶的數值。",
      },
    },
  },
};
