/** Simplified Chinese strings of the task pane (the `ui` namespace). */
import type { UiStrings } from "../en/ui";

/**
 * The Simplified Chinese task pane strings; typed by the English table so a missing key fails `tsc`.
 *
 * @example
 * ui.nav.aging; // "账龄"
 */
export const ui: UiStrings = {
  app: {
    tagline: "Excel 信用管理",
    navigation: "视图",
  },
  nav: {
    aging: "账龄",
    warnings: "预警",
    scorecards: "评分卡",
    settings: "设置",
  },
  aging: {
    title: "应收账款账龄",
    description: "按到期日分析应收明细工作表中未结发票的账龄，生成按客户汇总、报告工作表和减值准备矩阵。",
  },
  warnings: {
    title: "信用预警",
    description: "按您的预警规则（如超出信用额度、长期逾期）逐一检查客户，列出需要优先处理的客户。",
  },
  scorecards: {
    title: "客户评分卡",
    description: "按加权风险因素为客户评分、评级，并为每位客户建议信用额度。",
  },
  settings: {
    title: "设置",
    language: "界面语言",
    followOffice: "跟随 Office（{{language}}）",
    storageUnavailable: "当前环境无法保存您的选择，关闭任务窗格前有效。",
    aboutTitle: "关于",
    about: "CreditKit {{version}}。所有计算均在本机完成，工作簿数据不会发送到任何地方。",
  },
};
