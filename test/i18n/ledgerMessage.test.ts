import { agingReportLabels } from "../../src/app/aging/reportLabels";
import { createI18n, ledgerMessage, ledgerMessageIn } from "../../src/i18n";
import { errorText, problemText } from "../../src/taskpane/views/aging/_lib/messageText";

const ambiguous = {
  field: "dueDate",
  chosen: "Due",
  chosenColumn: "D",
  other: "Due date",
  otherColumn: "F",
};

describe("ledgerMessage", () => {
  it("fills every placeholder of a rejected row", () => {
    expect(ledgerMessage("en", "ledgerAmountUnreadable", { row: 17, column: "Amount", value: "12,0x" })).toBe(
      'Row 17, column Amount: "12,0x" is not an amount; enter a number such as 1250.50.',
    );
    expect(
      ledgerMessage("zh-TW", "ledgerAmountUnreadable", { row: 17, column: "金額", value: "12,0x" }),
    ).toBe("第 17 列「金額」欄：「12,0x」不是金額；請輸入數字，例如 1250.50。");
  });

  it("shows a ledger field by its label in each language", () => {
    expect(ledgerMessage("en", "fieldAmbiguous", ambiguous)).toBe(
      'Due date: both "Due" (column D) and "Due date" (column F) could be this column, and "Due" was used; check it and choose the other if that is the right one.',
    );
    expect(ledgerMessage("zh-CN", "fieldAmbiguous", ambiguous)).toBe(
      "到期日：“Due”（D 列）和“Due date”（F 列）都可能是这一列，目前使用的是“Due”；请核对，如另一列才正确，请改选。",
    );
    expect(ledgerMessage("zh-TW", "ledgerMappingInvalid", { field: "settledDate", value: "-1" })).toBe(
      "沖銷日期 被設為「-1」，這不是有效的欄；請重新選擇該欄位所在的欄。",
    );
  });

  it("shows the grouping column and the date order by their labels", () => {
    expect(ledgerMessage("zh-CN", "ledgerNoGroupColumn", { groupBy: "salesperson" })).toBe(
      "按业务员汇总需要业务员列；请选择该列，或改为按客户汇总。",
    );
    expect(ledgerMessage("zh-TW", "ledgerGroupBlank", { count: 3, groupBy: "region" })).toBe(
      "有 3 筆的區域是空白的，已合併為名稱空白的一組。",
    );
    expect(
      ledgerMessage("en", "ledgerDayOrderDetected", { count: 37, order: "dmy", example: "13/1/2026" }),
    ).toBe(
      "Dates typed as text were read as Day/month/year (31/10/2026): 37 of them can only be read that way.",
    );
  });

  it("keeps the code name a user types on --map beside the label, in the language's list style", () => {
    const params = { field: "owner", fields: "customer, invoice, dueDate" };
    expect(ledgerMessage("zh-TW", "mapFieldUnknown", params)).toBe(
      "--map：「owner」不是明細欄位；請使用下列之一：客戶 (customer)、發票號碼 (invoice)、到期日 (dueDate)。",
    );
    expect(ledgerMessage("en", "mapFieldRepeated", { field: "dueDate" })).toBe(
      "--map: Due date (dueDate) is given twice; keep one of them.",
    );
  });

  it("leaves a name that is no ledger field as it is", () => {
    // A customer master's field, which has no ledger label.
    expect(ledgerMessage("en", "fieldAmbiguous", { ...ambiguous, field: "limit" })).toMatch(/^limit: both/);
  });

  it("falls back to the generic message with the id when the id has no text", () => {
    expect(ledgerMessage("en", "ledgerNoSuchThing", { row: 2 })).toBe(
      "The calculation could not be completed. (ledgerNoSuchThing)",
    );
    expect(ledgerMessage("zh-CN", "ledgerNoSuchThing")).toBe("无法完成计算。 (ledgerNoSuchThing)");
  });

  it("reads a notice's count naturally", () => {
    expect(ledgerMessage("en", "ledgerInvoicedAfterAsOf", { count: 4 })).toBe(
      "4 invoices dated after the as-of date were left out.",
    );
    expect(ledgerMessage("zh-CN", "ledgerDueDateAssumed", { count: 12, fromTerms: 10 })).toBe(
      "有 12 张发票没有到期日，已按开票日期加账期推算（其中 10 张有账期，其余视为开票当日到期）。",
    );
  });
});

describe("ledgerMessageIn", () => {
  it("words a message in the instance's current language, and follows a language switch", () => {
    const i18n = createI18n("en");
    expect(ledgerMessageIn(i18n, "ledgerNoGroupColumn", { groupBy: "region" })).toBe(
      "Grouping by Region needs a Region column; choose it, or group by customer.",
    );
    void i18n.changeLanguage("zh-TW");
    expect(ledgerMessageIn(i18n, "ledgerNoGroupColumn", { groupBy: "region" })).toBe(
      "依區域彙總需要區域欄；請選擇該欄，或改為依客戶彙總。",
    );
    expect(ledgerMessageIn(i18n, "mapFieldUnknown", { field: "x", fields: "customer, region" })).toBe(
      "--map：「x」不是明細欄位；請使用下列之一：客戶 (customer)、區域 (region)。",
    );
    expect(ledgerMessageIn(i18n, "ledgerNoSuchThing")).toBe("無法完成計算。 (ledgerNoSuchThing)");
  });
});

describe("every edge words a ledger message the same way", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "the report, the task pane and ledgerMessage agree (%s)",
    (language) => {
      const i18n = createI18n(language);
      const expected = ledgerMessage(language, "fieldAmbiguous", ambiguous);
      expect(expected).not.toContain("dueDate"); // the label, never the code name
      expect(agingReportLabels(language).message("fieldAmbiguous", ambiguous)).toBe(expected);
      expect(errorText(i18n, "fieldAmbiguous", ambiguous)).toBe(expected);
      expect(problemText(i18n, { id: "fieldAmbiguous", severity: "warning", params: ambiguous })).toBe(
        expected,
      );
    },
  );
});
