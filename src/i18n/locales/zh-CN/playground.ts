import { type PlaygroundStrings } from "../en/playground";

/**
 * 浏览器演示环境（playground）的简体中文文字：工具栏、编辑栏、工作表标签和文件提示。
 *
 * @example
 * playground.toolbar.download; // "下载 .xlsx"
 */
export const playground: PlaygroundStrings = {
  title: "CreditKit 演示环境",
  tagline: "任务窗格与实时计算的工作簿并排显示，全部在本浏览器中计算，不上传任何数据。",
  loading: "正在准备示例工作簿…",
  loadFailed: "无法准备示例工作簿：{{reason}}",
  toolbar: {
    label: "工作簿",
    open: "打开…",
    openTitle: "从本机打开 .xlsx 工作簿或 .csv 文件",
    download: "下载 .xlsx",
    sample: "示例",
    sampleTitle: "重新从示例工作簿开始",
    dark: "深色主题",
    paneWidth: "窗格宽度",
    paneWidthOption: "{{width}} 像素",
  },
  file: {
    opening: "正在打开 {{file}}…",
    opened: "已打开 {{file}}。",
    openFailed: "无法打开 {{file}}：{{reason}}",
    unsupported: "只能打开 .xlsx 工作簿和 .csv 文件。",
    keptAtSavedValue: "有 {{count}} 个公式无法在此重新计算，显示的是文件中保存的值。",
    downloadFailed: "无法保存工作簿：{{reason}}",
    sampleLoaded: "示例工作簿：包含 {{count}} 张发票的应收明细、客户主数据和信用评分卡。",
  },
  formulaBar: {
    label: "编辑栏",
    cell: "所选单元格",
    editFailed: "无法修改 {{address}}：{{reason}}",
  },
  grid: {
    label: "{{sheet}} 的单元格",
  },
  sheets: {
    label: "工作表",
  },
  suggestions: {
    label: "CREDIT 函数",
  },
  pane: {
    label: "CreditKit 任务窗格",
  },
};
