import { resources } from "../../src/i18n";

type Table = { readonly [key: string]: string | Table };

/** Every leaf of a nested table as [dotted key, text]. */
function leaves(table: Table, prefix = ""): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return typeof value === "string" ? [[path, value]] : leaves(value, path);
  });
}

/** The layout's single-brace placeholders (`{source}`), and i18next's double ones (`{{file}}`). */
const placeholders = (text: string) => [...text.matchAll(/\{+(\w+)\}+/g)].map((m) => m[0]).sort();

describe.each(["fit", "cli"] as const)("the %s tables", (namespace) => {
  const english = new Map(leaves(resources.en[namespace]));
  const scorecardOnly = ([key]: [string, string]) => namespace === "fit" || key.startsWith("scorecard.");

  describe.each(["zh-CN", "zh-TW"] as const)("%s", (language) => {
    const translated = leaves(resources[language][namespace] as Table).filter(scorecardOnly);

    it("has the English keys with the same placeholders", () => {
      expect(translated.map(([key]) => key).sort()).toEqual(
        [...english]
          .filter(scorecardOnly)
          .map(([key]) => key)
          .sort(),
      );
      for (const [key, text] of translated) {
        expect({ key, names: placeholders(text) }).toEqual({
          key,
          names: placeholders(english.get(key) ?? ""),
        });
      }
    });

    it("has no blank strings", () => {
      expect(translated.filter(([, text]) => text.trim() === "")).toEqual([]);
    });
  });

  it("calls a row 列 and a column 欄 in Traditional Chinese (行 is a Simplified row)", () => {
    const texts = leaves(resources["zh-TW"][namespace] as Table).filter(scorecardOnly);
    expect(texts.filter(([, text]) => /[行栏]/.test(text))).toEqual([]);
  });
});
