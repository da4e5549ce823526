import { columnLetters } from "../../report/address";
import { type LedgerProblem, ledgerProblem } from "../ledgerProblem";
import { type RawCell, isBlankCell } from "../rawCell";
import { type ColumnCandidate, assignColumns } from "./assignColumns";
import { type ColumnKind, kindShare } from "./columnProfile";
import { HEADER_SCAN_ROWS, findHeaderRow, headerTexts } from "./findHeaderRow";
import { headerKey } from "./headerKey";
import { type Synonym } from "./headerScore";

/** A header guess whose column holds mostly the wrong kind of values counts this much less. */
const WRONG_KIND_FACTOR = 0.5;

/**
 * What a header search over any table of fields finds (the ledger's and the customer master's).
 *
 * @example
 * const found: ColumnDetection<"customer" | "limit"> = detectColumns(rows, MASTER_FIELD_SET, 1);
 */
export interface ColumnDetection<F extends string> {
  /** 0-based index into the rows of the header row. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: Partial<Record<F, number>>;
  readonly confidence: Readonly<Record<F, number>>;
  readonly candidates: Readonly<Record<F, readonly ColumnCandidate[]>>;
  readonly problems: readonly LedgerProblem[];
}

/**
 * Fields, their header words and the kind of values each expects.
 *
 * @example
 * const set: FieldSet<"customer"> = { fields: ["customer"], synonyms: { customer: CUSTOMER_SYNONYMS }, kinds: { customer: "any" } };
 */
export interface FieldSet<F extends string> {
  readonly fields: readonly F[];
  readonly synonyms: Readonly<Record<F, readonly Synonym[]>>;
  readonly kinds: Readonly<Record<F, ColumnKind>>;
}

function rowWidth(rows: readonly (readonly RawCell[])[], from: number): number {
  let width = 0;
  for (let r = from; r < Math.min(rows.length, from + HEADER_SCAN_ROWS); r++) {
    width = Math.max(width, rows[r]?.length ?? 0);
  }
  return width;
}

function hasData(rows: readonly (readonly RawCell[])[], from: number, column?: number): boolean {
  for (let r = from; r < Math.min(rows.length, from + HEADER_SCAN_ROWS); r++) {
    const row = rows[r] ?? [];
    if (column !== undefined ? !isBlankCell(row[column]) : row.some((cell) => !isBlankCell(cell)))
      return true;
  }
  return false;
}

function sameHeaderProblems(headers: readonly string[], letter: (c: number) => string): LedgerProblem[] {
  const seen = new Map<string, number>();
  const problems: LedgerProblem[] = [];
  headers.forEach((header, column) => {
    const key = headerKey(header);
    if (key === "") return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, column);
    else {
      problems.push(
        ledgerProblem("duplicateHeader", "warning", { header, first: letter(first), second: letter(column) }),
      );
    }
  });
  return problems;
}

/**
 * Finds the header row among the first rows, maps fields to columns by header words, checks each guess
 * against the data below it, and lists the problems a user should see (no header, duplicate headers,
 * unnamed columns with data, two columns that could be one field). `firstColumn` is the 1-based sheet column
 * of the rows' first cell, for column letters in messages.
 *
 * @example
 * detectColumns([["Customer", "Amount"], ["ACME", 10]], ledgerFieldSet, 1).mapping; // { customer: 0, amount: 1 }
 */
export function detectColumns<F extends string>(
  rows: readonly (readonly RawCell[])[],
  set: FieldSet<F>,
  firstColumn: number,
): ColumnDetection<F> {
  const letter = (column: number): string => columnLetters(firstColumn + column);
  const search = findHeaderRow(
    rows,
    set.fields.map((field) => set.synonyms[field]),
  );
  const headerRow =
    search.kind === "found" ? search.row : search.kind === "notFound" ? search.firstFilledRow : 0;
  const headers = headerTexts(rows[headerRow] ?? [], rowWidth(rows, headerRow));
  const problems: LedgerProblem[] = [];
  if (search.kind === "empty") {
    problems.push(ledgerProblem("sourceEmpty", "blocking"));
  } else if (search.kind === "notFound") {
    problems.push(ledgerProblem("headerRowNotFound", "blocking", { rows: HEADER_SCAN_ROWS }));
  }
  const usable = search.kind === "found";
  const assignment = assignColumns(
    usable ? headers : [],
    set.fields,
    (field) => set.synonyms[field],
    (field, column, score) => {
      const share = kindShare(rows, headerRow + 1, column, set.kinds[field]);
      return share !== null && share < 0.5 ? score * WRONG_KIND_FACTOR : score;
    },
  );
  if (usable) {
    if (!hasData(rows, headerRow + 1)) problems.push(ledgerProblem("noDataRows", "warning"));
    problems.push(...sameHeaderProblems(headers, letter));
    headers.forEach((header, column) => {
      if (header === "" && hasData(rows, headerRow + 1, column)) {
        problems.push(ledgerProblem("blankHeaderWithData", "warning", { column: letter(column) }));
      }
    });
    for (const { field, chosen, other } of assignment.ambiguous) {
      problems.push(
        ledgerProblem("fieldAmbiguous", "warning", {
          field,
          chosen: headers[chosen] ?? "",
          chosenColumn: letter(chosen),
          other: headers[other] ?? "",
          otherColumn: letter(other),
        }),
      );
    }
  }
  const { mapping, confidence, candidates } = assignment;
  return { headerRow, headers, mapping, confidence, candidates, problems };
}
