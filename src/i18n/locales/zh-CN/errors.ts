/**
 * Simplified Chinese messages of the cell functions' errors (the `errors` namespace), in mainland
 * finance wording (参数, 单元格, 区域, 应收账款, 账龄). Excel parameter names stay in English
 * (`days_late`), as the localized function tooltips keep them.
 */
import type { ErrorStrings } from "../en/errors";

/**
 * The Simplified Chinese error messages; typed by the English table so a missing id fails `tsc`.
 *
 * @example
 * errors.generic; // "无法完成计算。"
 * errors.argBlank; // "参数 {{arg}} 为空：需要填写一个值。"
 */
export const errors: ErrorStrings = {
  generic: "无法完成计算。",
  internal: "CreditKit 内部出现问题，未能完成此计算；请连同公式一起反馈此问题。",

  argBlank: "参数 {{arg}} 为空：需要填写一个值。",
  argNotNumber: "参数 {{arg}}：应为数字，实际为“{{value}}”。",
  argNotFinite: "参数 {{arg}} 不是可用的数字，请输入普通数字。",
  argNotSingle: "参数 {{arg}} 只能是一个值，不能是 {{size}} 的单元格区域。",
  argNotText: "参数 {{arg}}：应为文本，实际为 {{value}}。",
  argNotChoice: "参数 {{arg}}：“{{value}}”不是可选项，请使用 {{choices}}。",
  argNotDate: "参数 {{arg}}：应为日期，实际为“{{value}}”。",
  argNotDateSerial:
    "参数 {{arg}}：{{value}} 不是日期；Excel 日期是 1（1900-01-01）到 2958465（9999-12-31）之间的数字。",
  argNotGradeOrScore: "参数 {{arg}}：应为等级（如 A）或 0 到 100 的评分，实际为“{{value}}”。",
  argNotTwoColumns: "参数 {{arg}} 必须是两列宽的区域，而不是 {{columns}} 列。",

  itemNotNumber:
    "参数 {{arg}} 第 {{index}} 项（第 {{row}} 行第 {{column}} 列）：应为数字，实际为“{{value}}”。",
  itemNotFinite: "参数 {{arg}}：有单元格的值不能作为数字使用，请输入普通数字。",
  itemNotDate: "参数 {{arg}} 第 {{index}} 项（第 {{row}} 行第 {{column}} 列）：应为日期，实际为“{{value}}”。",
  itemNotText: "参数 {{arg}} 第 {{index}} 项（第 {{row}} 行第 {{column}} 列）：应为文本，实际为 {{value}}。",
  itemNegative: "参数 {{arg}} 第 {{position}} 项为负数；此处的值必须大于或等于 0。",
  itemNotPositive: "参数 {{arg}} 第 {{position}} 项必须大于 0。",
  itemTooLarge: "参数 {{arg}} 第 {{position}} 项数值过大，无法精确求和。",
  listEmpty: "参数 {{arg}} 没有任何值，请至少提供一个。",
  listValueNotANumber: "参数 {{arg}} 第 {{index}} 项不是数字。",
  listLengthMismatch: "参数 {{arg}} 有 {{actual}} 个值，而 {{other}} 有 {{expected}} 个；两者必须一一对应。",
  lengthMismatch:
    "{{first}} 有 {{firstLength}} 个单元格，而 {{second}} 有 {{secondLength}} 个；两者的单元格数量必须相同。",
  pairIncomplete: "参数 {{arg}} 第 {{index}} 项为空，而另一区域的对应单元格已填写；请两者都填写或都留空。",
  amountWithoutDate: "参数 {{arg}} 第 {{index}} 项：日期为空但有金额；请填写日期或清除该金额。",

  dateNotValid: "参数 {{arg}} 不是有效日期，请输入如 2026-10-31 这样的日期。",
  dateItemNotValid: "参数 {{arg}} 第 {{position}} 项不是有效日期。",
  dateTextBlank: "参数 {{arg}}：日期文本为空，请输入如 2026-10-31 这样的日期。",
  dateUnreadable: "参数 {{arg}}：无法将“{{text}}”识别为日期，请按年-月-日输入，如 2026-10-31。",
  dateAmbiguous:
    "参数 {{arg}}：“{{text}}”有歧义，{{first}} 既可能是日也可能是月。请按年-月-日输入，如 2026-10-31。",
  dateYearOutOfRange:
    "参数 {{arg}}：“{{text}}”的年份为 {{year}}；Excel 日期的年份范围是 {{first}} 到 {{last}}。",
  dateMonthImpossible: "参数 {{arg}}：“{{text}}”的月份为 {{month}}；月份只能是 1 到 12。",
  dateImpossible: "参数 {{arg}}：“{{text}}”不是真实存在的日期：{{year}} 年 {{month}} 月只有 {{lastDay}} 天。",
  timeImpossible: "参数 {{arg}}：“{{text}}”中的时间不存在；小时为 0 到 23，分钟为 0 到 59。",
  dateSerialOutOfRange:
    "日期序列号 {{serial}} 超出 Excel 的日期范围，有效范围是 {{first}}（1900-01-01）到 {{last}}（9999-12-31）。",
  date1904SerialOutOfRange:
    "日期序列号 {{serial}} 超出 1904 日期系统的范围，有效范围是 {{first}}（1904-01-01）到 {{last}}（9999-12-31）。",
  dateBefore1904: "日期序列号 {{serial}} 早于 1904-01-01，使用 1904 日期系统的工作簿无法存放该日期。",

  amountNotFinite: "有金额不是可用的数字，请检查金额中是否有错误值。",
  amountTooLarge: "金额 {{amount}} 过大，无法精确到 {{decimals}} 位小数计算。",
  minorUnitsNotWhole: "以货币最小单位（如分）计的金额不是整数。",
  moneySumTooLarge: "金额合计过大，无法精确到 {{decimals}} 位小数求和。",
  decimalsOutOfRange: "小数位数必须是 0 到 {{max}} 之间的整数。",

  notANumber: "参数 {{arg}} 不是可用的数字。",
  numberNotFinite: "参数 {{arg}} 不是可用的数字。",
  negativeValue: "参数 {{arg}} 为 {{value}}，不能为负数。",
  numberNegative: "参数 {{arg}} 为负数，必须大于或等于 0。",
  notPositive: "参数 {{arg}} 为 {{value}}，必须大于 0。",
  numberNotPositive: "参数 {{arg}} 必须大于 0。",
  outOfRange: "参数 {{arg}} 为 {{value}}，必须介于 {{min}} 和 {{max}} 之间。",
  divisionByZero: "参数 {{arg}} 为 0，而计算结果要除以它；请输入不为 0 的值。",
  denominatorZero: "参数 {{arg}} 为 0，而计算结果要除以它；请输入不为 0 的值。",
  numberTooLarge: "结果过大，无法以数字显示；请检查输入中是否有极大的数值。",
  valueTooLarge: "参数 {{arg}} 过大，无法精确计算到分。",

  weightBlank: "参数 {{arg}} 第 {{index}} 项为空：每个因素都需要权重（填 0 表示不计该因素）。",
  weightInvalid: "weights 第 {{index}} 项为 {{value}}；权重必须大于或等于 0。",
  weightsSumZero: "权重合计为 0，请至少给一个因素设置大于 0 的权重。",
  scoreOutOfRange: "第 {{index}} 个因素的评分为 {{value}}；评分必须在 0 到最高 {{max}} 分之间。",
  pointsOutOfRange: "points 为 {{points}}，对此评分刻度而言过于极端，无法换算出好坏比。",
  scoreMissing:
    '第 {{index}} 个因素没有评分，而 missing 为 "error"；请填写评分，或将 missing 改为 "reallocate" 或 "zero"。',
  allScoresMissing: "所有因素都没有评分，请至少填写一个评分。",
  missingPolicyInvalid: '“{{value}}”不是缺失评分的处理方式，请使用 "reallocate"、"zero" 或 "error"。',
  gradeScaleUnknown: '“{{value}}”不是评级标准，请使用 "ABCD"、"AAA"，或由下限和等级组成的两列区域。',
  gradeScaleBound: "参数 {{arg}} 第 {{row}} 行：下限“{{value}}”不是数字。",
  gradeScaleBoundInvalid: "scale 第 {{row}} 行：下限不是数字。",
  gradeScaleEmptyLabel: "scale 第 {{row}} 行：等级为空。",
  gradeScaleDuplicateBound: "scale：下限 {{bound}} 出现了两次，每个等级需要各自的下限。",
  gradeScaleEmpty: 'scale 没有任何行；请提供（下限，等级）行，或使用 "ABCD" 或 "AAA"。',
  scoreBelowLowestBound: "评分 {{score}} 低于评级标准的最低下限（{{bound}}），无法对应任何等级。",
  pointsShapeInvalid:
    "points 的个数必须与 breakpoints 相同，或多一个（用于低于第一个分界点的值）；现有 {{breakpoints}} 个分界点、{{points}} 个分值。",
  noBands: "breakpoints 和 points 都为空，请至少提供一个区间。",
  breakpointsNotAscending:
    "breakpoints 第 {{index}} 项（{{value}}）必须大于前一项；请按从低到高的顺序列出分界点。",
  valueBelowFirstBand:
    "value 为 {{value}}，低于第一个分界点（{{first}}），不属于任何区间；若要给更低的值打分，请让 points 比 breakpoints 多一个。",

  gradeInvalid: "grades 第 {{position}} 项为“{{value}}”；只能合并 A、B、C、D 四个等级。",
  noGrades: "没有可合并的等级：所有单元格都为空。",
  loyaltyThresholdsShape:
    "参数 {{arg}} 需要三个份额，即 A、B、C 的下限（以小数表示，0.6 即 60%），而不是 {{count}} 个。",
  loyaltyThresholdsInvalid:
    "忠诚度阈值 {{a}}、{{b}}、{{c}} 必须从 A 到 C 依次递减，且每个都大于 0、不超过 1（以小数表示，0.6 即 60%）。",

  ratingOutOfRange: "ratings 第 {{row}} 行第 {{column}} 列：{{value}} 不是 1 到 5 的评分。",
  noExpertScores: "ratings 中还没有任何评分，至少需要一位专家打分。",
  consensusMethodInvalid: '“{{value}}”不是共识计算方法，请使用 "median"、"mean" 或 "trimmed"。',

  gradeEmpty: "等级为空，请输入等级（如 A）或评分。",
  gradeHasNoMultiplier: "信用政策中没有等级“{{grade}}”的系数，请在 policy 中添加一行 multiplier_{{grade}}。",
  policyRow: "参数 {{arg}} 第 {{row}} 行：应为设置名称和一个数字。",
  policyKeyUnknown:
    "policy：“{{key}}”不是可用的设置，请使用 multiplier_A（或其他等级）、net_worth_pct、working_capital_pct、round_to 或 days_per_month。",
  policyKeyDuplicate: "policy：“{{key}}”设置了两次，请只保留一行。",
  policyValueNotANumber: "policy：{{key}} 的值为“{{value}}”，不是数字。",

  bucketEdgesEmpty:
    "buckets 中没有账龄分段天数；请提供如 30,60,90,120 的分段，或省略 buckets 以使用这组默认值。",
  bucketEdgesTooMany: "buckets 有 {{count}} 个分段天数，最多只能有 {{max}} 个。",
  bucketEdgeNotWholeDays:
    "buckets 第 {{position}} 个分段天数（“{{item}}”）不是整数；请使用如 30,60,90,120 的分段。",
  bucketEdgeNotPositive: "buckets 第 {{position}} 个分段天数（{{item}}）必须至少为 1 天。",
  bucketEdgesNotAscending:
    "buckets 第 {{position}} 个分段天数（{{item}}）必须大于前一个（{{previous}}）；请按从小到大的顺序列出。",

  bestDsoExceedsDso: "最佳可能 DSO（{{bestDso}} 天）高于 DSO（{{dso}} 天），它最多只能等于 DSO。",
  currentExceedsClosing:
    "closing_current_ar（{{closingCurrentAr}}）大于 closing_ar（{{closingAr}}）；未到期应收账款是全部应收账款的一部分。",
  ceiNothingCollectable:
    "本期没有可回收的款项：opening_ar + credit_sales − closing_current_ar 为 0，无法计算 CEI。",
  ceiCurrentExceedsAvailable: "closing_current_ar 大于 opening_ar + credit_sales，请核对这三个数字。",
  noPaidInvoices: "还没有已付款的发票（所有付款日期都为空），无法计算超出信用期的天数。",
  receivablesExceedSales:
    "应收账款超过了所给全部 {{months}} 个月的赊销额；请在 monthly_sales 中补充更早月份的数据。",

  rateOutOfRange: "参数 {{arg}} 第 {{position}} 项必须是 0 到 1 之间的损失率（以小数表示，0.05 即 5%）。",
  historyValueInvalid: "history 第 {{row}} 行第 {{column}} 列：应为大于或等于 0 的余额。",
  rowLengthMismatch:
    "history 第 {{row}} 行有 {{actual}} 个值，而第一行有 {{expected}} 个；每个月的列数必须相同。",
  rollRateTooFewMonths: "history 至少需要两个月（两行）的数据才能计算迁徙率，而不是 {{months}} 行。",
  rollRateTooFewColumns: "history 至少需要两列（各账龄段，最后是核销金额），而不是 {{columns}} 列。",
  rollRateNoBalance: "history：第 {{bucket}} 个账龄段在最后一个月之前的各月都没有余额，无法计算其迁徙率。",

  shareThresholdOutOfRange: "参数 {{arg}} 必须是大于 0 且不超过 1 的份额（以小数表示，0.7 即 70%）。",
  abcThresholdsOrder:
    "a（{{a}}）必须小于 b（{{b}}）：两者都是占销售总额的累计份额（以小数表示，0.7 即 70%）。",
  topCountNotWhole: "参数 {{arg}} 必须是大于或等于 1 的整数。",
  totalZero: "参数 {{arg}} 中的值合计为 0，无法计算占总额的份额。",
  totalNegative: "参数 {{arg}} 中的值合计小于 0，占总额的份额没有意义。",
  totalTooLarge: "参数 {{arg}} 中的值合计过大，无法精确求和。",

  altmanModelUnknown: '“{{model}}”不是 Altman Z 模型，请使用 "public"、"private"、"nonmfg" 或 "em"。',
  altmanSalesRequired: "Altman 模型“{{model}}”需要销售额，请填写 sales。",

  sourceEmpty: "该工作表或表格为空；请选择存放未结发票的工作表或表格。",
  headerRowNotFound: "前 {{rows}} 行中找不到标题行；台账的数据上方需要一行列名，如客户、到期日、金额。",
  noDataRows: "标题行下方没有数据行；请确认这是存放未结发票的工作表。",
  duplicateHeader:
    "{{first}} 列和 {{second}} 列的标题都是“{{header}}”；请确认使用的是正确的一列，或将其中一列改名。",
  blankHeaderWithData: "{{column}} 列有数据但没有标题，因此未被使用；如需使用，请为其填写标题。",
  fieldAmbiguous:
    "{{field}}：“{{chosen}}”（{{chosenColumn}} 列）和“{{other}}”（{{otherColumn}} 列）都可能是这一列，目前使用的是“{{chosen}}”；请核对，如另一列才正确，请改选。",
  ledgerNoCustomerColumn: "找不到客户列；请选择注明每张发票欠款方的那一列。",
  ledgerNoAmountColumn: "找不到金额列或未收余额列；请选择发票金额或尚未收回金额所在的列。",
  ledgerNoDateColumn: "找不到到期日列，也找不到开票日期列；请至少选择其中一列。",
  ledgerNoInvoiceDateColumn: "按开票日期计算账龄需要开票日期列；请选择该列，或改为按到期日计算。",
  ledgerNoGroupColumn: "按{{groupBy}}汇总需要{{groupBy}}列；请选择该列，或改为按客户汇总。",
  ledgerOptionInvalid: "账龄选项 {{option}} 不能为“{{value}}”；请检查选项后重新运行。",
  ledgerMappingInvalid: "{{field}} 被设为“{{value}}”，这不是有效的列；请重新选择该字段所在的列。",

  ledgerCellError: "第 {{row}} 行“{{column}}”列：单元格中是错误值 {{value}}；请更正公式或数值。",
  ledgerAmountUnreadable: "第 {{row}} 行“{{column}}”列：“{{value}}”不是金额；请输入数字，如 1250.50。",
  ledgerAmountTooLarge: "第 {{row}} 行“{{column}}”列：金额 {{value}} 过大，无法精确计算；请核对。",
  ledgerDateUnreadable: "第 {{row}} 行“{{column}}”列：“{{value}}”不是日期；请输入日期，如 2026-10-31。",
  ledgerDateAmbiguous:
    "第 {{row}} 行“{{column}}”列：“{{value}}”既可能是日在前，也可能是月在前；请按年-月-日输入，如 2026-10-31，或选择日期顺序。",
  ledgerDateImpossible:
    "第 {{row}} 行“{{column}}”列：“{{value}}”不是真实存在的日期（如 2 月 30 日）；请更正。",
  ledgerDateOutOfRange:
    "第 {{row}} 行“{{column}}”列：“{{value}}”得出的日期超出 Excel 的日期范围（1900-01-01 到 9999-12-31）；请更正。",
  ledgerNoDate: "第 {{row}} 行“{{column}}”列：该行既没有到期日也没有开票日期；请至少填写一个。",
  ledgerInvoiceDateMissing: "第 {{row}} 行“{{column}}”列：开票日期为空，而按开票日期计算账龄需要它；请填写。",
  ledgerTermsUnreadable:
    "第 {{row}} 行“{{column}}”列：“{{value}}”不是信用天数；请输入账期，如 30 或 Net 30。",
  ledgerCustomerBlank: "第 {{row}} 行“{{column}}”列：客户为空；请填写客户。",
  ledgerCustomerUnreadable: "第 {{row}} 行“{{column}}”列：{{value}} 不是客户名称；请填写客户。",
  ledgerSummaryRow:
    "第 {{row}} 行“{{column}}”列：“{{value}}”是合计行而不是客户，为避免重复计算，该行未计入。",

  ledgerRowsRejected: "有 {{count}} 行无法读取，未计入账龄；每行都已列出原因，请在台账中更正。",
  ledgerInvoicedAfterAsOf: "有 {{count}} 张开票日期晚于截止日期的发票未计入。",
  ledgerSettledByAsOf: "有 {{count}} 张在截止日期当天或之前已结清的发票未计入。",
  ledgerFutureDated: "有 {{count}} 张未结发票的开票日期晚于截止日期，已计入；如不符合预期，请核对截止日期。",
  ledgerDueDateAssumed:
    "有 {{count}} 张发票没有到期日，已按开票日期加账期推算（其中 {{fromTerms}} 张有账期，其余视为开票当日到期）。",
  ledgerZeroOpenSkipped: "有 {{count}} 行未收金额为 0，未计入。",
  ledgerNegativeItems: "有 {{count}} 笔为负数（红字发票或预收款），已冲减未收余额。",
  ledgerBlankRows: "已跳过 {{count}} 个空行。",
  ledgerCurrencyBlank:
    "有 {{count}} 笔没有填写币种，已按默认币种合计；未设默认币种时归入“未注明币种”。请补填缺少的币种。",
  ledgerGroupBlank: "有 {{count}} 笔的{{groupBy}}为空，已合并为名称为空的一组。",
  ledgerDayOrderDetected: "以文本输入的日期已按{{order}}读取：其中 {{count}} 个只能这样读取。",
  ledgerDayOrderConflicting:
    "以文本输入的日期顺序不一致：有的日在前（如“{{dayFirstExample}}”），有的月在前（如“{{monthFirstExample}}”），共 {{count}} 个。两种读法都可能的日期已被拒绝；请按年-月-日输入，或选择日期顺序。",
  ledgerDayOrderUnknown:
    "有 {{count}} 个日期（如 1/2/2026）既可能是日在前也可能是月在前，台账中没有可判断的依据，这些行已被拒绝；请选择日期顺序后重新运行。",

  masterNoCustomerColumn: "客户主数据中没有客户列；需要用它将额度和等级对应到台账。",
  masterNoDetailColumn: "客户主数据中没有信用额度、账期、等级或评审日期列；至少需要其中一列。",
  masterDuplicateCustomers:
    "客户主数据中有 {{count}} 行重复了前面已列出的客户，如“{{example}}”；每个客户只使用第一行。",
  masterLimitUnreadable: "第 {{row}} 行“{{column}}”列：“{{value}}”不是信用额度；请输入大于或等于 0 的金额。",
  masterTermsUnreadable:
    "第 {{row}} 行“{{column}}”列：“{{value}}”不是信用天数；请输入账期，如 30 或 Net 30。",

  agingOptionMismatch: "计算账龄时使用的 {{option}} 与读取台账时不同；请用相同的选项重新读取台账。",
  agingSalesCurrencyNeeded: "台账中有多个币种（{{currencies}}）；请注明赊销额的币种，以便计算 DSO。",
  agingMasterUnmatched:
    "台账中有 {{count}} 个客户不在客户主数据中，如“{{example}}”；这些客户不显示额度和等级。",

  mapEmpty: "--map 为空；请按 customer=Client,dueDate=Due 的格式填写。",
  mapItemMalformed: "--map：“{{item}}”不是 字段=列 的格式，如 dueDate=Due。",
  mapFieldUnknown: "--map：“{{field}}”不是台账字段；请使用以下之一：{{fields}}。",
  mapFieldRepeated: "--map：{{field}} 指定了两次；请只保留一个。",
  mapHeaderNotFound:
    "--map：没有标题为“{{header}}”的列（用于 {{field}}）；请使用以下标题之一：{{headers}}，或使用列字母。",

  warningSettingsInvalid: "保存的预警设置在 {{path}} 处无效；请在预警视图中重新保存规则，或更正 JSON。",
  warningRuleUnknown: "预警设置中的规则“{{rule}}”无法识别；请删除或更正其名称。",
  warningThresholdUnknown: "预警规则 {{rule}} 没有阈值“{{threshold}}”；请删除或更正其名称。",
  warningThresholdInvalid:
    "预警规则 {{rule}}：{{threshold}} 不能为“{{value}}”；请输入 {{min}} 到 {{max}} 之间的数字。",
  warningThresholdNotWhole: "预警规则 {{rule}}：{{threshold}} 必须为整数，不能为 {{value}}。",
  warningThresholdOrder: "预警规则 {{rule}}：{{threshold}} 不能低于 {{other}}。",
  warningHistoryInvalid: "付款历史第 {{row}} 行：{{field}} 无法使用；请更正或删除该行。",
  historyNoAmountColumn: "付款历史中找不到发票金额列；请选择每张发票金额所在的列。",
  historyNoSettledColumn: "付款历史中找不到回款日期列，无法计算逾期天数；请选择每张发票回款日期所在的列。",

  outcomeColumnEmpty: "结果列没有任何值；请选择标明每个客户最终为好或坏的列。",
  outcomeSingleValue: "结果列每一行都是“{{value}}”；评分卡需要同时有好客户和坏客户。",
  outcomeAmbiguous: "结果列包含 {{values}}；请指明哪些值表示好、哪些表示坏。",
  outcomeMappingOverlap: "“{{value}}”同时被列为好和坏；请只保留在一边。",
  outcomeMappingNoGood: "没有值被标为好；请选择表示好客户的结果值。",
  outcomeMappingNoBad: "没有值被标为坏；请选择表示坏客户的结果值。",
  outcomeGoodValueAbsent: "结果列中没有值“{{value}}”；请从该列已有的值中指定表示好的值。",
  outcomeValueUnmapped: "结果列第 {{row}} 行为“{{value}}”，既不是好值也不是坏值；请将其归入一边或更正。",
  outcomeNoGoods: "所用的 {{rows}} 行中没有好客户；评分卡需要同时有好客户和坏客户。",
  outcomeNoBads: "所用的 {{rows}} 行中没有坏客户；评分卡需要同时有好客户和坏客户。",
  holdoutShareOutOfRange: "留出样本比例为 {{value}}；必须不小于 0 且小于 1（0.3 表示留出 30%）。",
  binCutsNotAscending:
    "{{characteristic}}：第 {{position}} 个切分点（{{value}}）必须是大于前一个切分点的数字。",
  binLevelRepeated: "{{characteristic}}：“{{level}}”出现在两个组中；请只放在一个组。",
  binLevelNotGrouped: "{{characteristic}}：“{{level}}”不在任何组中；请将其加入一个组。",
  binEmpty: "{{characteristic}}：分箱 {{bin}} 中没有数据；请调整切分点或重新分组。",
  characteristicConstant: "{{characteristic}} 只有一个分箱，无法区分好坏客户；请拆分或不使用该特征。",
  scorecardNoCharacteristics: "未选择任何特征；请至少选择一个特征来拟合评分卡。",
  logisticSingular: "{{predictor}} 没有提供其他特征之外的信息（为常数或与其他特征重复）；请不使用该特征。",
  logisticSeparation: "{{predictor}} 几乎完全区分了好坏客户，无法估计其权重；请合并其分箱或不使用该特征。",
  logisticNotConverged: "拟合在 {{iterations}} 步内未收敛；请去掉相互重叠的特征或合并过小的分箱。",
  logisticOneOutcome: "全部 {{rows}} 行的结果相同，无法拟合。",
  logisticOutcomeNotBinary: "第 {{row}} 行：结果为 {{value}}；必须为 0 或 1。",
  historyEmpty: "{{sheet}} 在标题行下面没有数据；请选择每个客户一行并含结果的工作表或表格。",
  historyColumnNotFound: "历史数据中没有“{{column}}”列；现有的列为 {{columns}}。",

  spillResized: "结果的大小已改变，无法放入原有单元格；请重新计算以完整显示。",
};
