import { agingReportLabels } from "../../../src/app/aging/reportLabels";
import { ageLedger, type RawCell } from "../../../src/core/ledger";
import {
  agingReportSpec,
  agingSheetName,
  cellAddress,
  rangeAddress,
  sheetNameProblem,
} from "../../../src/core/report";
import { resources, supportedLanguages, translate } from "../../../src/i18n";
import { ok, readLedger, serial } from "../ledger/ledgerTestKit";
import { SheetGrid } from "./_lib/sheetGrid";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("the report's text in every language", () => {
  const en = resources.en.report.aging;

  it.each(supportedLanguages)(
    "%s has every label, none blank, with the placeholders English has",
    (language) => {
      const table = resources[language].report.aging;
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const [name, text] of Object.entries(table)) {
        expect([name, text.trim() === ""]).toEqual([name, false]);
        expect([name, placeholders(text)]).toEqual([name, placeholders(en[name as keyof typeof en])]);
      }
    },
  );

  it("fills the title, options and table captions from their placeholders", () => {
    expect(placeholders(en.title)).toEqual(["asOf"]);
    expect(placeholders(en.options)).toEqual(["basis", "buckets", "groupBy", "source"]);
    expect(placeholders(en.groupsIn)).toEqual(["currency"]);
  });

  it("calls a sheet row 列 and a column 欄 in Traditional Chinese", () => {
    expect(resources["zh-TW"].report.aging.row).toBe("列");
    expect(resources["zh-TW"].report.aging.column).toBe("欄");
    expect(resources["zh-CN"].report.aging.row).toBe("行");
    expect(resources["zh-CN"].report.aging.column).toBe("列");
  });
});

describe("agingReportSpec in Simplified Chinese", () => {
  // As of 2026-10-31: 甲公司 1,000 CNY due 2026-10-01 (30 days → 1-30) and 500 due 2026-11-30 (not due);
  // 乙公司 200 due 2026-08-31 (61 days → 61-90); row 5 is rejected (no 30 February).
  const rows: RawCell[][] = [
    ["客户", "到期日", "金额", "币种"],
    ["甲公司", serial("2026-10-01"), 1000, "CNY"],
    ["甲公司", serial("2026-11-30"), 500, "CNY"],
    ["乙公司", serial("2026-08-31"), 200, "CNY"],
    ["乙公司", "2026-02-30", 300, "CNY"],
  ];
  const result = ok(ageLedger(readLedger(rows, { asOf: serial("2026-10-31") })));
  const labels = agingReportLabels("zh-CN");
  const spec = agingReportSpec(result, {
    sheetName: agingSheetName(result.asOf, "账龄"),
    sourceName: "台账",
    labels,
  });
  const grid = new SheetGrid(spec);

  it("names the sheet within Excel's rules", () => {
    expect(spec.name).toBe("账龄 2026-10-31");
    expect(sheetNameProblem(spec.name)).toBeNull();
  });

  it("writes the title and options in Chinese", () => {
    expect(grid.at("A1")).toBe("应收账款账龄分析（截至 2026-10-31）");
    expect(grid.at("A2")).toBe(
      "口径：按到期日计算逾期天数 · 账龄区间：30,60,90,120 · 数据来源：台账 · 按客户",
    );
  });

  it("heads the summary, the customer table, the provision matrix and the rejected rows in Chinese", () => {
    const summary = grid.find("总体情况");
    expect(grid.values(rangeAddress(summary.row + 1, 1, 1, 12))[0]).toEqual([
      "币种",
      "未到期",
      "1-30",
      "31-60",
      "61-90",
      "91-120",
      "121+",
      "未收余额",
      "逾期占比",
      "笔数",
      "未读取行数",
      "未读取金额",
    ]);
    expect(spec.charts?.[0]?.title).toBe("应收账款账龄分布");
    const customers = grid.find("客户明细 — CNY");
    expect(grid.values(rangeAddress(customers.row + 1, 1, 1, 13))[0]).toEqual([
      "客户",
      "未收余额",
      "未到期",
      "1-30",
      "31-60",
      "61-90",
      "91-120",
      "121+",
      "逾期金额",
      "逾期占比",
      "最长逾期天数",
      "加权平均逾期天数",
      "笔数",
    ]);
    // customers in code-unit order: 乙 (U+4E59) before 甲 (U+7532); then the totals row
    expect(grid.values(rangeAddress(customers.row + 2, 1, 3, 1)).flat()).toEqual([
      "乙公司",
      "甲公司",
      "合计",
    ]);
    expect(grid.find("IFRS 9 准备矩阵").column).toBe(1);
    const provision = grid.find("账龄区间 (CNY)");
    expect(grid.values(rangeAddress(provision.row, 2, 1, 3))[0]).toEqual(["余额", "损失率", "坏账准备"]);
    expect(grid.at(cellAddress(provision.row + 1, 1))).toBe("未到期");
    const rejected = grid.find("未能读取的行 (1)");
    expect(grid.values(rangeAddress(rejected.row + 1, 1, 1, 6))[0]).toEqual([
      "行",
      "列",
      "内容",
      "原因",
      "金额",
      "币种",
    ]);
  });

  it("gives the reason of a rejected row in Chinese, with its row, column and value filled in", () => {
    const rejected = grid.find("未能读取的行 (1)");
    const line = grid.values(rangeAddress(rejected.row + 2, 1, 1, 6))[0]!;
    expect(line.slice(0, 3)).toEqual([5, "到期日", "2026-02-30"]);
    expect(line.slice(4)).toEqual([300, "CNY"]);
    const reason = line[3];
    expect(reason).toBe(
      translate("zh-CN", `errors:${result.rejected[0]!.reason}`, {
        row: 5,
        column: "到期日",
        value: "2026-02-30",
      }),
    );
    expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(reason).toContain("2026-02-30");
    expect(reason).not.toMatch(/\{|ledger/);
  });

  it("lists the notices in Chinese", () => {
    const title = grid.find("提示");
    const notices = grid.values(rangeAddress(title.row + 1, 1, result.notices.length, 1)).flat();
    for (const notice of notices) {
      expect(notice).toMatch(/[\u4e00-\u9fff]/);
      expect(notice).not.toMatch(/\{|ledger/);
    }
  });

  it("shows no English label anywhere", () => {
    const english = new Set(
      Object.entries(resources.en.report.aging)
        .filter(
          ([name, text]) =>
            text !== resources["zh-CN"].report.aging[name as keyof typeof resources.en.report.aging],
        )
        .map(([, text]) => text),
    );
    const leaked = grid.texts().filter((text) => english.has(text) || text.startsWith("Receivables aging"));
    expect(leaked).toEqual([]);
  });
});
