/**
 * Parity of the embedded engine with Excel: every CREDIT function, called through a HyperFormula
 * formula over cells, gives the value or the error code that the implementation Excel calls gives
 * for the same arguments (`spec.impl`, which the Office binding hands to Excel unchanged). The
 * arguments are generated deterministically: each function's documented example as a baseline,
 * then one argument at a time replaced by a value from a fixed pool (boundaries, blanks, text,
 * booleans, errors, odd range shapes) or by a fast-check number drawn with a fixed seed.
 */
import fc from "fast-check";
import { isCreditError } from "../../../src/core/errors";
import { errorMessage } from "../../../src/functions/errorMessage";
import { type CellResult, type FunctionResult } from "../../../src/functions/excel/values";
import { FUNCTION_EXAMPLES } from "../../../src/functions/metadata/examples";
import { CREDIT_FUNCTIONS, type FunctionSpec, type ParamKind } from "../../../src/functions/registry";
import { type CellInput, columnLetters } from "../../../src/core/report";
import { EmbeddedWorkbook, type EvaluationResult, type ResultCell } from "../../../src/host/embedded";

type ErrorValue = { readonly error: "#N/A" | "#DIV/0!" | "#VALUE!" };
type Scalar = number | string | boolean | null;
type Cell = Scalar | ErrorValue;
/** An argument left empty in the formula: `CREDIT.LIMIT("A",1000,30,,5)`. */
const OMIT: unique symbol = Symbol("omitted");
type Arg = Cell | Cell[][] | typeof OMIT;

interface Case {
  readonly spec: FunctionSpec;
  readonly args: readonly Arg[];
  readonly label: string;
}

const isError = (value: unknown): value is ErrorValue =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "error" in value;

/** A 1×1 block is one cell: written and referenced as a single cell, as a user would. */
function single(arg: Arg): Arg {
  return Array.isArray(arg) && arg.length === 1 && arg[0]?.length === 1 ? (arg[0][0] as Cell) : arg;
}

function kindOf(spec: FunctionSpec, index: number): ParamKind {
  return (spec.params[Math.min(index, spec.params.length - 1)] as { kind: ParamKind }).kind;
}

/** What Excel hands the custom function for an argument (no error reaches it). */
function excelArg(arg: Arg, kind: ParamKind): unknown {
  const one = single(arg);
  if (one === OMIT) return null;
  if (Array.isArray(one)) return one;
  return kind === "range" ? [[one]] : one;
}

/**
 * The error a call shows when an argument holds one: HyperFormula checks single-cell arguments
 * first (in order), then the cells of ranges (in order) — see `excelArgs`.
 */
function errorOf(args: readonly Arg[]): string | undefined {
  for (const arg of args) {
    const one = single(arg);
    if (isError(one)) return one.error;
  }
  for (const arg of args) {
    const one = single(arg);
    if (!Array.isArray(one)) continue;
    for (const row of one) for (const cell of row) if (isError(cell)) return cell.error;
  }
  return undefined;
}

type Expected =
  | { readonly kind: "errorCode"; readonly code: string }
  | { readonly kind: "result"; readonly result: FunctionResult };

function expectedOf({ spec, args }: Case): Expected {
  const code = errorOf(args);
  if (code !== undefined) return { kind: "errorCode", code };
  const excel = args.map((arg, i) => excelArg(arg, kindOf(spec, i)));
  while (!spec.repeating && excel.length < spec.params.length) excel.push(null);
  return { kind: "result", result: spec.impl(excel) };
}

const ERROR_FORMULAS: Readonly<Record<ErrorValue["error"], string>> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#VALUE!": '="a"+1',
};

function inputOf(cell: Cell): CellInput {
  return isError(cell) ? { formula: ERROR_FORMULAS[cell.error] } : cell;
}

/** The formula of a case, its arguments written side by side on the sheet "Args" from row 1. */
function layout({ spec, args }: Case): {
  formula: string;
  blocks: { topLeft: string; rows: CellInput[][] }[];
} {
  const blocks: { topLeft: string; rows: CellInput[][] }[] = [];
  const refs: string[] = [];
  let column = 1;
  for (const arg of args) {
    const one = single(arg);
    if (one === OMIT) {
      refs.push("");
      continue;
    }
    const rows = Array.isArray(one) ? one : [[one]];
    const width = Math.max(...rows.map((row) => row.length));
    blocks.push({ topLeft: `${columnLetters(column)}1`, rows: rows.map((row) => row.map(inputOf)) });
    const end = `${columnLetters(column + width - 1)}${rows.length}`;
    refs.push(
      Array.isArray(one) ? `Args!${columnLetters(column)}1:${end}` : `Args!${columnLetters(column)}1`,
    );
    column += width + 1;
  }
  while (refs.length > 0 && refs[refs.length - 1] === "" && single(args[refs.length - 1] as Arg) === OMIT)
    refs.pop();
  return { formula: `=CREDIT.${spec.id}(${refs.join(",")})`, blocks };
}

function close(actual: unknown, expected: number): boolean {
  if (typeof actual !== "number") return false;
  return expected === 0 ? actual === 0 : Math.abs(actual - expected) <= 1e-9 * Math.abs(expected);
}

function sameCell(actual: ResultCell | undefined, expected: CellResult): boolean {
  if (isCreditError(expected)) {
    return (
      typeof actual === "object" &&
      actual !== null &&
      actual.error === expected.code &&
      actual.message === errorMessage(expected, "en")
    );
  }
  if (typeof expected === "number") return close(actual, expected);
  return actual === expected;
}

/** True when HyperFormula's result is the implementation's: same values, or same error code and message. */
function matches(actual: EvaluationResult, expected: Expected): boolean {
  if (expected.kind === "errorCode") return actual.kind === "error" && actual.error === expected.code;
  const { result } = expected;
  const table = Array.isArray(result) ? result : [[result]];
  if (table.length === 1 && table[0]?.length === 1) {
    const only = table[0][0] as CellResult;
    if (actual.kind === "error") return sameCell({ error: actual.error, message: actual.message }, only);
    return actual.kind === "value" && sameCell(actual.value, only);
  }
  if (actual.kind !== "array" || actual.rows.length !== table.length) return false;
  return table.every(
    (row, r) =>
      row.length === actual.rows[r]?.length && row.every((cell, c) => sameCell(actual.rows[r]?.[c], cell)),
  );
}

// ——— the cases ———

const VALUE_POOL: readonly Arg[] = [
  null,
  0,
  -1,
  1,
  0.5,
  72,
  1e6,
  -2.5e7,
  "abc",
  "85%",
  "1,234.5",
  "2026-10-31",
  " ",
  true,
  false,
  { error: "#N/A" },
  { error: "#DIV/0!" },
  [
    [1, 2],
    [3, 4],
  ],
];

const RANGE_POOL: readonly Arg[] = [
  [[1, 2, 3]],
  [[1], [2], [3]],
  [[1, null, 3]],
  [["a", 1, 2]],
  [[0, 0, 0]],
  [[-1, 2, 3]],
  [[5]],
  null,
  [["A", "B", "C"]],
  [
    [1, 2],
    [3, 4],
  ],
  [[{ error: "#N/A" }, 1, 2]],
  [[1, true, 3]],
];

/** Boundaries DESIGN §3 names, per function and argument. */
const BOUNDARIES: Readonly<Record<string, readonly [number, readonly Arg[]][]>> = {
  // §3.1 net collection: A ≥ 100 %, B ≥ 95 %, C ≥ 90 %
  COLLECTIONGRADE: [[0, [1, 0.99999999, 0.95, 0.9499999, 0.9, 0.8999999, 84.99999999999999 / 100]]],
  // §3.1 days late: A ≤ 0, B 1–4, C 5–9, D ≥ 10; fractional days compare as numbers
  LATENESSGRADE: [[0, [0, 0.5, 4.99, 5, 9.99, 10, -3]]],
  // §3.1 loyalty: A 100 %, B ≥ 60 %, C ≥ 40 %
  LOYALTYGRADE: [[0, [1, 0.9999, 0.6, 0.59999, 0.4, 0.39999]]],
  // §3.2 ABCD: A ≥ 85, B ≥ 70, C ≥ 60
  GRADE: [[0, [85, 84.99999999999999, 84.9, 70, 69.99, 60, 59.999, 100, 0]]],
  // §3.7 Altman zones: > 2.99 safe, 1.81–2.99 grey, < 1.81 distress
  ZZONE: [[0, [2.99, 2.9900001, 1.81, 1.8099999, 0]]],
  // §3.8 core: the customer crossing 70 % is core
  CORE: [[1, [0.7, 0.5, 0.8, 1, 0]]],
  // §3.7 WOE / IV: a bin with no bads or no goods takes the 0.5 zero-cell adjustment; a bin blank on one side
  // is missing data; goods as a row beside bads as a column still pair cell by cell
  WOE: [
    [
      1,
      [
        [[0], [30]],
        [[10], [0]],
        [[10], [null]],
        [["10"], [30]],
      ],
    ],
  ],
  INFOVALUE: [[0, [[[0], [50]], [[null], [null]], [[50, 50]]]]],
  // PSI: a bin emptied in the new sample counts as the 0.01 % share; shares and counts alike
  PSI: [
    [
      1,
      [
        [[100], [0]],
        [[0.5], [0.5]],
        [["50%"], ["50%"]],
      ],
    ],
  ],
};

/** Numbers drawn by fast-check with a fixed seed, so every run tests the same ones. */
const DRAWN: readonly number[] = fc.sample(
  fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  { seed: 20_261_031, numRuns: 60 },
);

function buildCases(): Case[] {
  const cases: Case[] = [];
  let drawn = 0;
  for (const spec of CREDIT_FUNCTIONS) {
    const example = FUNCTION_EXAMPLES[spec.id];
    if (!example) throw new Error(`no example for ${spec.id}`);
    const baseline = example.args as Arg[];
    cases.push({ spec, args: baseline, label: "documented example" });
    const count = spec.repeating ? baseline.length : spec.params.length;
    for (let i = 0; i < count; i++) {
      const kind = kindOf(spec, i);
      const optional = spec.params[Math.min(i, spec.params.length - 1)]?.optional === true;
      const pool: Arg[] = [
        ...(kind === "range" ? RANGE_POOL : VALUE_POOL),
        ...(optional ? ([OMIT] as Arg[]) : []),
      ];
      if (kind === "value") for (let k = 0; k < 2; k++) pool.push(DRAWN[drawn++ % DRAWN.length] as number);
      for (const value of pool) {
        const args = [...baseline];
        while (args.length <= i) args.push(OMIT);
        args[i] = value;
        cases.push({
          spec,
          args,
          label: `argument ${i + 1} = ${value === OMIT ? "(empty)" : JSON.stringify(value)}`,
        });
      }
    }
    for (const [index, values] of BOUNDARIES[spec.id] ?? []) {
      for (const value of values) {
        const args = [...baseline];
        while (args.length <= index) args.push(OMIT);
        args[index] = value;
        cases.push({ spec, args, label: `boundary: argument ${index + 1} = ${JSON.stringify(value)}` });
      }
    }
  }
  return cases;
}

const CASES = buildCases();

describe("parity of HyperFormula formulas with the Excel implementation", () => {
  it("covers every function with at least 200 argument cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CASES.map((c) => c.spec.id)).size).toBe(CREDIT_FUNCTIONS.length);
    // the pools reach errors, blanks and text in every function, not only valid numbers
    const expectations = CASES.map(expectedOf);
    expect(expectations.filter((e) => e.kind === "errorCode").length).toBeGreaterThan(50);
    expect(expectations.filter((e) => e.kind === "result" && isCreditError(e.result)).length).toBeGreaterThan(
      100,
    );
    expect(
      expectations.filter((e) => e.kind === "result" && !isCreditError(e.result)).length,
    ).toBeGreaterThan(100);
  });

  it.each(CREDIT_FUNCTIONS.map((spec) => [spec.id] as const))("CREDIT.%s", async (id) => {
    const workbook = EmbeddedWorkbook.empty();
    const mismatches: string[] = [];
    for (const testCase of CASES.filter((c) => c.spec.id === id)) {
      const { formula, blocks } = layout(testCase);
      await workbook.writeSheet({ name: "Args", blocks });
      const expected = expectedOf(testCase);
      // once as a one-off calculation, once in a cell (where a spill must fit its reserved cells)
      const evaluated = workbook.evaluate(formula);
      workbook.setCell("Sheet1", "A1", formula);
      const inCell = workbook.getCellValue("Sheet1", "A1");
      for (const [path, actual] of [
        ["evaluate", evaluated],
        ["cell", inCell],
      ] as const) {
        if (!matches(actual, expected)) {
          mismatches.push(
            `${testCase.label} (${path}) ${formula}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
