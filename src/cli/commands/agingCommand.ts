import {
  type AgingBasis,
  type BucketEdges,
  bucketLabelText,
  DEFAULT_BUCKET_EDGES,
  parseBucketEdges,
} from "../../core/aging";
import { type DayOrder, formatIsoDate } from "../../core/dates";
import { isCreditError } from "../../core/errors";
import {
  type AgingResult,
  type ColumnMapping,
  type LedgerGroupBy,
  parseFieldMapping,
} from "../../core/ledger";
import { agingReportSpec, agingSheetName } from "../../core/report/agingReport";
import { type SourceRef } from "../../host";
import { ledgerMessage, type SupportedLanguage, translate } from "../../i18n";
import { agingReportLabels } from "../../app/aging/reportLabels";
import { detectAgingColumns, runAging } from "../../app/aging/runAging";
import { CliError } from "../cliError";
import { loadEmbedded } from "../loadEmbedded";
import { writeOutputFile } from "../files";
import { asOfOption, openLedgerBook, optionError } from "../ledgerInput";

/** Options of `creditkit aging`. */
export interface AgingCommandOptions {
  readonly sheet?: string;
  readonly asOf?: string;
  readonly basis?: AgingBasis;
  readonly buckets?: string;
  readonly dateOrder?: DayOrder;
  readonly map?: string;
  readonly groupBy?: LedgerGroupBy;
  readonly json?: boolean;
  readonly out?: string;
}

function edgesOption(text: string | undefined, language: SupportedLanguage): BucketEdges {
  if (text === undefined) return DEFAULT_BUCKET_EDGES;
  const edges = parseBucketEdges(text);
  if (isCreditError(edges)) throw optionError("--buckets", edges.id, edges.params, language);
  return edges;
}

/**
 * The `--json` document of the contract.
 *
 * @example
 * agingJson(result, "en"); // { asOf: "2026-10-31", basis: "due", buckets: ["Not due", …], customers: […], … }
 */
export function agingJson(result: AgingResult, language: SupportedLanguage): unknown {
  const message = (id: string, params: Readonly<Record<string, string | number>>) =>
    ledgerMessage(language, id, params);
  const iso = formatIsoDate(result.asOf);
  return {
    asOf: typeof iso === "string" ? iso : result.asOf,
    basis: result.basis,
    buckets: result.buckets.map(bucketLabelText),
    customers: result.groups.map((g) => ({
      customer: g.key,
      currency: g.currency,
      open: g.open,
      buckets: g.buckets,
      items: g.items,
      overdue: g.overdue,
      oldestDaysPastDue: g.oldestDaysPastDue,
      weightedDaysPastDue: g.weightedDaysPastDue,
    })),
    totals: result.totals.map((t) => ({
      currency: t.currency,
      open: t.open,
      buckets: t.buckets,
      items: t.items,
      rejectedAmount: t.rejectedAmount,
    })),
    rejected: result.rejected.map((r) => ({
      row: r.row,
      column: r.column,
      value: r.value,
      reason: message(r.reason, { column: r.column, value: r.value, row: r.row }),
    })),
    notices: result.notices.map((n) => message(n.id, { ...n.params, count: n.count })),
  };
}

function agingText(result: AgingResult, language: SupportedLanguage): string {
  const labels = agingReportLabels(language);
  const groupLabel =
    result.groupBy === "customer"
      ? labels.customer
      : result.groupBy === "salesperson"
        ? labels.salesperson
        : labels.region;
  const buckets = result.buckets.map((b) => (b.key === "notDue" ? labels.notDue : bucketLabelText(b)));
  // Tab-separated, one line per group and then per currency total, so it pastes into a sheet or pipes
  // into other tools; amounts keep their currency's minor unit (JPY 0 decimals, CNY 2).
  const amount = (value: number, decimals: number) => value.toFixed(decimals);
  const lines: string[] = [
    [groupLabel, labels.currency, labels.open, ...buckets, labels.overdue, labels.items].join("\t"),
  ];
  for (const g of result.groups) {
    const d = g.decimals;
    lines.push(
      [
        g.key,
        g.currency || "-",
        amount(g.open, d),
        ...g.buckets.map((v) => amount(v, d)),
        amount(g.overdue, d),
        g.items,
      ].join("\t"),
    );
  }
  for (const t of result.totals) {
    const d = t.decimals;
    lines.push(
      [
        labels.total,
        t.currency || "-",
        amount(t.open, d),
        ...t.buckets.map((v) => amount(v, d)),
        amount(t.overdue, d),
        t.items,
      ].join("\t"),
    );
  }
  if (result.rejected.length > 0) {
    lines.push("", `${labels.rejectedTitle} (${result.rejected.length})`);
    for (const r of result.rejected)
      lines.push(labels.message(r.reason, { row: r.row, column: r.column, value: r.value }));
  }
  if (result.notices.length > 0) lines.push("");
  for (const n of result.notices) lines.push(labels.message(n.id, { ...n.params, count: n.count }));
  return lines.join("\n");
}

/**
 * `creditkit aging <ledger.(xlsx|csv)> …`: ages a ledger and prints the result (text or JSON) or
 * writes the report workbook.
 *
 * @example
 * await runAgingCommand("ledger.csv", { asOf: "2026-10-31", json: true }, "en", progress);
 */
export async function runAgingCommand(
  file: string,
  options: AgingCommandOptions,
  language: SupportedLanguage,
  progress: (text: string) => void,
): Promise<string> {
  const asOf = asOfOption(options.asOf, language);
  const edges = edgesOption(options.buckets, language);
  const { host, defaultSheet } = await openLedgerBook(file, language);
  const sheet = options.sheet ?? defaultSheet;
  if ((await host.listSheets()).every((s) => s.name !== sheet))
    throw new CliError("errors.sheetNotFound", { sheet, file });
  const source: SourceRef = { kind: "sheet", sheet };
  let mapping: ColumnMapping | undefined;
  if (options.map !== undefined) {
    const { detection } = await detectAgingColumns(host, source);
    const parsed = parseFieldMapping(options.map, detection.headers);
    if (isCreditError(parsed)) throw optionError("--map", parsed.id, parsed.params, language);
    mapping = parsed;
  }
  // Hosts report every block; a terminal needs a line per tenth of the file, not one per 2,000 rows.
  let reported = -1;
  const reportEvery = (done: number, total: number): void => {
    const tenth = total > 0 ? Math.floor((10 * done) / total) : 0;
    if (tenth === reported && done < total) return;
    reported = tenth;
    progress(`${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
  };
  const run = await runAging(
    host,
    {
      source,
      asOf,
      basis: options.basis,
      edges,
      groupBy: options.groupBy,
      mapping,
      dayOrder: options.dateOrder ?? null,
    },
    { onProgress: (p) => reportEvery(p.done, p.total) },
  );
  if (run.kind === "blocked") {
    const reasons = run.error
      ? [ledgerMessage(language, run.error.id, run.error.params)]
      : run.problems.map((p) => ledgerMessage(language, p.id, p.params));
    throw new CliError("errors.ledgerBlocked", { file, reasons: reasons.join(" ") });
  }
  if (options.out) {
    const { EmbeddedWorkbook } = loadEmbedded();
    const report = EmbeddedWorkbook.empty({ language });
    await report.writeSheet(
      agingReportSpec(run.result, {
        sheetName: agingSheetName(asOf),
        sourceName: sheet,
        labels: agingReportLabels(language),
      }),
    );
    report.removeSheet("Sheet1");
    writeOutputFile(options.out, await report.toXlsx());
    progress(translate(language, "cli:calc.wrote", { file: options.out }));
  }
  if (options.json) return JSON.stringify(agingJson(run.result, language), null, 2);
  return options.out ? "" : agingText(run.result, language);
}
