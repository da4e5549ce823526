import { screen, within } from "@testing-library/react";
import { MemoryHost } from "../_lib/memoryHost";
import { renderScorecards, scoresBook, WRITING } from "./_lib/scorecardsFixtures";

jest.setTimeout(120_000);

describe("scorecards view: Chinese", () => {
  it("shows its labels in Simplified Chinese and writes the template's sheet under its Chinese name", async () => {
    const book = await scoresBook();
    const { user } = renderScorecards(book, "zh-CN");
    const insert = within(await screen.findByRole("region", { name: "插入模板" }));
    const apply = within(screen.getByRole("region", { name: "将评分卡应用于客户" }));
    expect(insert.getByRole("radio", { name: "加权风险因素评分卡" })).toBeTruthy();
    expect(insert.getByRole("radio", { name: "三指标客户评级" })).toBeTruthy();
    expect(insert.getByRole("radio", { name: "通用版" })).toBeTruthy();
    expect(apply.getByRole("combobox", { name: "评分卡工作表" }).textContent).toBe("Scorecard");
    await screen.findByRole("heading", { name: "列" });
    // Factor names from the templates' table, fields from the Scores sheet's, bands' metric from its metrics.
    expect(apply.getByRole("combobox", { name: "付款记录" }).textContent).toBe("Payment history");
    expect(apply.getByRole("combobox", { name: "客户" }).textContent).toBe("Customer");
    expect(apply.getByText("按分档计分（流动比率）；分档在评分结果工作表中。")).toBeTruthy();

    await user.click(insert.getByRole("button", { name: "插入" }));
    await screen.findByText("模板已插入为工作表 评分卡，请填写其中的黄色单元格。");
    expect(book.sheetNames()).toEqual(["Scorecard", "Customers", "评分卡"]);

    await user.click(apply.getByRole("button", { name: "应用评分卡" }));
    await screen.findByText("评分结果已写入", {}, WRITING);
    expect(book.sheetNames()).toContain("评分结果");
    expect(apply.getByRole("button", { name: "转到工作表 评分结果" })).toBeTruthy();
  });

  it("shows its labels in Traditional Chinese, with 欄 for column", async () => {
    const book = await scoresBook();
    const { user } = renderScorecards(book, "zh-TW");
    const insert = within(await screen.findByRole("region", { name: "插入範本" }));
    const apply = within(screen.getByRole("region", { name: "將評分卡套用於客戶" }));
    expect(insert.getByRole("radio", { name: "專家評審" })).toBeTruthy();
    expect(insert.getByRole("radio", { name: "使用 CreditKit 函數" })).toBeTruthy();
    await screen.findByRole("heading", { name: "欄" });
    expect(apply.getByRole("combobox", { name: "付款紀錄" }).textContent).toBe("Payment history");
    expect(apply.getByRole("combobox", { name: "經營年限" }).textContent).toBe("Years in business");
    await user.click(apply.getByRole("button", { name: /^顯示全部項目（21 項未使用）$/ }));
    expect(apply.getByRole("combobox", { name: "訴訟紀錄" }).textContent).toBe("不使用");
    await user.click(apply.getByRole("button", { name: "套用評分卡" }));
    await screen.findByText("評分結果已寫入", {}, WRITING);
  });

  it("says in Chinese that no workbook sheet could be listed", async () => {
    const host = new MemoryHost([]);
    host.listSheets = () => Promise.reject(new Error("offline"));
    renderScorecards(host, "zh-TW");
    expect(await screen.findByText("無法列出活頁簿中的工作表。")).toBeTruthy();
  });
});
