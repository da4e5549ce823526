import { type CliStrings } from "../en/cli";

/**
 * `creditkit` 命令行的简体中文文本。
 *
 * @example
 * cli.errors.fileNotFound; // '找不到文件“{{file}}”。'
 */
export const cli: CliStrings = {
  description: "命令行中的 CreditKit：在 Excel 之外计算 CREDIT 公式、重新计算工作簿并生成信用报表。",
  options: {
    version: "显示版本号",
    help: "显示命令帮助",
    json: "以 JSON 而不是文本输出",
    out: "将结果写入此 .xlsx 文件",
    lang: "消息语言：en、zh-CN 或 zh-TW（默认取自 LANG）",
  },
  eval: {
    description: "在空白工作簿中计算一个公式，例如 creditkit eval '=CREDIT.GRADE(72)'",
    formula: "公式，以 = 开头",
  },
  calc: {
    description: "重新计算工作簿中的公式（CREDIT 函数和内置函数），并输出或保存结果",
    book: "工作簿（.xlsx）",
    progress: "正在重新计算 {{count}} 个公式…",
    wrote: "已写入 {{file}}。",
    summary: "共 {{count}} 个公式单元格。",
  },
  aging: {
    description: "在指定日期对台账（.xlsx 或 .csv）中的未收发票做账龄分析，并输出或保存账龄报表",
    ledger: "台账：.xlsx 工作簿或 .csv 文件",
    sheet: "台账所在工作表（默认第一个工作表）",
    asOf: "截止日期，格式 YYYY-MM-DD（默认今天）",
    basis: "按到期日或开票日计算账龄",
    buckets: '账龄区间分界天数，例如 "30,60,90,120"',
    dateOrder: "1/2/2013 这类歧义日期的日月顺序（默认自动识别）",
    map: "手动指定列，例如 customer=客户,dueDate=到期日",
    groupBy: "按客户、业务员或区域汇总",
    out: "将账龄报表写入此 .xlsx 文件",
  },
  template: {
    description: "生成空白评分卡模板工作簿：加权风险因素评分卡、三指标评级或专家评审。",
    kind: "模板类型：weighted（加权）、rating（评级）或 expert（专家）。",
    portable: "只使用 Excel 内置函数，没有加载项也能使用。",
    out: "要写入的 .xlsx 文件。",
  },
  score: {
    description:
      "将工作簿中的加权评分卡应用于客户表，生成由实时公式组成的评分结果表（得分、等级、额度、使用率、评级）。",
    book: "包含评分卡和客户的 .xlsx 工作簿。",
    card: "加权评分卡所在的工作表（见 creditkit template weighted）。",
    table: "客户：表格名称、工作表名称或区域，例如 Customers!A1:H500。",
    map: "列的选择，例如 customer=客户名称,paymentHistory=付款记录,solvency=流动比率。",
    portable: "只使用 Excel 内置函数，没有加载项也能使用。",
    json: "以 JSON 输出映射和结果。",
    out: "要写入的 .xlsx 文件：包含评分结果表的工作簿。",
    problem: "{{message}}",
    mapped: "{{factor}} ← {{column}}{{bands}}",
    banded: "（分档）",
    field: "{{field}} ← {{column}}",
  },
  check: {
    description: "按预警规则检查台账（.xlsx 或 .csv）中的每个客户，并输出或保存预警",
    book: "工作簿（.xlsx）或台账（.csv）",
    sheet: "台账所在工作表（默认第一个工作表）",
    master: "客户主数据所在工作表（额度、账期、等级、最近评审）",
    history: "付款历史所在工作表（默认使用台账自身的回款日期，如有）",
    asOf: "截止日期，格式 YYYY-MM-DD（默认今天）",
    rules: "规则文件（JSON，与预警视图保存的格式相同；默认使用工作簿中保存的规则）",
    out: "将带有预警工作表的工作簿写入此 .xlsx 文件",
    failOn: "存在该严重程度或更高的预警时以状态 1 退出（用于流水线）",
    notRunTitle: "未运行的规则（{{count}}）",
    rejectedTitle: "未能读取的行（{{count}}）",
    failed: "严重程度为{{severity}}或更高的预警：{{count}} 条（--fail-on {{flag}}）。",
    blocked: "无法检查“{{file}}”：{{reasons}}",
    historyBlocked: "“{{file}}”：无法读取工作表 {{sheet}} 中的付款历史：{{reasons}}",
    settingsUnreadable: "“{{file}}”：工作簿中保存的预警规则无法使用：{{reason}} 可用 --rules 指定其他规则。",
    rulesUnreadable: "“{{file}}”不是可用的规则文件：{{reason}}",
    sheetTaken:
      "“{{file}}”中已有名为 {{sheet}} 的工作表且不是由 CreditKit 写入；请将其重命名，或改用其他 --as-of。",
  },
  errors: {
    badOption: "{{option}}：{{message}}",
    sheetNotFound: "“{{file}}”中没有名为“{{sheet}}”的工作表。",
    ledgerBlocked: "无法对“{{file}}”做账龄分析：{{reasons}}",
    usage: "{{message}} 用法请运行 creditkit {{command}} --help。",
    fileNotFound: "找不到文件“{{file}}”。",
    fileUnreadable: "无法读取“{{file}}”：{{reason}}",
    notXlsx: "“{{file}}”不是 .xlsx 工作簿。请另存为“Excel 工作簿 (.xlsx)”后重试。",
    notWritable: "无法写入“{{file}}”：{{reason}}",
    formulaNotValid: "无法读取公式“{{formula}}”：请检查括号、逗号和引号。",
    formulaEmpty: "请给出公式，例如 '=CREDIT.GRADE(72)'。",
    unexpected: "出现意外错误：{{reason}}",
  },
};
