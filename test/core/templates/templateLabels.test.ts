/**
 * The templates' text in English, Simplified and Traditional Chinese: the same keys and placeholders in every
 * language, each Chinese table in its own script, and every template written in every language and form
 * without a formula the engine cannot read.
 */
import { expertPanelSpec, ratingCardSpec, weightedCardSpec } from "../../../src/core/templates";
import { templates as en } from "../../../src/i18n/locales/en/templates";
import { templates as zhCn } from "../../../src/i18n/locales/zh-CN/templates";
import { templates as zhTw } from "../../../src/i18n/locales/zh-TW/templates";
import { bookOf } from "./_lib/templateBook";

type Table = { readonly [key: string]: string | Table };

function leaves(table: Table, prefix = ""): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return typeof value === "string" ? [[path, value]] : leaves(value, path);
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const TABLES = { en, "zh-CN": zhCn, "zh-TW": zhTw } as const;

describe("the templates tables", () => {
  const english = new Map(leaves(en));

  it.each(["zh-CN", "zh-TW"] as const)("%s has exactly the English keys and placeholders", (language) => {
    const translated = new Map(leaves(TABLES[language]));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of translated) {
      expect({ key, names: placeholders(text) }).toEqual({
        key,
        names: placeholders(english.get(key) ?? ""),
      });
    }
  });

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "%s has no blank strings and keeps {grade} and {n}",
    (language) => {
      const table = TABLES[language];
      expect(leaves(table).filter(([, text]) => text.trim() === "")).toEqual([]);
      expect(placeholders(table.weighted.policyMeanings.multiplier)).toEqual(["grade"]);
      expect(placeholders(table.expert.expertName)).toEqual(["n"]);
    },
  );

  // Characters that exist in one script only (the pairs are the same words), as in test/i18n/locales.test.ts.
  const simplifiedOnly =
    "账设评级额预时据报关简语为个这们务户计无发还将门间项标单选择认过运话体资数汇总龄记录环储";
  const traditionalOnly =
    "帳設評級額預時據報關簡語為個這們務戶計無發還將門間項標單選擇認過運話體資數匯總齡記錄環儲";
  const using = (table: Table, set: string) =>
    leaves(table).filter(([, text]) => [...text].some((character) => set.includes(character)));

  it("writes Simplified Chinese in zh-CN and Traditional Chinese in zh-TW", () => {
    expect(using(zhCn, traditionalOnly)).toEqual([]);
    expect(using(zhTw, simplifiedOnly)).toEqual([]);
    expect(using(zhCn, simplifiedOnly).length).toBeGreaterThan(20);
    expect(using(zhTw, traditionalOnly).length).toBeGreaterThan(20);
  });

  it("gives sheet names Excel accepts", () => {
    for (const table of Object.values(TABLES)) {
      for (const name of [table.weighted.sheetName, table.rating.sheetName, table.expert.sheetName]) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });
});

describe.each(["en", "zh-CN", "zh-TW"] as const)("every template in %s", (language) => {
  const table = TABLES[language];

  it.each(["addin", "portable"] as const)(
    "%s: writes and calculates without a formula error",
    async (form) => {
      const specs = [
        weightedCardSpec({
          form,
          labels: { ...table.common, ...table.weighted },
          sheetName: table.weighted.sheetName,
        }),
        ratingCardSpec({
          form,
          labels: { ...table.common, ...table.rating },
          sheetName: table.rating.sheetName,
        }),
        expertPanelSpec({
          form,
          labels: { ...table.common, ...table.expert },
          sheetName: table.expert.sheetName,
        }),
      ];
      const book = await bookOf(specs);
      // #ERROR! is HyperFormula's "cannot parse"; blank inputs may show #N/A, never that.
      const unreadable = book
        .formulaCells()
        .filter((cell) => cell.value.kind === "error" && cell.value.error === "#ERROR!");
      expect(unreadable).toEqual([]);
      expect(book.getCellValue(table.weighted.sheetName, "A1")).toEqual({
        kind: "value",
        value: table.weighted.title,
      });
      expect(book.getCellValue(table.weighted.sheetName, "A2")).toEqual({
        kind: "value",
        value: form === "addin" ? table.common.formAddin : table.common.formPortable,
      });
      // The weights check speaks the sheet's language.
      expect(book.getCellValue(table.weighted.sheetName, "D25")).toEqual({
        kind: "value",
        value: table.weighted.weightsOk,
      });
    },
  );
});
