import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WARNING_RULES } from "../../../src/core/warnings";
import { warnings as en } from "../../../src/i18n/locales/en/warnings";
import { warnings as zhCn } from "../../../src/i18n/locales/zh-CN/warnings";
import { warnings as zhTw } from "../../../src/i18n/locales/zh-TW/warnings";

type Table = { readonly [key: string]: string | Table };

/** Every leaf of a nested table as [dotted key, text]. */
function leaves(table: Table, prefix = ""): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return typeof value === "string" ? [[path, value]] : leaves(value, path);
  });
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();
const english = new Map(leaves(en));
const tables = { en, "zh-CN": zhCn, "zh-TW": zhTw } as const;

/** The text of a message id of the `warnings` namespace ("warnings:rules.x.name"), or undefined. */
const textOf = (id: string): string | undefined =>
  id.startsWith("warnings:") ? english.get(id.slice("warnings:".length)) : undefined;

describe("the warnings tables", () => {
  it.each(["zh-CN", "zh-TW"] as const)(
    "%s has exactly the English keys and the same {{placeholders}}",
    (language) => {
      const translated = new Map(leaves(tables[language]));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of translated) {
        expect({ key, names: placeholders(text) }).toEqual({
          key,
          names: placeholders(english.get(key) ?? ""),
        });
      }
    },
  );

  it.each(["en", "zh-CN", "zh-TW"] as const)("%s has no blank string", (language) => {
    expect(leaves(tables[language]).filter(([, text]) => text.trim() === "")).toEqual([]);
  });

  it("keeps each Chinese script to itself", () => {
    // As test/i18n/locales.test.ts: characters that exist in only one script.
    const simplifiedOnly =
      "账设评级额预时据报关简语为个这们务户计无发还将门间项标单选择认过运话体资数汇总龄记录环储";
    const traditionalOnly =
      "帳設評級額預時據報關簡語為個這們務戶計無發還將門間項標單選擇認過運話體資數匯總齡記錄環儲";
    const using = (table: Table, set: string) =>
      leaves(table).filter(([, t]) => [...t].some((c) => set.includes(c)));
    expect(using(zhTw, simplifiedOnly)).toEqual([]);
    expect(using(zhCn, traditionalOnly)).toEqual([]);
  });

  it("has a name, description, action and threshold label for every rule", () => {
    for (const rule of WARNING_RULES) {
      const ids = [rule.name, rule.description, rule.action, ...rule.thresholds.map((t) => t.label)];
      expect({ rule: rule.id, missing: ids.filter((id) => textOf(id) === undefined) }).toEqual({
        rule: rule.id,
        missing: [],
      });
    }
  });

  it("describes each rule with exactly its thresholds as placeholders", () => {
    for (const rule of WARNING_RULES) {
      expect({ rule: rule.id, names: placeholders(textOf(rule.description) ?? "") }).toEqual({
        rule: rule.id,
        names: [...new Set(rule.thresholds.map((t) => t.name))].sort(),
      });
    }
  });

  it("has a message for every not-run and not-assessed reason the engine gives", () => {
    const dir = join(__dirname, "../../../src/core/warnings");
    const files = (path: string): string[] =>
      readdirSync(path, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(path, e.name)) : e.name.endsWith(".ts") ? [join(path, e.name)] : [],
      );
    const source = files(dir)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // masterWith returns the reasons of the master's rules; its returns are the only bare ones to read.
    const masterWith = readFileSync(join(dir, "_lib/masterWith.ts"), "utf8");
    const notRun = [
      ...[...source.matchAll(/notRun\("(\w+)"\)/g)].map((m) => m[1]),
      ...[...masterWith.matchAll(/return "(\w+)";/g)].map((m) => m[1]),
      ...[...source.matchAll(/^\s+\w+: "(no\w+Column)",$/gm)].map((m) => m[1]),
      ...[...source.matchAll(/"warnings:notRun\.(\w+)"/g)].map((m) => m[1]),
    ];
    const notAssessed = [...source.matchAll(/\.add\("(\w+)"/g)].map((m) => m[1]);
    // The scan finds each kind of site: a check's notRun, masterWith's returns and column table, the engine's.
    expect(notRun).toEqual(
      expect.arrayContaining(["noHistory", "noMaster", "noLimitColumn", "notByCustomer"]),
    );
    expect(notAssessed).toEqual(expect.arrayContaining(["noLimit", "fewPayments"]));
    expect([...new Set(notRun)].filter((id) => textOf(`warnings:notRun.${id}`) === undefined)).toEqual([]);
    expect(
      [...new Set(notAssessed)].filter((id) => textOf(`warnings:notAssessed.${id}`) === undefined),
    ).toEqual([]);
    // Every not-assessed message says how many and gives an example.
    for (const [key, text] of english) {
      if (key.startsWith("notAssessed."))
        expect({ key, names: placeholders(text) }).toEqual({ key, names: ["count", "example"] });
    }
  });
});
