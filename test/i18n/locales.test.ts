import { resources } from "../../src/i18n";

type Table = { readonly [key: string]: string | Table };

/** Every leaf of a nested table as [dotted key, text]. */
function leaves(table: Table, prefix = ""): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return typeof value === "string" ? [[path, value]] : leaves(value, path);
  });
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe.each(["ui", "errors"] as const)("the %s tables", (namespace) => {
  // English singulars (`…_one`) have no Chinese counterpart: Chinese does not inflect for number.
  const english = new Map(leaves(resources.en[namespace]).filter(([key]) => !key.endsWith("_one")));

  it("has English strings to compare against", () => {
    expect(english.size).toBeGreaterThan(0);
  });

  describe.each(["zh-CN", "zh-TW"] as const)("%s", (language) => {
    const translated = new Map(leaves(resources[language][namespace]));

    it("has exactly the English keys, at the same depth", () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it("has the same {{placeholders}} in every string as English", () => {
      for (const [key, text] of translated) {
        expect({ key, names: placeholders(text) }).toEqual({
          key,
          names: placeholders(english.get(key) ?? ""),
        });
      }
    });
  });

  it.each(["en", "zh-CN", "zh-TW"] as const)("%s has no empty or blank strings", (language) => {
    const blank = leaves(resources[language][namespace]).filter(([, text]) => text.trim() === "");
    expect(blank).toEqual([]);
  });
});

// Characters that exist in only one script (each pair is the same word: 账/帳 account, 设/設 set, …);
// 准, 后, 于, 里 are left out because Traditional text also uses them.
const simplifiedOnly =
  "账设评级额预时据报关简语为个这们务户计无发还将门间项标单选择认过运话体资数汇总龄记录环储";
const traditionalOnly =
  "帳設評級額預時據報關簡語為個這們務戶計無發還將門間項標單選擇認過運話體資數匯總齡記錄環儲";

function charactersFrom(set: string, language: "zh-CN" | "zh-TW"): Array<[string, string]> {
  return leaves(resources[language].ui)
    .concat(leaves(resources[language].errors))
    .filter(([, text]) => [...text].some((character) => set.includes(character)));
}

describe("Chinese scripts", () => {
  it("keeps Simplified-only characters out of the Traditional tables (not a copy of zh-CN)", () => {
    expect(charactersFrom(simplifiedOnly, "zh-TW")).toEqual([]);
  });

  it("keeps Traditional-only characters out of the Simplified tables", () => {
    expect(charactersFrom(traditionalOnly, "zh-CN")).toEqual([]);
  });

  it("can tell the scripts apart: the lists share no character", () => {
    expect([...simplifiedOnly].filter((character) => traditionalOnly.includes(character))).toEqual([]);
  });
});
