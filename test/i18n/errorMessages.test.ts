import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { translate } from "../../src/i18n";
import { errors as en } from "../../src/i18n/locales/en/errors";
import { errors as zhCn } from "../../src/i18n/locales/zh-CN/errors";
import { errors as zhTw } from "../../src/i18n/locales/zh-TW/errors";

const SRC = join(__dirname, "../../src");

/** Every TypeScript source file under `dir` (.ts and .tsx), recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Source without comment lines: TSDoc examples such as `creditError("#VALUE!", "x")` raise nothing. */
function code(path: string): string {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\*|\/\*|\/\/)/.test(line))
    .join("\n");
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path).replace(/\\/g, "/"),
  text: code(path),
}));

// An Excel error literal followed by a literal id: `creditError("#N/A", "argBlank"`, and the same shape in
// helpers that forward to creditError (MoneyAccumulator's `this.fail("#NUM!", "amountTooLarge"`).
const LITERAL_CODE_ID = /\(\s*"#(?:VALUE!|N\/A|NUM!|DIV\/0!)"\s*,\s*"(\w+)"/g;
// A code taken from another error with a literal id: `creditError(read.code, "itemNotDate"`.
const FORWARDED_CODE_ID = /\bcreditError\(\s*[\w.]+\s*,\s*"(\w+)"/g;
// creditError whose id is not a literal: the ids such a site can produce must be read another way.
const COMPUTED_ID = /\bcreditError\(\s*(?:"[^"]*"|[\w.]+)\s*,\s*(?!")[^\s,)]/;
// rangeArg.ts renames a cell's error: `const id = error.id === "argNotFinite" ? "itemNotFinite" : …`.
const REMAPPED_ID = /[?:]\s*"(\w+)"/g;
// A ledger problem or notice with a literal id: `ledgerProblem("sourceEmpty", "blocking"`,
// `noticeIfAny("ledgerBlankRows", count`. Not these helpers' own definitions (`function ledgerProblem(id`).
const LEDGER_CALL_ID = /(?<!function )\b(?:ledgerProblem|noticeIfAny)\(\s*"(\w+)"/g;
// A ledger problem or notice whose id is not a literal: its ids would escape the scan.
const COMPUTED_LEDGER_ID = /(?<!function )\b(?:ledgerProblem|noticeIfAny)\(\s*(?!")[^\s,)]/;
// Where rejection reasons are chosen (src/core/ledger). They travel through variables before reaching a
// rejection record (`failReason = dateReason(code)`, the DATE_REASONS tables, amountProblem's return,
// `reject(column, reason)`), so no call shape finds them: there every camelCase literal counts as an id,
// unless LEDGER_WORDS says it names something else.
const LEDGER_DIR = "core/ledger/";
const CAMEL_LITERAL = /"([a-z]+[A-Z]\w*)"/g;
/**
 * camelCase literals of src/core/ledger that are not message ids. A new literal there fails the test
 * "each have a message" until it has a message, or is added here when it is not a message id.
 */
const LEDGER_WORDS = new Set([
  // Ledger and customer master fields.
  "invoiceDate",
  "dueDate",
  "termsDays",
  "settledDate",
  "lastReview",
  // Reader options, named by ledgerOptionInvalid's and agingOptionMismatch's `option`.
  "asOf",
  "groupBy",
  "headerRow",
  // The not-due bucket's key, and outcomes of the header search and of day-order detection.
  "notDue",
  "notFound",
  "noEvidence",
]);

/**
 * The files whose creditError id is computed, and where their ids come from; a new such file fails the
 * test below until its ids are accounted for here.
 * - moneyAccumulator.ts: `fail(code, id, params)`; its callers pass literal ids (LITERAL_CODE_ID).
 * - rangeArg.ts: renames argNot* to item* ids (REMAPPED_ID) and passes date ids through.
 * - dateArg.ts: passes parseDateText's ids (literals in src/core/dates) through, adding `arg`.
 * - catalog/scoring.ts: passes userGradeScale's ids (literals in src/core/scoring) through, re-aiming `row`.
 */
const COMPUTED_ID_FILES = [
  "core/money/moneyAccumulator.ts",
  "functions/args/dateArg.ts",
  "functions/args/rangeArg.ts",
  "functions/catalog/scoring.ts",
];

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? "");
}

function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const { path, text } of files) {
    for (const id of [
      ...matches(LITERAL_CODE_ID, text),
      ...matches(FORWARDED_CODE_ID, text),
      ...matches(LEDGER_CALL_ID, text),
    ]) {
      ids.add(id);
    }
    if (path.startsWith(LEDGER_DIR)) {
      for (const id of matches(CAMEL_LITERAL, text)) if (!LEDGER_WORDS.has(id)) ids.add(id);
    }
    if (path === "functions/args/rangeArg.ts") {
      // Each `const id = …;` statement, however Prettier wraps it.
      for (const statement of matches(/\bconst id =([^;]+);/g, text)) {
        for (const id of matches(REMAPPED_ID, statement)) ids.add(id);
      }
    }
  }
  return ids;
}

const used = usedIds();
const tables = { en, "zh-CN": zhCn, "zh-TW": zhTw } as const;
type Language = keyof typeof tables;
const languages = Object.keys(tables) as Language[];

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? ""))].sort();

describe("the ids raised in src", () => {
  it("are found by the scan, including the indirect ones", () => {
    // One id of each route: literal in core, literal in a wrapper, MoneyAccumulator.fail, rangeArg's
    // renaming, a parseDateText id passed through dateArg, and a forwarded code with a literal id.
    for (const id of [
      "scoreMissing",
      "weightBlank",
      "moneySumTooLarge",
      "itemNotNumber",
      "itemNotFinite",
      "itemNotDate",
      "dateAmbiguous",
      "argBlank",
    ]) {
      expect({ id, found: used.has(id) }).toEqual({ id, found: true });
    }
    expect(used.has("x")).toBe(false); // creditError("#VALUE!", "x") appears only in a TSDoc example
  });

  it("include the ledger's ids, however each reaches the user", () => {
    // A detection problem (in core and in src/app), a notice, a notice of another helper, a creditError of
    // the reader's options, an amountProblem return, a DATE_REASONS entry, a reason chosen in a ternary
    // and one passed to readCustomerMaster's `detail`.
    for (const id of [
      "sourceEmpty",
      "fieldAmbiguous",
      "ledgerZeroOpenSkipped",
      "ledgerDayOrderDetected",
      "ledgerNoGroupColumn",
      "ledgerAmountUnreadable",
      "ledgerDateImpossible",
      "ledgerTermsUnreadable",
      "masterLimitUnreadable",
      "spillResized",
    ]) {
      expect({ id, found: used.has(id) }).toEqual({ id, found: true });
    }
    // Field names and option names are not ids.
    expect(["dueDate", "asOf", "noEvidence"].filter((word) => used.has(word))).toEqual([]);
  });

  it("come from computed ledger problem and notice ids nowhere", () => {
    const computed = files.filter(({ text }) => COMPUTED_LEDGER_ID.test(text));
    expect(computed.map(({ path }) => path)).toEqual([]);
  });

  it("leave no word in LEDGER_WORDS that src/core/ledger has stopped using", () => {
    const literals = new Set(
      files
        .filter(({ path }) => path.startsWith(LEDGER_DIR))
        .flatMap(({ text }) => matches(CAMEL_LITERAL, text)),
    );
    expect([...LEDGER_WORDS].filter((word) => !literals.has(word))).toEqual([]);
  });

  it("come from computed ids only in the files whose ids are accounted for", () => {
    const computed = files.filter(({ text }) => COMPUTED_ID.test(text));
    expect(computed.map(({ path }) => path).sort()).toEqual(COMPUTED_ID_FILES);
  });

  it.each(languages)("each have a message in %s", (language) => {
    const table: Readonly<Record<string, string>> = tables[language];
    const missing = [...used].filter((id) => !(table[id] ?? "").trim()).sort();
    expect(missing).toEqual([]);
  });
});

describe("the error tables", () => {
  // English singulars (`…_one`) have no Chinese counterpart: Chinese does not inflect for number.
  const englishIds = Object.keys(en).filter((id) => !id.endsWith("_one"));

  it.each(["zh-CN", "zh-TW"] as const)("%s has exactly the English ids", (language) => {
    expect(Object.keys(tables[language]).sort()).toEqual(englishIds.sort());
  });

  it("has a plural message for every English singular, with the same placeholders but the count", () => {
    const table: Readonly<Record<string, string>> = en;
    const singulars = Object.keys(en).filter((id) => id.endsWith("_one"));
    expect(singulars.length).toBeGreaterThan(0);
    for (const id of singulars) {
      const plural = table[id.slice(0, -"_one".length)];
      expect({ id, plural: plural !== undefined }).toEqual({ id, plural: true });
      const withoutCount = placeholders(plural ?? "").filter((name) => name !== "count");
      expect({ id, names: placeholders(table[id] ?? "").filter((n) => n !== "count") }).toEqual({
        id,
        names: withoutCount,
      });
    }
  });

  it("counts one apart in English only", () => {
    expect(translate("en", "errors:ledgerBlankRows", { count: 1 })).toBe("1 blank row was skipped.");
    expect(translate("en", "errors:ledgerBlankRows", { count: 2 })).toBe("2 blank rows were skipped.");
    expect(translate("zh-CN", "errors:ledgerBlankRows", { count: 1 })).toBe(
      zhCn.ledgerBlankRows.replace("{{count}}", "1"),
    );
  });

  it.each(["zh-CN", "zh-TW"] as const)(
    "%s uses the same {{placeholders}} as English in every message",
    (language) => {
      const table: Readonly<Record<string, string>> = tables[language];
      for (const [id, english] of Object.entries(en).filter(([key]) => !key.endsWith("_one"))) {
        expect({ id, names: placeholders(table[id] ?? "") }).toEqual({ id, names: placeholders(english) });
      }
    },
  );

  it.each(languages)("%s has no message that is empty or just its id", (language) => {
    const bad = Object.entries(tables[language]).filter(
      ([id, text]) => text.trim() === "" || text.trim() === id,
    );
    expect(bad).toEqual([]);
  });

  it("keeps the generic fallback message", () => {
    expect(languages.map((language) => tables[language].generic.length > 0)).toEqual([true, true, true]);
  });
});

describe("a message as the user sees it", () => {
  const params = { arg: "scores", index: 4, row: 2, column: 2, value: "n/a" };

  it("fills every placeholder (English)", () => {
    expect(translate("en", "errors:itemNotNumber", params)).toBe(
      'scores, item 4 (row 2, column 2): expected a number, got "n/a".',
    );
  });

  it("fills every placeholder (Simplified Chinese)", () => {
    expect(translate("zh-CN", "errors:itemNotNumber", params)).toBe(
      "参数 scores 第 4 项（第 2 行第 2 列）：应为数字，实际为“n/a”。",
    );
  });

  it("fills every placeholder (Traditional Chinese, where a row is 列 and a column is 欄)", () => {
    expect(translate("zh-TW", "errors:itemNotNumber", params)).toBe(
      "引數 scores 第 4 項（第 2 列第 2 欄）：應為數字，實際為「n/a」。",
    );
  });
});
