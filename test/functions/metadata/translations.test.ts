import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata } from "../../../src/functions/metadata/localizeMetadata";
import { translations } from "../../../src/functions/metadata/translations";
import {
  type FunctionMetadata,
  type FunctionText,
  type FunctionsJson,
  type TranslatedLocale,
} from "../../../src/functions/metadata/types";

const functionsTs = path.join(__dirname, "../../../src/functions/functions.ts");
const locales: readonly TranslatedLocale[] = ["zh-CN", "zh-TW"];

/** The English metadata exactly as the build's plugin derives it from the JSDoc of functions.ts. */
let english: FunctionsJson;
let parseErrors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([functionsTs], false);
  parseErrors = result.errors;
  // metadataJson is "" when the parse failed; the first test then reports parseErrors.
  english = result.metadataJson ? (JSON.parse(result.metadataJson) as FunctionsJson) : { functions: [] };
}, 30_000);

/** The table's text of one function in one locale; fails the test rather than returning undefined. */
function textOf(id: string, locale: TranslatedLocale): FunctionText {
  const text = translations[id]?.[locale];
  if (!text) throw new Error(`${locale}: no translation for ${id}`);
  return text;
}

/** Every (function, locale) pair, so a failure names the function and the language. */
function eachText(): Array<{ fn: FunctionMetadata; locale: TranslatedLocale; text: FunctionText }> {
  return english.functions.flatMap((fn) =>
    locales.map((locale) => ({ fn, locale, text: textOf(fn.id, locale) })),
  );
}

/** Every string a user reads: the description, then each parameter's, labelled for failure messages. */
function stringsOf(text: FunctionText): Array<[string, string]> {
  return [["description", text.description], ...Object.entries(text.parameters)];
}

const quoted = (s: string) => [...s.matchAll(/"[^"]*"/g)].map((m) => m[0]);
const numbers = (s: string) => [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
/** CJK ideographs and full-width punctuation: what counts toward Excel's autocomplete width. */
const wideLength = (s: string) => (s.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g) ?? []).length;

describe("the English metadata parsed from functions.ts", () => {
  it("parses without errors", () => {
    expect(parseErrors).toEqual([]);
  });

  it("has the functions and parameter names of the signatures", () => {
    // Spot checks that the parser sees what the table is keyed by, including a rest parameter.
    const byId = new Map(english.functions.map((fn) => [fn.id, fn.parameters.map((p) => p.name)]));
    expect(byId.get("GRADE")).toEqual(["score", "scale"]);
    expect(byId.get("LATENESSGRADE")).toEqual(["days_late"]);
    expect(byId.get("COMBINEGRADES")).toEqual(["grades"]);
    expect(byId.get("ZSCORE")).toEqual([
      "working_capital",
      "retained_earnings",
      "ebit",
      "equity_value",
      "sales",
      "total_assets",
      "total_liabilities",
      "model",
    ]);
    expect(new Set(byId.keys()).size).toBe(english.functions.length);
  });
});

describe("the translation table", () => {
  it("has exactly the function ids of functions.ts", () => {
    expect(Object.keys(translations).sort()).toEqual(english.functions.map((fn) => fn.id).sort());
  });

  it("has zh-CN and zh-TW and no other language for every function", () => {
    for (const [id, byLocale] of Object.entries(translations)) {
      expect({ id, locales: Object.keys(byLocale).sort() }).toEqual({ id, locales: ["zh-CN", "zh-TW"] });
    }
  });

  it("names exactly the parameters of each signature, in each language", () => {
    for (const { fn, locale, text } of eachText()) {
      const expected = fn.parameters.map((p) => p.name).sort();
      expect({ id: fn.id, locale, names: Object.keys(text.parameters).sort() }).toEqual({
        id: fn.id,
        locale,
        names: expected,
      });
    }
  });

  it("has no empty or blank description", () => {
    const blank = eachText().flatMap(({ fn, locale, text }) =>
      stringsOf(text)
        .filter(([, s]) => s.trim() === "")
        .map(([key]) => `${locale} ${fn.id} ${key}`),
    );
    expect(blank).toEqual([]);
  });

  it("keeps every literal argument value the English quotes, in ASCII quotes", () => {
    const lost: string[] = [];
    for (const { fn, locale, text } of eachText()) {
      const pairs: Array<[string, string | undefined, string]> = [
        ["description", fn.description, text.description],
        ...fn.parameters.map((p): [string, string | undefined, string] => [
          p.name,
          p.description,
          text.parameters[p.name] ?? "",
        ]),
      ];
      for (const [key, en, zh] of pairs) {
        for (const literal of quoted(en ?? "")) {
          if (!zh.includes(literal)) lost.push(`${locale} ${fn.id} ${key}: ${literal}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it("keeps every number of the English (thresholds, defaults, formula constants)", () => {
    const lost: string[] = [];
    for (const { fn, locale, text } of eachText()) {
      const en = [fn.description ?? "", ...fn.parameters.map((p) => p.description ?? "")].join(" ");
      const zh = new Set(
        numbers(
          stringsOf(text)
            .map(([, s]) => s)
            .join(" "),
        ),
      );
      for (const n of numbers(en)) if (!zh.has(n)) lost.push(`${locale} ${fn.id}: ${n}`);
    }
    expect(lost).toEqual([]);
  });

  it("uses no typographic quotes, which users would copy into formulas", () => {
    const curly = eachText().flatMap(({ fn, locale, text }) =>
      stringsOf(text)
        .filter(([, s]) => /[“”‘’「」]/.test(s))
        .map(([key]) => `${locale} ${fn.id} ${key}`),
    );
    expect(curly).toEqual([]);
  });

  it("keeps descriptions short enough for formula autocomplete (≤ 60 wide characters, ≤ 40 per parameter)", () => {
    const long = eachText().flatMap(({ fn, locale, text }) =>
      stringsOf(text)
        .filter(([key, s]) => wideLength(s) > (key === "description" ? 60 : 40))
        .map(([key, s]) => `${locale} ${fn.id} ${key} (${wideLength(s)})`),
    );
    expect(long).toEqual([]);
  });

  // Each pair is [simplified, traditional] of a character the two scripts write differently; a
  // character of the other script betrays a copied or half-converted string.
  const scriptPairs = [
    ..."账帳龄齡额額预預设設数數权權为為与與对對应應区區单單个個会會时時将將计計价價据據资資营營销銷产產负負债債",
    ..."评評级級险險专專组組坏壞违違约約户戶该該类類标標结結订訂开開发發报報错錯实實选選项項过過还還务務业業损損条條",
  ];
  const simplifiedOnly = scriptPairs.filter((_, i) => i % 2 === 0);
  const traditionalOnly = scriptPairs.filter((_, i) => i % 2 === 1);
  const foreign: Record<TranslatedLocale, { chars: string[]; words: string[] }> = {
    // zh-CN: no traditional characters, no Taiwan-only Excel words.
    "zh-CN": { chars: traditionalOnly, words: ["储存格", "儲存格"] },
    // zh-TW: no simplified characters, and Taiwan rather than mainland (or converted mainland) terms.
    "zh-TW": {
      chars: simplifiedOnly,
      words: ["單元格", "默認", "數據", "信息", "賬", "回款", "壞帳", "區域"],
    },
  };

  it.each(locales)("writes %s in its own script and vocabulary", (locale) => {
    const { chars, words } = foreign[locale];
    const found = english.functions.flatMap((fn) =>
      stringsOf(textOf(fn.id, locale)).flatMap(([key, s]) =>
        [...chars, ...words].filter((w) => s.includes(w)).map((w) => `${fn.id} ${key}: ${w}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it("is not the same text in both languages", () => {
    const same = english.functions
      .filter((fn) => textOf(fn.id, "zh-CN").description === textOf(fn.id, "zh-TW").description)
      .map((fn) => fn.id);
    expect(same).toEqual([]);
  });
});

describe("localizeMetadata with the translation table", () => {
  it.each(locales)("builds %s metadata with only the descriptions changed", (locale) => {
    const result = localizeMetadata(english, locale, translations);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const strip = (json: FunctionsJson) =>
      json.functions.map(({ description: _d, parameters, ...rest }) => ({
        ...rest,
        parameters: parameters.map(({ description: _p, ...p }) => p),
      }));
    expect(strip(result.json)).toEqual(strip(english));
    const grade = result.json.functions.find((fn) => fn.id === "GRADE");
    expect(grade?.description).toBe(textOf("GRADE", locale).description);
    expect(grade?.parameters.map((p) => p.description)).toEqual([
      textOf("GRADE", locale).parameters.score,
      textOf("GRADE", locale).parameters.scale,
    ]);
  });

  it("fails on a table that lacks a parameter, so the checks above guard the build", () => {
    const { scale: _scale, ...withoutScale } = textOf("GRADE", "zh-CN").parameters;
    const broken = {
      ...translations,
      GRADE: {
        "zh-CN": { ...textOf("GRADE", "zh-CN"), parameters: withoutScale },
        "zh-TW": textOf("GRADE", "zh-TW"),
      },
    };
    const result = localizeMetadata(english, "zh-CN", broken);
    expect(result.ok).toBe(false);
  });
});
