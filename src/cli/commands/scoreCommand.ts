import {
  type ApplyCardDone,
  applyCard,
  readCustomerTable,
  type CustomerTableRef,
  proposeMappingFor,
} from "../../app/scores/applyCard";
import { headerKey } from "../../core/ledger/_lib/headerKey";
import {
  CUSTOMER_FIELDS,
  type CustomerField,
  type CustomerTableMapping,
  type FactorSource,
  factorSourceFor,
} from "../../core/scores";
import { DEFAULT_SCORECARD_FACTORS, type ScorecardFactorId } from "../../core/templates";
import { type WorkbookHost } from "../../host";
import { resources, type SupportedLanguage, translate } from "../../i18n";
import { CliError } from "../cliError";
import { readInputFile, writeOutputFile } from "../files";
import { loadEmbedded } from "../loadEmbedded";

/** Options of `creditkit score`. */
export interface ScoreCommandOptions {
  readonly card: string;
  readonly table: string;
  readonly map?: string;
  readonly portable?: boolean;
  readonly json?: boolean;
  readonly out: string;
}

const problem = (
  language: SupportedLanguage,
  id: string,
  params: Readonly<Record<string, string | number>>,
  exitCode: 1 | 2 = 1,
) =>
  new CliError("score.problem", { message: translate(language, `scores:problems.${id}`, params) }, exitCode);

/**
 * `--table`: a range when it names cells (`Customers!A1:H500`), else an Excel table of that name, else a sheet.
 *
 * @example
 * await tableOption(book, "Customers!A1:H500"); // { kind: "range", sheet: "Customers", address: "A1:H500" }
 */
export async function tableOption(host: WorkbookHost, text: string): Promise<CustomerTableRef> {
  const bang = text.lastIndexOf("!");
  if (bang > 0) {
    return {
      kind: "range",
      sheet: text
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'"),
      address: text.slice(bang + 1),
    };
  }
  const tables = await host.listTables();
  const table = tables.find((t) => t.name.toLowerCase() === text.toLowerCase());
  return table !== undefined ? { kind: "table", table: table.name } : { kind: "sheet", sheet: text };
}

const FACTOR_IDS = new Map(DEFAULT_SCORECARD_FACTORS.map((f) => [f.id.toLowerCase(), f.id]));
const FIELD_IDS = new Map(CUSTOMER_FIELDS.map((f) => [f.toLowerCase(), f]));

/**
 * The proposed mapping with `--map` choices laid over it: `customer=Client,paymentHistory=Pay score`. A factor
 * given a column of raw numbers is scored through its metric's bands, as the proposal would.
 *
 * @example
 * mappingOption("customer=Client", ["Client", "Pay score"], [], "en").fields.customer; // 0
 */
export function mappingOption(
  text: string | undefined,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  language: SupportedLanguage,
  source: string,
): CustomerTableMapping {
  const proposed = proposeMappingFor(headers, rows as never).mapping;
  if (text === undefined || text.trim() === "") return proposed;
  const fields: Partial<Record<CustomerField, number>> = { ...proposed.fields };
  const factors: Partial<Record<ScorecardFactorId, FactorSource>> = { ...proposed.factors };
  const keys = headers.map(headerKey);
  for (const pair of text.split(",")) {
    const [name = "", header = ""] = pair.split("=").map((part) => part.trim());
    const field = FIELD_IDS.get(name.toLowerCase());
    const factor = FACTOR_IDS.get(name.toLowerCase());
    if ((field === undefined && factor === undefined) || header === "") {
      throw problem(language, "mappingInvalid", { text: pair.trim() }, 2);
    }
    const exact = headers.findIndex((h) => h.trim() === header);
    const column = exact >= 0 ? exact : keys.indexOf(headerKey(header));
    if (column < 0) {
      throw problem(language, "columnUnknown", { column: header, source, headers: headers.join(", ") });
    }
    if (field !== undefined) fields[field] = column;
    else if (factor !== undefined) factors[factor] = factorSourceFor(factor, column, rows);
  }
  return { fields, factors };
}

/** The mapping as lines: fields, then factors, each with the header it reads. */
function mappingLines(done: ApplyCardDone, language: SupportedLanguage): string[] {
  const table = resources[language];
  const t = (key: string, params: Record<string, string>) => translate(language, `cli:score.${key}`, params);
  const header = (column: number) => done.table.headers[column] ?? String(column + 1);
  const lines: string[] = [];
  for (const field of CUSTOMER_FIELDS) {
    const column = done.mapping.fields[field];
    if (column !== undefined)
      lines.push(`  ${t("field", { field: table.scores.fields[field], column: header(column) })}`);
  }
  for (const factor of DEFAULT_SCORECARD_FACTORS) {
    const source = done.mapping.factors[factor.id];
    if (source === undefined) continue;
    lines.push(
      `  ${t("mapped", {
        factor: table.templates.weighted.factors[factor.id],
        column: header(source.column),
        bands: source.kind === "banded" ? translate(language, "cli:score.banded") : "",
      })}`,
    );
  }
  return lines;
}

/**
 * `creditkit score <book.xlsx> --card SHEET --table NAME|RANGE [--map …] [--portable] [--json] --out FILE.xlsx`:
 * applies the card to the customers and writes the workbook with a Scores sheet; the input file is not changed.
 *
 * @returns What to print: the summary and the mapping, or the JSON of both.
 *
 * @example
 * await runScoreCommand("book.xlsx", { card: "Scorecard", table: "Customers", out: "scored.xlsx" }, "en");
 */
export async function runScoreCommand(
  file: string,
  options: ScoreCommandOptions,
  language: SupportedLanguage,
): Promise<string> {
  const { EmbeddedWorkbook } = loadEmbedded();
  const workbook = await EmbeddedWorkbook.fromXlsx(readInputFile(file, "xlsx"), { language });
  const ref = await tableOption(workbook, options.table);
  const table = await readCustomerTable(workbook, ref);
  if (table.kind === "blocked") throw problem(language, table.id, table.params);
  const mapping = mappingOption(
    options.map,
    table.headers,
    table.rows.map((row) => row.cells),
    language,
    table.text,
  );
  const done = await applyCard(workbook, {
    card: options.card,
    table: ref,
    mapping,
    form: options.portable === true ? "portable" : "addin",
    language,
  });
  if (done.kind === "blocked") throw problem(language, done.id, done.params);
  writeOutputFile(options.out, await workbook.toXlsx());
  const banded = Object.values(done.mapping.factors).filter((f) => f?.kind === "banded").length;
  if (options.json === true) {
    return JSON.stringify(
      {
        sheet: done.sheet,
        customers: done.customers,
        source: done.table.text,
        card: options.card,
        form: options.portable === true ? "portable" : "addin",
        mapping: done.mapping,
        headers: done.table.headers,
        out: options.out,
      },
      null,
      2,
    );
  }
  const summary = translate(language, "scores:summary", {
    count: done.customers,
    source: done.table.text,
    card: options.card,
    sheet: done.sheet,
    factors: Object.keys(done.mapping.factors).length,
    banded,
  });
  return [
    summary,
    ...mappingLines(done, language),
    translate(language, "cli:calc.wrote", { file: options.out }),
  ].join("\n");
}
