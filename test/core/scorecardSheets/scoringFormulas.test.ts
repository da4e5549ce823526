/**
 * Acceptance 3 of issue 8: the portable scoring formulas written to the Scorecard sheet give exactly the
 * engine's points on every row — on a synthetic table written here (always) and on the German credit data
 * (when ../shared/data holds it). The sheets are written and recalculated by the embedded host.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type CellInput } from "../../../src/core/report";
import { type RawValue, type Scorecard, scoreRow, scoreRows } from "../../../src/core/scorecard";
import { type ScorecardSource, scorecardSheetSpec } from "../../../src/core/scorecardSheets";
import { EmbeddedWorkbook } from "../../../src/host/embedded";
import { columnName, fitTable, headingColumn, numberAt, ok, SHEET_LABELS } from "./_lib/fitKit";

jest.setTimeout(120_000);

/** The functions a portable formula may call: all in Excel 2007, none needing array entry or the add-in. */
const PORTABLE = new Set([
  "INDEX",
  "IF",
  "ISNUMBER",
  "IFERROR",
  "MATCH",
  "VALUE",
  "TRIM",
  "ISERROR",
  "CLEAN",
  "SUMPRODUCT",
  "EXACT",
  "SUM",
]);

function formulasOf(rows: readonly (readonly CellInput[])[]): string[] {
  return rows.flatMap((row) =>
    row.flatMap((cell) => (cell !== null && typeof cell === "object" ? [cell.formula] : [])),
  );
}

/** Checks every row's points and score on the sheet against the engine's, with the values the engine saw. */
function expectSheetMatchesEngine(
  book: EmbeddedWorkbook,
  card: Scorecard,
  columns: readonly (readonly RawValue[])[],
): number {
  const expected = ok(scoreRows(card, columns));
  const scoreColumn = columnName(headingColumn(book, "Points scorecard", SHEET_LABELS.score));
  const pointColumns = card.characteristics.map((c) =>
    columnName(headingColumn(book, "Points scorecard", c.name)),
  );
  let mismatches = 0;
  expected.forEach((score, i) => {
    const row = 6 + i;
    const points = ok(
      scoreRow(
        card,
        columns.map((column) => column[i]),
      ),
    ).points;
    const shownPoints = pointColumns.map((column) => numberAt(book, "Points scorecard", `${column}${row}`));
    const shownScore = numberAt(book, "Points scorecard", `${scoreColumn}${row}`);
    if (shownScore !== score || shownPoints.some((p, j) => p !== points[j])) mismatches++;
  });
  return mismatches;
}

describe("scoring formulas on a hand-made card", () => {
  // Numeric: cuts 10 and 20 (bins < 10, 10 to < 20, ≥ 20) worth 5, 7, 9 points, and a missing bin worth 1.
  // Categorical: groups {A, B} and {C} worth 3 and 8; no missing bin, so blanks and unknown levels go to
  // the fallback bin, the first (lowest WOE).
  const bin = (description: object, points: number) => ({
    description,
    count: 1,
    goods: 1,
    bads: 1,
    badRate: 0.5,
    goodShare: 0.5,
    badShare: 0.5,
    woe: 0,
    ivContribution: 0,
    adjusted: false,
    points,
  });
  const card = {
    characteristics: [
      {
        name: "Amount",
        binning: { kind: "numeric", cuts: [10, 20] },
        bins: [
          bin({ kind: "range", from: null, to: 10 }, 5),
          bin({ kind: "range", from: 10, to: 20 }, 7),
          bin({ kind: "range", from: 20, to: null }, 9),
          bin({ kind: "missing" }, 1),
        ],
        hasMissingBin: true,
        fallbackBin: 0,
        iv: 0.2,
        strength: "medium",
        coefficient: { estimate: 1 },
      },
      {
        name: "Grade",
        binning: { kind: "categorical", groups: [["A", "B"], ["C"]] },
        bins: [bin({ kind: "levels", levels: ["A", "B"] }, 3), bin({ kind: "levels", levels: ["C"] }, 8)],
        hasMissingBin: false,
        fallbackBin: 0,
        iv: 0.1,
        strength: "medium",
        coefficient: { estimate: 1 },
      },
    ],
    training: { rows: 9 },
  } as unknown as Scorecard;

  // Each row: amount, grade, the points a reader works out from the bins above.
  const rows: [RawValue, RawValue, number, number][] = [
    [9.99, "A", 5, 3],
    [10, "B", 7, 3], // a cut belongs to the bin above it
    [19.999, "C", 7, 8],
    [20, " C ", 9, 8], // levels are trimmed
    [null, "c", 1, 3], // blank → missing bin; "c" is not "C" → fallback
    ["abc", null, 1, 3], // text that is not a number → missing bin; blank without a missing bin → fallback
    ["15", "D", 7, 3], // a number typed as text is read; an unknown level → fallback
    [-1e9, "B", 5, 3],
    [true, true, 1, 3], // a logical is no number and no level of the card
  ];

  async function bookWith(values: readonly [RawValue, RawValue][]): Promise<EmbeddedWorkbook> {
    const book = EmbeddedWorkbook.empty();
    await book.writeSheet({
      name: "Apps 2026",
      blocks: [
        {
          topLeft: "A1",
          rows: [["Amount", "Grade", "Outcome"], ...values.map(([a, g]) => [a ?? null, g ?? null, "good"])],
        },
      ],
    });
    const source: ScorecardSource = {
      sheet: "Apps 2026",
      rows: values.map((_, i) => i + 2),
      columns: [1, 2],
      id: null,
      outcome: { header: "Outcome", column: 3, good: ["good"], bad: ["bad"] },
    };
    await book.writeSheet(scorecardSheetSpec(card, source, SHEET_LABELS));
    return book;
  }

  it("places each value in the bin a reader expects, and adds the points", async () => {
    const book = await bookWith(rows.map(([a, g]) => [a, g]));
    // Scores table: M row, N outcome, O Amount, P Grade, Q score.
    rows.forEach(([, , amount, grade], i) => {
      expect([
        i,
        numberAt(book, "Points scorecard", `O${6 + i}`),
        numberAt(book, "Points scorecard", `P${6 + i}`),
      ]).toEqual([i, amount, grade]);
      expect(numberAt(book, "Points scorecard", `Q${6 + i}`)).toBe(amount + grade);
    });
    // …which is what the engine says too.
    expect(expectSheetMatchesEngine(book, card, [rows.map((r) => r[0]), rows.map((r) => r[1])])).toBe(0);
  });

  it("rescores when the user edits a bin's points, a cut point or a level's bin", async () => {
    const book = await bookWith([[15, "C"]]);
    // Bin table of Amount: name row 6, bins 7–10; of Grade: name row 12, bins 13–14, "Levels" row 15, levels 16–18.
    expect(numberAt(book, "Points scorecard", "Q6")).toBe(7 + 8);
    book.setCell("Points scorecard", "J8", 17); // the 10 to < 20 bin now worth 17
    expect(numberAt(book, "Points scorecard", "Q6")).toBe(17 + 8);
    book.setCell("Points scorecard", "C9", 15); // the third bin now starts at 15: 15 is in it (9 points)
    expect(numberAt(book, "Points scorecard", "Q6")).toBe(9 + 8);
    expect(book.getCellValue("Points scorecard", "D8")).toEqual({ kind: "value", value: 15 }); // "To" follows
    book.setCell("Points scorecard", "A18", 1); // level C moved to the first group (3 points)
    expect(numberAt(book, "Points scorecard", "Q6")).toBe(9 + 3);
  });

  it("writes formulas of built-in functions only, referencing the source sheet by its quoted name", () => {
    const source: ScorecardSource = {
      sheet: "Apps 2026",
      rows: [2],
      columns: [1, 2],
      id: null,
      outcome: { header: "Outcome", column: 3, good: ["good"], bad: ["bad"] },
    };
    const spec = scorecardSheetSpec(card, source, SHEET_LABELS);
    const formulas = spec.blocks.flatMap((block) => formulasOf(block.rows));
    const called = new Set(
      formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9._]*)\(/g)].map((m) => m[1])),
    );
    expect([...called].filter((name) => !PORTABLE.has(name!))).toEqual([]);
    expect(formulas.some((f) => f.includes("'Apps 2026'!A2"))).toBe(true);
    // No number literal in scientific notation (HyperFormula cannot read 1E-13 inside a formula).
    expect(formulas.filter((f) => /\d[eE][+-]?\d/.test(f))).toEqual([]);
  });

  it("makes column A wide enough for the longest characteristic name, a Chinese character counting two", () => {
    const source: ScorecardSource = {
      sheet: "Apps",
      rows: [2],
      columns: [1, 2],
      id: null,
      outcome: { header: "Outcome", column: 3, good: ["good"], bad: ["bad"] },
    };
    const widthA = (names: readonly string[]) => {
      const renamed = {
        ...card,
        characteristics: card.characteristics.map((c, i) => ({ ...c, name: names[i] ?? c.name })),
      };
      return scorecardSheetSpec(renamed, source, SHEET_LABELS).columnWidths?.find((w) => w.column === 1)
        ?.width;
    };
    // "Amount" and "Grade": 6 characters + 2 = 8; two of 11: 13; four Chinese characters: 4 × 2 + 2 = 10;
    // a very long name is capped at 24 (it may run on over the bin numbers' column, not the table).
    expect(widthA(["Amount", "Grade"])).toBe(8);
    expect(widthA(["Loan amount", "Grade"])).toBe(13);
    expect(widthA(["支票账户", "Grade"])).toBe(10);
    expect(widthA(["Status of the existing checking account", "Grade"])).toBe(24);
  });
});

describe("scoring formulas on a synthetic loan book", () => {
  // A deterministic table with every awkward cell the engine has a rule for: blanks, numbers typed as text,
  // error values (read as blanks), spaced and differently cased levels, numbers and logicals as levels.
  let state = 20261031;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const n = 400;
  const customer: RawValue[] = [];
  const age: RawValue[] = [];
  /** Rows whose age cell holds an error value (=NA()). */
  const ageError: boolean[] = [];
  const amount: RawValue[] = [];
  const housing: RawValue[] = [];
  const region: RawValue[] = [];
  const flag: RawValue[] = [];
  const outcome: RawValue[] = [];
  for (let i = 0; i < n; i++) {
    const years = 20 + Math.floor(random() * 50);
    const home = random() < 0.5 ? "own" : random() < 0.6 ? "rent" : "free";
    const area = i % 3 === 0 ? "N1" : i % 3 === 1 ? "N2" : 3;
    const marked = random() < 0.3;
    customer.push(`C${String(i + 1).padStart(4, "0")}`);
    ageError.push(i % 37 !== 0 && i % 61 === 0);
    // The engine sees an error value as the app hands it over: a blank.
    age.push(i % 37 === 0 || i % 61 === 0 ? null : i % 23 === 0 ? ` ${years} ` : years);
    amount.push(Math.round(random() * 1_000_000) / 100);
    housing.push(i % 41 === 0 ? null : i % 53 === 0 ? ` ${home} ` : i % 59 === 0 ? "Own" : home);
    region.push(area);
    flag.push(marked);
    const risk =
      -1 +
      (years < 30 ? 1 : 0) +
      (home === "rent" ? 0.8 : 0) +
      (area === "N2" ? 0.6 : 0) +
      (marked ? 0.5 : 0);
    outcome.push(i % 47 === 0 ? null : random() < 1 / (1 + Math.exp(-risk)) ? "bad" : "good");
  }
  const columns = [
    { name: "Age", values: age },
    { name: "Amount", values: amount },
    { name: "Housing", values: housing },
    { name: "Region", values: region },
    { name: "Flag", values: flag },
  ];
  const { card, used } = fitTable(columns, outcome, { good: ["good"], bad: ["bad"] });

  async function loanBook(): Promise<EmbeddedWorkbook> {
    const book = EmbeddedWorkbook.empty();
    const cells = customer.map((id, i): CellInput[] => [
      id ?? null,
      ageError[i] ? { formula: "=NA()" } : (age[i] ?? null),
      amount[i] ?? null,
      housing[i] ?? null,
      region[i] ?? null,
      flag[i] ?? null,
      outcome[i] ?? null,
    ]);
    await book.writeSheet({
      name: "Loan book",
      blocks: [
        {
          topLeft: "A1",
          rows: [["Customer", "Age", "Amount", "Housing", "Region", "Flag", "Outcome"], ...cells],
        },
      ],
    });
    const source: ScorecardSource = {
      sheet: "Loan book",
      rows: customer.map((_, i) => i + 2),
      columns: used.map((i) => i + 2),
      id: { header: "Customer", column: 1 },
      outcome: { header: "Outcome", column: 7, good: ["good"], bad: ["bad"] },
    };
    await book.writeSheet(scorecardSheetSpec(card, source, SHEET_LABELS));
    return book;
  }

  it("fits a card that uses the awkward characteristics", () => {
    const names = card.characteristics.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Age", "Housing", "Region"]));
    const housingCard = card.characteristics.find((c) => c.name === "Housing")!;
    expect(housingCard.hasMissingBin).toBe(true);
  });

  it("gives exactly the engine's points and score on all 400 rows", async () => {
    const book = await loanBook();
    expect(
      expectSheetMatchesEngine(
        book,
        card,
        used.map((i) => columns[i]!.values),
      ),
    ).toBe(0);
  });

  it("keeps matching the engine when history cells change to values the card never saw", async () => {
    const book = await loanBook();
    // [cell, new content, index of the column in `columns`, the value the engine reads]
    const edits: [string, CellInput, number, RawValue][] = [
      ["D2", "castle", 2, "castle"], // unknown level → fallback bin
      ["D3", "OWN", 2, "OWN"], // case differs → unknown
      ["B4", "abc", 0, "abc"], // text in a numeric column → missing bin
      ["E5", 99, 3, 99], // a number as an unknown level
      ["D6", "  rent\t", 2, "  rent\t"], // trailing tab and spaces are trimmed
      ["B7", "1e1", 0, "1e1"], // scientific text is a number
    ];
    const values = columns.map((c) => [...c.values]);
    for (const [address, content, column, engineValue] of edits) {
      book.setCell("Loan book", address, content as string | number);
      const row = Number(address.slice(1)) - 2;
      values[column]![row] = engineValue;
    }
    expect(
      expectSheetMatchesEngine(
        book,
        card,
        used.map((i) => values[i]!),
      ),
    ).toBe(0);
  });
});

// The Statlog (German Credit) data (../shared/data/README.md): 1,000 applicants, 20 attributes, space separated,
// no header; the last column is 1 = good, 2 = bad.
const FILE = path.resolve(__dirname, "../../../../shared/data/german-credit.data");
const present = existsSync(FILE);
if (!present) console.warn(`Skipping the German credit sheet test: ${FILE} is not there.`);
const describeIfData = present ? describe : describe.skip;

describeIfData("scoring formulas on the German credit data", () => {
  it("give exactly the engine's points and score on all 1,000 rows", async () => {
    const lines = readFileSync(FILE, "utf8")
      .trim()
      .split(/\r?\n/)
      .map((line) => line.trim().split(/\s+/));
    const header = [...Array.from({ length: 20 }, (_, i) => `Attribute ${i + 1}`), "Outcome"];
    const csv = [header, ...lines].map((row) => row.join(",")).join("\n");
    const book = EmbeddedWorkbook.fromCsv(csv, { sheetName: "German credit" });
    // As the sheet holds them: plain numbers are numbers, codes (A11…) text.
    const cell = (text: string): RawValue => (/^\d+$/.test(text) ? Number(text) : text);
    const columns = Array.from({ length: 20 }, (_, a) => ({
      name: header[a]!,
      values: lines.map((row) => cell(row[a]!)),
    }));
    const { card, used } = fitTable(
      columns,
      lines.map((row) => row[20]!),
      { good: ["1"], bad: ["2"] },
    );
    const source: ScorecardSource = {
      sheet: "German credit",
      rows: lines.map((_, i) => i + 2),
      columns: used.map((a) => a + 1),
      id: null,
      outcome: { header: "Outcome", column: 21, good: ["1"], bad: ["2"] },
    };
    await book.writeSheet(scorecardSheetSpec(card, source, SHEET_LABELS));
    expect(card.characteristics.length).toBeGreaterThan(5);
    expect(
      expectSheetMatchesEngine(
        book,
        card,
        used.map((a) => columns[a]!.values),
      ),
    ).toBe(0);
  });
});
