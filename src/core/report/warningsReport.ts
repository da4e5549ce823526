/**
 * The Warnings sheet (issue 6) as a SheetSpec: a title and the sources read, a summary (warnings by severity
 * and by rule, the amount at risk per currency), one Excel table of every warning — severity in its colour,
 * customer, rule, measured value against its threshold, amount at risk, recommended action and the evidence
 * rows with a link to the first — then the rules that could not run, the customers a rule could not judge,
 * and the rows that could not be read. Nothing the checks found or missed is left unshown.
 */
import { formatIsoDate } from "../dates";
import { type LedgerRejection } from "../ledger";
import { minorUnitDecimals } from "../money";
import {
  type WarningReport,
  type WarningResult,
  type WarningSettings,
  type WarningSeverity,
  WARNING_RULES,
  WARNING_SEVERITIES,
} from "../warnings";
import { cellAddress, columnLetters, rangeAddress } from "./address";
import { amountFormat } from "./agingReport";
import {
  type CellBlock,
  type CellInput,
  type NumberFormatSpec,
  type SheetSpec,
  type StyleSpec,
  type TableSpec,
} from "./sheetSpec";
import { type WarningsReportLabels } from "./warningsReportLabels";

/**
 * Where a source sits, for evidence texts and links: the sheet's name and the 1-based sheet column of the
 * source's first column (rows of the evidence are sheet rows already).
 *
 * @example
 * const ledger: EvidenceSheet = { sheet: "Ledger", firstColumn: 2 };
 */
export interface EvidenceSheet {
  readonly sheet: string;
  readonly firstColumn: number;
}

/**
 * A row that could not be read, with the sheet it is on (the ledger, the master or the history).
 *
 * @example
 * const r: SheetRejection = { sheet: "Ledger", rejection: { row: 9, column: "Due date", value: "2026-02-30", reason: "ledgerDateImpossible" } };
 */
export interface SheetRejection {
  readonly sheet: string;
  readonly rejection: LedgerRejection;
}

/** What the Warnings sheet needs besides the report. */
export interface WarningsReportOptions {
  readonly sheetName: string;
  readonly labels: WarningsReportLabels;
  /** The sheets the evidence rows are on; a source not given is `null`. */
  readonly ledger: EvidenceSheet;
  readonly master?: EvidenceSheet | null;
  /** The payment history's sheet; `"ledger"` when the ledger's own paid dates served as the history. */
  readonly history?: EvidenceSheet | "ledger" | null;
  /** The settings the checks ran with, so the rule summary can tell a rule switched off from a quiet one. */
  readonly settings?: WarningSettings | null;
  /**
   * Adds a column of HYPERLINK formulas to each warning's first evidence row. Only where the sources are in
   * the same workbook as the sheet (default true).
   */
  readonly links?: boolean;
  readonly rejected?: readonly SheetRejection[];
}

const HEADER_FILL = "#00786E";
const ACCENT = "#E6F2F1";
const NOTE_COLOR = "#605E5C";
/** Evidence rows listed per source in a warning's evidence text; the link and the pane go to the first. */
const LISTED_ROWS = 20;

/**
 * The fill and font colours of a severity: red, amber and blue, light fills with dark text so the sheet
 * prints legibly in black and white too.
 *
 * @example
 * SEVERITY_COLORS.high.fill; // "#FDE7E9"
 */
export const SEVERITY_COLORS: Readonly<
  Record<WarningSeverity, { readonly fill: string; readonly font: string }>
> = {
  high: { fill: "#FDE7E9", font: "#A4262C" },
  medium: { fill: "#FFF4CE", font: "#835B00" },
  low: { fill: "#EFF6FC", font: "#0F548C" },
};

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A sheet name as a formula or a reference text writes it: bare when it is letters, digits and underscores
 * (not starting with a digit), else in apostrophes with its own apostrophes doubled.
 *
 * @example
 * sheetReference("Ledger"); // "Ledger"
 * sheetReference("AR ledger"); // "'AR ledger'"
 */
export function sheetReference(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The evidence of a warning as text: each source's sheet once, then its cells in the source's first column
 * ("Ledger!A12, A40; Master!A7"), at most 20 per source and then how many more.
 *
 * @example
 * evidenceText(result, { ledger: { sheet: "Ledger", firstColumn: 1 } }, labels); // "Ledger!A4"
 */
export function evidenceText(
  result: WarningResult,
  sources: Pick<WarningsReportOptions, "ledger" | "master" | "history">,
  labels: Pick<WarningsReportLabels, "moreRows">,
): string {
  const parts: string[] = [];
  const add = (source: EvidenceSheet | "ledger" | null | undefined, rows: readonly number[]) => {
    const at = source === "ledger" ? sources.ledger : source;
    if (at === null || at === undefined || rows.length === 0) return;
    const letters = columnLetters(at.firstColumn);
    const cells = rows.slice(0, LISTED_ROWS).map((row) => `${letters}${row}`);
    const more =
      rows.length > LISTED_ROWS ? ` ${fill(labels.moreRows, { count: rows.length - LISTED_ROWS })}` : "";
    parts.push(`${sheetReference(at.sheet)}!${cells.join(", ")}${more}`);
  };
  add(sources.ledger, result.rows);
  add(sources.history, result.historyRows);
  add(sources.master, result.masterRow === null ? [] : [result.masterRow]);
  return parts.join("; ");
}

/**
 * Where a warning's first evidence row is: the ledger's first row, else the history's, else the master's;
 * `null` for a warning without evidence rows.
 *
 * @example
 * firstEvidence(result, { ledger: { sheet: "Ledger", firstColumn: 1 } }); // { sheet: "Ledger", firstColumn: 1, row: 4 }
 */
export function firstEvidence(
  result: WarningResult,
  sources: Pick<WarningsReportOptions, "ledger" | "master" | "history">,
): (EvidenceSheet & { readonly row: number }) | null {
  const history = sources.history === "ledger" ? sources.ledger : sources.history;
  const ledgerRow = result.rows[0];
  if (ledgerRow !== undefined) return { ...sources.ledger, row: ledgerRow };
  const historyRow = result.historyRows[0];
  if (historyRow !== undefined && history) return { ...history, row: historyRow };
  if (result.masterRow !== null && sources.master) return { ...sources.master, row: result.masterRow };
  return null;
}

function linkFormula(at: EvidenceSheet & { readonly row: number }): { formula: string } {
  const cell = cellAddress(at.row, at.firstColumn);
  const target = `#'${at.sheet.replace(/'/g, "''")}'!${cell}`;
  const text = `${sheetReference(at.sheet)}!${cell}`;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `=HYPERLINK(${quote(target)},${quote(text)})` };
}

/** The number format of a measured value or threshold, `null` for text. */
function valueFormat(result: WarningResult, value: number | string | null): string | null {
  if (typeof value !== "number") return null;
  switch (result.unit) {
    case "amount":
      return amountFormat(minorUnitDecimals(result.currency));
    case "share":
      return "0.0%";
    default:
      return Number.isInteger(value) ? "0" : "0.0";
  }
}

interface Layout {
  blocks: CellBlock[];
  formats: NumberFormatSpec[];
  styles: StyleSpec[];
  tables: TableSpec[];
  row: number;
}

function title(at: Layout, text: string): void {
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[text]] });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
  at.row += 1;
}

function header(at: Layout, width: number): void {
  at.styles.push({
    range: rangeAddress(at.row, 1, 1, width),
    bold: true,
    fill: HEADER_FILL,
    fontColor: "#FFFFFF",
  });
}

function severityStyle(
  at: Layout,
  row: number,
  column: number,
  rows: number,
  severity: WarningSeverity,
): void {
  if (rows <= 0) return;
  const colors = SEVERITY_COLORS[severity];
  at.styles.push({
    range: rangeAddress(row, column, rows, 1),
    fill: colors.fill,
    fontColor: colors.font,
    bold: true,
  });
}

/** Each format over the longest runs of consecutive rows that share it, so a long table needs few specs. */
function columnFormats(
  at: Layout,
  firstRow: number,
  column: number,
  formats: readonly (string | null)[],
): void {
  let start = 0;
  for (let i = 1; i <= formats.length; i++) {
    if (i < formats.length && formats[i] === formats[start]) continue;
    const format = formats[start];
    if (format !== null && format !== undefined) {
      at.formats.push({ range: rangeAddress(firstRow + start, column, i - start, 1), format });
    }
    start = i;
  }
}

function layoutSummary(report: WarningReport, options: WarningsReportOptions, at: Layout): void {
  const { labels } = options;
  const severityName = (s: WarningSeverity) => labels.message(`warnings:severity.${s}`, {});
  title(at, labels.summaryTitle);

  // By severity: warnings and distinct customers.
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[labels.bySeverityTitle]] });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true });
  at.row += 1;
  const rows: CellInput[][] = [[labels.severity, labels.warnings, labels.customers]];
  for (const severity of WARNING_SEVERITIES) {
    const found = report.results.filter((r) => r.severity === severity);
    rows.push([severityName(severity), found.length, new Set(found.map((r) => r.customer)).size]);
  }
  rows.push([labels.total, report.results.length, new Set(report.results.map((r) => r.customer)).size]);
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows });
  header(at, 3);
  WARNING_SEVERITIES.forEach((severity, i) => severityStyle(at, at.row + 1 + i, 1, 1, severity));
  at.styles.push({ range: rangeAddress(at.row + 4, 1, 1, 3), bold: true, fill: ACCENT });
  at.formats.push({ range: rangeAddress(at.row + 1, 2, 4, 2), format: "0" });
  at.row += rows.length + 1;

  // By rule, in the order of DESIGN §3.9, with why a rule has no warnings.
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[labels.byRuleTitle]] });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true });
  at.row += 1;
  const notRun = new Set(report.notRun.map((n) => n.rule));
  const ruleRows: CellInput[][] = [[labels.severity, labels.rule, labels.warnings, labels.status]];
  for (const rule of WARNING_RULES) {
    const off = options.settings ? !options.settings.rules[rule.id].enabled : false;
    const status = off ? labels.statusOff : notRun.has(rule.id) ? labels.statusNotRun : labels.statusRan;
    const count = report.results.filter((r) => r.rule === rule.id).length;
    ruleRows.push([severityName(rule.severity), labels.message(rule.name, {}), count, status]);
  }
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: ruleRows });
  header(at, 4);
  WARNING_RULES.forEach((rule, i) => severityStyle(at, at.row + 1 + i, 1, 1, rule.severity));
  at.formats.push({ range: rangeAddress(at.row + 1, 3, WARNING_RULES.length, 1), format: "0" });
  at.row += ruleRows.length + 1;

  layoutAtRisk(report, labels, at);
}

/**
 * Amount at risk per currency: each customer counted once, at the largest amount at risk of its warnings
 * (every rule's amount is part of the customer's balance, so adding them would count money twice).
 */
function layoutAtRisk(report: WarningReport, labels: WarningsReportLabels, at: Layout): void {
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[labels.atRiskTitle]] });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true });
  at.blocks.push({ topLeft: cellAddress(at.row + 1, 1), rows: [[labels.atRiskNote]] });
  at.styles.push({ range: cellAddress(at.row + 1, 1), italic: true, fontColor: NOTE_COLOR });
  at.row += 2;
  const largest = new Map<string, Map<string, number>>();
  for (const r of report.results) {
    const customers = largest.get(r.currency) ?? new Map<string, number>();
    largest.set(r.currency, customers);
    customers.set(r.customer, Math.max(customers.get(r.customer) ?? 0, r.amountAtRisk));
  }
  const currencies = [...largest.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows: CellInput[][] = [[labels.currency, labels.amountAtRisk, labels.customers]];
  for (const currency of currencies) {
    const customers = largest.get(currency) ?? new Map<string, number>();
    const scale = 10 ** minorUnitDecimals(currency);
    // Summed in whole minor units, so the total is exact.
    let minor = 0;
    for (const amount of customers.values()) minor += Math.round(amount * scale);
    rows.push([currency === "" ? labels.noCurrency : currency, minor / scale, customers.size]);
  }
  if (currencies.length === 0) rows.push([labels.none, null, null]);
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows });
  header(at, 3);
  currencies.forEach((currency, i) => {
    at.formats.push({
      range: cellAddress(at.row + 1 + i, 2),
      format: amountFormat(minorUnitDecimals(currency)),
    });
  });
  if (currencies.length > 0)
    at.formats.push({ range: rangeAddress(at.row + 1, 3, currencies.length, 1), format: "0" });
  at.row += rows.length + 1;
}

function layoutTable(report: WarningReport, options: WarningsReportOptions, at: Layout): void {
  const { labels } = options;
  const links = options.links !== false;
  title(at, `${labels.tableTitle} (${report.results.length})`);
  if (report.results.length === 0) {
    at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[labels.noWarnings]] });
    at.row += 2;
    return;
  }
  const head = [
    labels.severity,
    labels.customer,
    labels.currency,
    labels.rule,
    labels.value,
    labels.threshold,
    labels.amountAtRisk,
    labels.action,
    labels.evidence,
    ...(links ? [labels.link] : []),
  ];
  const first = at.row + 1;
  const rows: CellInput[][] = [head];
  for (const r of report.results) {
    const evidence = firstEvidence(r, options);
    rows.push([
      labels.message(`warnings:severity.${r.severity}`, {}),
      r.customer,
      r.currency,
      labels.message(`warnings:rules.${r.rule}.name`, {}),
      r.value,
      r.threshold,
      r.amountAtRisk,
      labels.message(r.action, {}),
      evidenceText(r, options, labels),
      ...(links ? [evidence === null ? null : linkFormula(evidence)] : []),
    ]);
  }
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows });
  at.tables.push({
    name: tableName(options.sheetName),
    range: rangeAddress(at.row, 1, rows.length, head.length),
    style: "TableStyleLight9",
    bandedRows: false,
  });
  // Results come in severity order, so each severity's cells are one run of rows.
  let start = first;
  for (const severity of WARNING_SEVERITIES) {
    const count = report.results.filter((r) => r.severity === severity).length;
    severityStyle(at, start, 1, count, severity);
    start += count;
  }
  columnFormats(
    at,
    first,
    5,
    report.results.map((r) => valueFormat(r, r.value)),
  );
  columnFormats(
    at,
    first,
    6,
    report.results.map((r) => valueFormat(r, r.threshold)),
  );
  columnFormats(
    at,
    first,
    7,
    report.results.map((r) => amountFormat(minorUnitDecimals(r.currency))),
  );
  at.row += rows.length + 1;
}

function layoutNotRun(report: WarningReport, labels: WarningsReportLabels, at: Layout): void {
  title(at, `${labels.notRunTitle} (${report.notRun.length})`);
  const rows: CellInput[][] = [[labels.rule, labels.reason]];
  for (const n of report.notRun) {
    rows.push([labels.message(`warnings:rules.${n.rule}.name`, {}), labels.message(n.reason, {})]);
  }
  if (report.notRun.length === 0) rows.push([labels.none, null]);
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows });
  header(at, 2);
  at.row += rows.length + 1;
  if (report.notAssessed.length === 0) return;
  title(at, labels.notAssessedTitle);
  const judged: CellInput[][] = [[labels.rule, labels.customers, labels.reason]];
  for (const n of report.notAssessed) {
    judged.push([
      labels.message(`warnings:rules.${n.rule}.name`, {}),
      n.count,
      labels.message(n.reason, { count: n.count, example: n.example }),
    ]);
  }
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: judged });
  header(at, 3);
  at.formats.push({ range: rangeAddress(at.row + 1, 2, report.notAssessed.length, 1), format: "0" });
  at.row += judged.length + 1;
}

function layoutRejected(rejected: readonly SheetRejection[], labels: WarningsReportLabels, at: Layout): void {
  title(at, `${labels.rejectedTitle} (${rejected.length})`);
  const rows: CellInput[][] = [[labels.sheet, labels.row, labels.column, labels.cell, labels.reason]];
  for (const { sheet, rejection: r } of rejected) {
    rows.push([
      sheet,
      r.row,
      r.column,
      r.value,
      labels.message(r.reason, { row: r.row, column: r.column, value: r.value }),
    ]);
  }
  if (rejected.length === 0) rows.push([labels.none, null, null, null, null]);
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows });
  header(at, 5);
  at.row += rows.length + 1;
}

/**
 * The Excel table's name: unique in the workbook as long as the sheet name is (one Warnings sheet per as-of
 * date), ASCII only since not every host's xlsx and formula engine takes other letters.
 */
function tableName(sheetName: string): string {
  const sheet = sheetName.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return sheet.startsWith("Warnings") ? `CreditKit_${sheet}` : `CreditKit_Warnings_${sheet}`;
}

/**
 * The Warnings sheet of a report.
 *
 * @example
 * const spec = warningsReportSpec(report, { sheetName: warningsSheetName(report.asOf), labels, ledger: { sheet: "Ledger", firstColumn: 1 } });
 * await host.writeSheet(spec);
 */
export function warningsReportSpec(report: WarningReport, options: WarningsReportOptions): SheetSpec {
  const { labels } = options;
  const iso = formatIsoDate(report.asOf);
  const sourceName = (source: EvidenceSheet | "ledger" | null | undefined) =>
    source === "ledger" ? labels.historyFromLedger : source ? source.sheet : labels.none;
  const at: Layout = { blocks: [], formats: [], styles: [], tables: [], row: 4 };
  at.blocks.push({
    topLeft: "A1",
    rows: [
      [fill(labels.title, { asOf: typeof iso === "string" ? iso : String(report.asOf) })],
      [
        fill(labels.sources, {
          ledger: options.ledger.sheet,
          master: sourceName(options.master),
          history: sourceName(options.history),
        }),
      ],
    ],
  });
  at.styles.push({ range: "A1", bold: true, fontSize: 14, fontColor: HEADER_FILL });
  at.styles.push({ range: "A2", italic: true, fontColor: NOTE_COLOR });
  layoutSummary(report, options, at);
  layoutTable(report, options, at);
  layoutNotRun(report, labels, at);
  layoutRejected(options.rejected ?? [], labels, at);
  const widths = [16, 28, 12, 26, 12, 12, 16, 44, 30, 20];
  return {
    name: options.sheetName,
    tabColor: SEVERITY_COLORS.high.font,
    blocks: at.blocks,
    numberFormats: at.formats,
    styles: at.styles,
    tables: at.tables,
    columnWidths: widths.map((width, i) => ({ column: i + 1, width })),
  };
}

/**
 * The Warnings sheet's name for an as-of date: `Warnings 2026-10-31`.
 *
 * @example
 * warningsSheetName(46326); // "Warnings 2026-10-31"
 */
export function warningsSheetName(asOf: number): string {
  const iso = formatIsoDate(asOf);
  return `Warnings ${typeof iso === "string" ? iso : String(asOf)}`;
}
