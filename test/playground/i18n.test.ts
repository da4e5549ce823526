import { resources } from "../../src/i18n";

type Table = { readonly [key: string]: string | Table };

function leaves(table: Table, prefix = ""): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return typeof value === "string" ? [[path, value]] : leaves(value, path);
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("the playground tables", () => {
  const english = new Map(leaves(resources.en.playground));

  it.each(["zh-CN", "zh-TW"] as const)("%s has the English keys and placeholders, none blank", (language) => {
    const translated = new Map(leaves(resources[language].playground));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of translated) {
      expect({ key, names: placeholders(text) }).toEqual({
        key,
        names: placeholders(english.get(key) ?? ""),
      });
      expect(text.trim()).not.toBe("");
    }
  });

  it("writes zh-TW in Traditional characters and zh-CN in Simplified ones", () => {
    const zhTw = leaves(resources["zh-TW"].playground)
      .map(([, text]) => text)
      .join("");
    const zhCn = leaves(resources["zh-CN"].playground)
      .map(([, text]) => text)
      .join("");
    // Words the two scripts write differently: 开/開 open, 载/載 load, 储/儲 save, 数/數, 单/單, 选/選.
    for (const simplified of ["开", "载", "储", "数", "单", "选"]) expect(zhTw).not.toContain(simplified);
    for (const traditional of ["開", "載", "儲", "數", "單", "選"]) expect(zhCn).not.toContain(traditional);
  });
});
