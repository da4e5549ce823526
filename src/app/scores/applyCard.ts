/**
 * Applying a weighted card to a customer table over a workbook host (issue 7): read the customer table,
 * check the card sheet, propose or take the column mapping, and write the Scores sheet. The task pane and
 * `creditkit score` both call this; the customer table and the card are only read.
 */
import {
  type RawCell,
  type RunOptions,
  type SourceRef,
  type SourceShape,
  type WorkbookHost,
} from "../../host";
import { columnLetters, parseCellAddress, type SheetSpec } from "../../core/report";
import {
  type CustomerTableMapping,
  type ProposedCustomerMapping,
  proposeCustomerMapping,
  scoresSheetSpec,
} from "../../core/scores";
import { DEFAULT_SCORECARD_FACTORS, type TemplateForm, WEIGHTED_CARD_CELLS } from "../../core/templates";
import { HostError } from "../../host";
import { type SupportedLanguage } from "../../i18n";
import { factorNamesInEveryLanguage, scoresLabels } from "./scoresLabels";

/**
 * A customer table: an Excel table, a sheet's used range, or a range such as `Customers!A1:H500`; its first
 * row is the header.
 *
 * @example
 * const ref: CustomerTableRef = { kind: "range", sheet: "Customers", address: "A1:H500" };
 */
export type CustomerTableRef =
  SourceRef | { readonly kind: "range"; readonly sheet: string; readonly address: string };

/**
 * A problem that stops the run, as an id of the `scores:problems` messages and its parameters.
 *
 * @example
 * const problem: ScoresProblem = { kind: "blocked", id: "cardNotFound", params: { card: "Scorecard" } };
 */
export interface ScoresProblem {
  readonly kind: "blocked";
  readonly id:
    | "cardNotFound"
    | "cardNotWeighted"
    | "sourceNotFound"
    | "rangeInvalid"
    | "sourceEmpty"
    | "customerMissing"
    | "nothingMapped"
    | "sameAsSource"
    | "sheetTaken";
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * A customer table as read: its header texts, its non-blank rows with their sheet row numbers, and where it
 * sits.
 *
 * @example
 * table.rows[0]?.sheetRow; // 2: the first customer under a header in row 1
 */
export interface CustomerTable {
  readonly sheet: string;
  /** Sheet column of the table's first column (1-based). */
  readonly firstColumn: number;
  /** The header row's sheet row (1-based). */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly sheetRow: number; readonly cells: readonly RawCell[] }[];
  /** The table's name or its range, as messages and the Scores sheet name it. */
  readonly text: string;
}

const blocked = (id: ScoresProblem["id"], params: ScoresProblem["params"]): ScoresProblem => ({
  kind: "blocked",
  id,
  params,
});

/** A range's corners, 1-based; null when `address` is not `A1:H500`-like. */
function rangeCorners(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const [first, last = first] = address.replace(/\$/g, "").toUpperCase().split(":");
  const a = parseCellAddress(first ?? "");
  const b = parseCellAddress(last ?? "");
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

const cellText = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.error : String(cell).trim();

const isBlankRow = (cells: readonly RawCell[]): boolean => cells.every((cell) => cellText(cell) === "");

/**
 * Reads a customer table: every row of it, the first non-blank row as the header, blank rows skipped.
 *
 * @example
 * const table = await readCustomerTable(host, { kind: "table", table: "Customers" });
 * if (table.kind === "table") table.headers; // ["Customer", "Current ratio", …]
 */
export async function readCustomerTable(
  host: WorkbookHost,
  ref: CustomerTableRef,
  options: RunOptions = {},
): Promise<({ readonly kind: "table" } & CustomerTable) | ScoresProblem> {
  const name =
    ref.kind === "table" ? ref.table : ref.kind === "sheet" ? ref.sheet : `${ref.sheet}!${ref.address}`;
  const corners = ref.kind === "range" ? rangeCorners(ref.address) : null;
  if (ref.kind === "range" && corners === null) return blocked("rangeInvalid", { range: name });
  const source: SourceRef = ref.kind === "range" ? { kind: "sheet", sheet: ref.sheet } : ref;
  let shape: SourceShape;
  try {
    shape = await host.describe(source);
  } catch (error) {
    if (error instanceof HostError && (error.code === "sheetNotFound" || error.code === "tableNotFound")) {
      return blocked("sourceNotFound", { source: name });
    }
    throw error;
  }
  const rows: { sheetRow: number; cells: RawCell[] }[] = [];
  for await (const block of host.readRows(source, options)) {
    block.rows.forEach((cells, i) => {
      const sheetRow = block.firstRow + i;
      if (corners !== null && (sheetRow < corners.top || sheetRow > corners.bottom)) return;
      const slice =
        corners === null
          ? [...cells]
          : Array.from(
              { length: corners.right - corners.left + 1 },
              (_, k) => cells[corners.left - shape.firstColumn + k] ?? null,
            );
      if (!isBlankRow(slice)) rows.push({ sheetRow, cells: slice });
    });
  }
  const firstColumn = corners?.left ?? shape.firstColumn;
  const header = rows.shift();
  const text =
    ref.kind === "table"
      ? ref.table
      : `${shape.sheet}!${columnLetters(firstColumn)}${header?.sheetRow ?? shape.firstRow}:` +
        `${columnLetters(firstColumn + Math.max((header?.cells.length ?? 1) - 1, 0))}${rows.at(-1)?.sheetRow ?? header?.sheetRow ?? shape.firstRow}`;
  if (header === undefined || rows.length === 0) return blocked("sourceEmpty", { source: name });
  return {
    kind: "table",
    sheet: shape.sheet,
    firstColumn,
    headerRow: header.sheetRow,
    headers: header.cells.map(cellText),
    rows,
    text,
  };
}

/**
 * Checks that `card` is a weighted risk-factor card as CreditKit writes it (the Scores sheet reads its cells
 * by address): factor names beside numeric weights, the maximum points and the missing-data policy.
 *
 * @example
 * await checkWeightedCard(host, "Scorecard"); // null when it is one
 */
export async function checkWeightedCard(host: WorkbookHost, card: string): Promise<ScoresProblem | null> {
  const sheets = await host.listSheets();
  if (!sheets.some((sheet) => sheet.name === card)) return blocked("cardNotFound", { card });
  const rows: RawCell[][] = [];
  let firstRow = 1;
  let firstColumn = 1;
  const shape = await host.describe({ kind: "sheet", sheet: card });
  firstRow = shape.firstRow;
  firstColumn = shape.firstColumn;
  for await (const block of host.readRows({ kind: "sheet", sheet: card }, { blockRows: 100 })) {
    rows.push(...block.rows.map((row) => [...row]));
    if (rows.length >= 60) break;
  }
  const at = (address: string): RawCell => {
    const position = parseCellAddress(address);
    if (position === null) return null;
    return rows[position.row - firstRow]?.[position.column - firstColumn] ?? null;
  };
  const weights = rangeCorners(WEIGHTED_CARD_CELLS.weights);
  if (weights === null) return null;
  for (let i = 0; i < DEFAULT_SCORECARD_FACTORS.length; i++) {
    const row = weights.top + i;
    if (cellText(at(`B${row}`)) === "") {
      return blocked("cardNotWeighted", { card, cell: `B${row}`, expected: "factor" });
    }
    if (typeof at(`C${row}`) !== "number") {
      return blocked("cardNotWeighted", { card, cell: `C${row}`, expected: "weight" });
    }
  }
  if (typeof at(WEIGHTED_CARD_CELLS.maxPoints) !== "number") {
    return blocked("cardNotWeighted", { card, cell: WEIGHTED_CARD_CELLS.maxPoints, expected: "maxPoints" });
  }
  return null;
}

/**
 * The mapping proposed for a customer table's headers.
 *
 * @example
 * proposeMappingFor(["客户名称", "流动比率"]).mapping.factors.solvency?.kind; // "banded"
 * proposeMappingFor(["Customer", "Years in business"], [["Acme", 12]]).mapping.factors.yearsInBusiness?.kind; // "banded"
 */
export function proposeMappingFor(
  headers: readonly string[],
  rows: readonly (readonly RawCell[])[] = [],
): ProposedCustomerMapping {
  return proposeCustomerMapping(headers, factorNamesInEveryLanguage(), rows);
}

/**
 * What to apply to what.
 *
 * @example
 * const request: ApplyCardRequest = { card: "Scorecard", table: { kind: "table", table: "Customers" }, form: "addin", language: "en" };
 */
export interface ApplyCardRequest {
  readonly card: string;
  readonly table: CustomerTableRef;
  /** Omitted: the mapping {@link proposeMappingFor} finds. */
  readonly mapping?: CustomerTableMapping;
  readonly form: TemplateForm;
  readonly language: SupportedLanguage;
  /** The sheet to write; default the `scores` namespace's sheet name. */
  readonly sheetName?: string;
}

/**
 * A finished application: the sheet written, how many customers, the mapping used.
 *
 * @example
 * done.customers; // 10000
 */
export interface ApplyCardDone {
  readonly kind: "done";
  readonly sheet: string;
  readonly replaced: boolean;
  readonly customers: number;
  readonly mapping: CustomerTableMapping;
  readonly table: CustomerTable;
}

/**
 * The Scores sheet for a table and mapping, without writing it (the task pane previews the column count;
 * tests evaluate it).
 *
 * @example
 * const spec = scoresSpecFor(table, mapping, { card: "Scorecard", form: "addin", language: "en" });
 */
export function scoresSpecFor(
  table: CustomerTable,
  mapping: CustomerTableMapping,
  options: {
    readonly card: string;
    readonly form: TemplateForm;
    readonly language: SupportedLanguage;
    readonly sheetName?: string;
  },
): SheetSpec {
  const labels = scoresLabels(options.language);
  return scoresSheetSpec({
    form: options.form,
    labels,
    sheetName: options.sheetName ?? labels.sheetName,
    card: options.card,
    source: {
      sheet: table.sheet,
      firstColumn: table.firstColumn,
      rows: table.rows.map((row) => row.sheetRow),
      text: table.text,
    },
    mapping,
  });
}

/**
 * Applies the weighted card `request.card` to the customers of `request.table` and writes the Scores sheet.
 * Nothing is written when a problem stops the run; the host's write is all or nothing.
 *
 * @example
 * const result = await applyCard(host, { card: "Scorecard", table: { kind: "sheet", sheet: "Customers" }, form: "addin", language: "en" });
 * if (result.kind === "done") result.customers; // 250
 */
export async function applyCard(
  host: WorkbookHost,
  request: ApplyCardRequest,
  options: RunOptions = {},
): Promise<ApplyCardDone | ScoresProblem> {
  const cardProblem = await checkWeightedCard(host, request.card);
  if (cardProblem !== null) return cardProblem;
  const table = await readCustomerTable(host, request.table, options);
  if (table.kind === "blocked") return table;
  const mapping =
    request.mapping ??
    proposeMappingFor(
      table.headers,
      table.rows.map((row) => row.cells),
    ).mapping;
  const headers = table.headers.filter((h) => h !== "").join(", ");
  if (mapping.fields.customer === undefined)
    return blocked("customerMissing", { source: table.text, headers });
  if (Object.keys(mapping.factors).length === 0)
    return blocked("nothingMapped", { source: table.text, headers });
  const labels = scoresLabels(request.language);
  const sheetName = request.sheetName ?? labels.sheetName;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase(); // as Excel compares sheet names
  if (same(sheetName, table.sheet) || same(sheetName, request.card))
    return blocked("sameAsSource", { sheet: sheetName });
  // The host would refuse too; asking first gives the user a sentence instead of a host failure.
  const taken = (await host.listSheets()).find((sheet) => same(sheet.name, sheetName));
  if (taken !== undefined && !taken.ownedByCreditKit) return blocked("sheetTaken", { sheet: taken.name });
  const spec = scoresSpecFor(table, mapping, { ...request, sheetName });
  const written = await host.writeSheet(spec, options);
  return {
    kind: "done",
    sheet: written.sheet,
    replaced: written.replaced,
    customers: table.rows.length,
    mapping,
    table,
  };
}
