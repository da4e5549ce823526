/**
 * The aging report sheet (issue 5) as a SheetSpec: a title and options block, a portfolio summary per
 * currency with a stacked bar chart of its buckets, one Excel table per currency (currencies are
 * never added together) with number formats, a totals row, a colour scale on overdue % and data bars
 * on open amounts, a provision matrix whose provisions are live formulas over editable loss rates,
 * the KPIs when sales were given, and the rejected rows and notices — nothing read is left unshown.
 */
import { type BucketLabel, bucketLabelText } from "../aging";
import { formatIsoDate } from "../dates";
import { isCreditError } from "../errors";
import { type AgingGroup, type AgingResult } from "../ledger";
import { cellAddress, rangeAddress } from "./address";
import { type AgingReportLabels } from "./agingReportLabels";
import {
  type CellBlock,
  type CellInput,
  type ChartSpec,
  type ConditionalFormatSpec,
  type NumberFormatSpec,
  type SheetSpec,
  type StyleSpec,
  type TableSpec,
} from "./sheetSpec";

/** What the report needs besides the result. */
export interface AgingReportOptions {
  readonly sheetName: string;
  readonly sourceName: string;
  readonly labels: AgingReportLabels;
}

const TITLE_ROWS = 3;
const HEADER_FILL = "#00786E";
const ACCENT = "#E6F2F1";
/**
 * The smallest default row height among the fonts Excel ships as defaults (DengXian 11 in Chinese Excel,
 * 14.25 pt; Calibri 11 is 15 pt): rows reserved for a chart from it are enough wherever the sheet is opened.
 */
const MIN_ROW_POINTS = 14.25;
/** Characters Excel forbids in a sheet name (see `sheetNameProblem`). */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Excel number format of an amount with `decimals` places (the currency's minor unit), minus sign on negatives.
 *
 * @example
 * amountFormat(0); // "#,##0;-#,##0" (JPY)
 * amountFormat(2); // "#,##0.00;-#,##0.00"
 */
export function amountFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)};-#,##0.${"0".repeat(decimals)}` : "#,##0;-#,##0";
}

function bucketText(label: BucketLabel, labels: AgingReportLabels): string {
  return label.key === "notDue" ? labels.notDue : bucketLabelText(label);
}

/**
 * The table name of a currency's table on sheet `sheetName` ("CreditKit_Aging_2026_10_31_USD"). Excel wants
 * table names unique in the whole workbook, and a workbook keeps one aging sheet per as-of date, so the name
 * carries the sheet's; ASCII only, since the hosts' xlsx and formula engines do not all take other letters.
 */
function tableName(sheetName: string, currency: string, index: number, taken: ReadonlySet<string>): string {
  const sheet = sheetName.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  const safe = currency.replace(/[^A-Za-z0-9]/g, "");
  const name = ["CreditKit", sheet, safe || `C${index + 1}`].filter((part) => part !== "").join("_");
  // Two currency texts that differ only in symbols ("US$", "US") would otherwise share a name.
  return taken.has(name) ? `${name}_${index + 1}` : name;
}

/** Minor-unit decimals of a currency in the result (2 when the result does not know it). */
function decimalsOf(result: AgingResult, currency: string | undefined): number {
  return result.totals.find((t) => t.currency === currency)?.decimals ?? 2;
}

interface Layout {
  blocks: CellBlock[];
  formats: NumberFormatSpec[];
  styles: StyleSpec[];
  tables: TableSpec[];
  conditional: ConditionalFormatSpec[];
  charts: ChartSpec[];
  row: number;
}

function groupHeader(result: AgingResult, labels: AgingReportLabels, withMaster: boolean): string[] {
  const keyLabel =
    result.groupBy === "customer"
      ? labels.customer
      : result.groupBy === "salesperson"
        ? labels.salesperson
        : labels.region;
  return [
    keyLabel,
    labels.open,
    ...result.buckets.map((b) => bucketText(b, labels)),
    labels.overdue,
    labels.overduePct,
    labels.oldestDays,
    labels.weightedDays,
    labels.items,
    ...(withMaster ? [labels.limit, labels.utilisation, labels.grade] : []),
  ];
}

function groupRow(group: AgingGroup, withMaster: boolean): CellInput[] {
  return [
    group.key,
    group.open,
    ...group.buckets,
    group.overdue,
    group.overduePct,
    group.oldestDaysPastDue,
    group.weightedDaysPastDue,
    group.items,
    ...(withMaster ? [group.limit ?? null, group.utilisation ?? null, group.grade ?? null] : []),
  ];
}

/**
 * The portfolio summary (one row per currency) and its stacked bar chart. The bucket columns come
 * right after the currency so the chart's source is one contiguous range.
 */
function layoutSummary(result: AgingResult, labels: AgingReportLabels, at: Layout): void {
  const bucketCount = result.buckets.length;
  const header = [
    labels.currency,
    ...result.buckets.map((b) => bucketText(b, labels)),
    labels.open,
    labels.overduePct,
    labels.items,
    labels.rejectedRows,
    labels.rejectedAmount,
  ];
  const first = at.row;
  at.blocks.push({ topLeft: cellAddress(first, 1), rows: [[labels.portfolio]] });
  at.styles.push({ range: cellAddress(first, 1), bold: true, fontSize: 12 });
  const rows: CellInput[][] = [header];
  for (const total of result.totals) {
    rows.push([
      total.currency,
      ...total.buckets,
      total.open,
      total.overduePct,
      total.items,
      total.rejectedRows,
      total.rejectedAmount,
    ]);
  }
  at.blocks.push({ topLeft: cellAddress(first + 1, 1), rows });
  at.styles.push({
    range: rangeAddress(first + 1, 1, 1, header.length),
    bold: true,
    fill: HEADER_FILL,
    fontColor: "#FFFFFF",
  });
  result.totals.forEach((total, i) => {
    const r = first + 2 + i;
    const fmt = amountFormat(total.decimals);
    at.formats.push({ range: rangeAddress(r, 2, 1, bucketCount + 1), format: fmt });
    at.formats.push({ range: cellAddress(r, bucketCount + 3), format: "0.0%" });
    at.formats.push({ range: cellAddress(r, header.length), format: fmt });
  });
  at.row = first + rows.length + 2;
  if (result.totals.length > 0) {
    // Under the summary, right of the frozen key column, over rows kept empty for it. Beside the summary it
    // would sit past the columns given widths, off screen, and over the wider customer tables below.
    const height = 110 + 40 * result.totals.length;
    at.charts.push({
      kind: "barStacked",
      sourceRange: rangeAddress(first + 1, 1, result.totals.length + 1, bucketCount + 1),
      seriesBy: "columns",
      title: labels.chartTitle,
      anchor: cellAddress(at.row, 2),
      width: 480,
      height,
    });
    at.row += Math.ceil(height / MIN_ROW_POINTS) + 1;
  }
}

/** One Excel table of groups per currency, with totals row and conditional formats. */
function layoutGroupTables(
  result: AgingResult,
  labels: AgingReportLabels,
  sheetName: string,
  at: Layout,
): void {
  const withMaster = result.groups.some((g) => g.inMaster !== undefined);
  const header = groupHeader(result, labels, withMaster);
  const bucketCount = result.buckets.length;
  const currencies = result.totals.map((t) => t.currency);
  currencies.forEach((currency, index) => {
    const groups = result.groups.filter((g) => g.currency === currency);
    if (groups.length === 0) return;
    const decimals = groups[0]?.decimals ?? 2;
    at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[fill(labels.groupsIn, { currency })]] });
    at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
    const headerRow = at.row + 1;
    const firstData = headerRow + 1;
    const lastData = headerRow + groups.length;
    at.blocks.push({
      topLeft: cellAddress(headerRow, 1),
      rows: [header, ...groups.map((g) => groupRow(g, withMaster))],
    });
    // Totals row: live SUBTOTAL formulas for amounts and items; % and days are not additive.
    const totals: CellInput[] = header.map(() => null);
    totals[0] = labels.total;
    const sumColumns = [
      2,
      ...Array.from({ length: bucketCount }, (_, i) => 3 + i),
      3 + bucketCount,
      7 + bucketCount,
    ];
    for (const c of sumColumns) {
      totals[c - 1] = { formula: `=SUBTOTAL(109,${rangeAddress(firstData, c, groups.length, 1)})` };
    }
    totals[3 + bucketCount] = {
      formula: `=IF(${cellAddress(lastData + 1, 2)}>0,${cellAddress(lastData + 1, 3 + bucketCount)}/${cellAddress(lastData + 1, 2)},"")`,
    };
    at.blocks.push({ topLeft: cellAddress(lastData + 1, 1), rows: [totals] });
    at.tables.push({
      name: tableName(sheetName, currency, index, new Set(at.tables.map((t) => t.name))),
      range: rangeAddress(headerRow, 1, groups.length + 1, header.length),
      style: "TableStyleMedium2",
      totalsRow: false,
      bandedRows: true,
    });
    at.styles.push({ range: rangeAddress(lastData + 1, 1, 1, header.length), bold: true, fill: ACCENT });
    const fmt = amountFormat(decimals);
    at.formats.push({ range: rangeAddress(firstData, 2, groups.length + 1, 2 + bucketCount), format: fmt });
    at.formats.push({
      range: rangeAddress(firstData, 4 + bucketCount, groups.length + 1, 1),
      format: "0.0%",
    });
    at.formats.push({ range: rangeAddress(firstData, 5 + bucketCount, groups.length, 2), format: "0" });
    at.formats.push({ range: rangeAddress(firstData, 7 + bucketCount, groups.length + 1, 1), format: "0" });
    if (withMaster) {
      at.formats.push({ range: rangeAddress(firstData, 8 + bucketCount, groups.length, 1), format: fmt });
      at.formats.push({ range: rangeAddress(firstData, 9 + bucketCount, groups.length, 1), format: "0.0%" });
    }
    at.conditional.push({
      kind: "colorScale",
      range: rangeAddress(firstData, 4 + bucketCount, groups.length, 1),
      minColor: "#63BE7B",
      midColor: "#FFEB84",
      maxColor: "#F8696B",
    });
    at.conditional.push({
      kind: "dataBar",
      range: rangeAddress(firstData, 2, groups.length, 1),
      color: "#5B9BD5",
    });
    at.row = lastData + 3;
  });
}

/**
 * The groups with the most overdue, up to 10 per currency, largest first: who to call today. Overdue
 * amounts keep their currency's format; currencies are listed one after another, never ranked together.
 */
function layoutTopOverdue(result: AgingResult, labels: AgingReportLabels, at: Layout): void {
  const top = result.topOverdue.filter((g) => g.overdue > 0);
  if (top.length === 0) return;
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[labels.topOverdueTitle]] });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
  const headerRow = at.row + 1;
  const header = [
    groupHeader(result, labels, false)[0] ?? labels.customer,
    labels.currency,
    labels.overdue,
    labels.overduePct,
    labels.oldestDays,
  ];
  at.blocks.push({
    topLeft: cellAddress(headerRow, 1),
    rows: [header, ...top.map((g) => [g.key, g.currency, g.overdue, g.overduePct, g.oldestDaysPastDue])],
  });
  at.styles.push({ range: rangeAddress(headerRow, 1, 1, header.length), bold: true, fill: ACCENT });
  top.forEach((g, i) => {
    at.formats.push({ range: cellAddress(headerRow + 1 + i, 3), format: amountFormat(g.decimals) });
  });
  at.formats.push({ range: rangeAddress(headerRow + 1, 4, top.length, 1), format: "0.0%" });
  at.formats.push({ range: rangeAddress(headerRow + 1, 5, top.length, 1), format: "0" });
  at.row = headerRow + top.length + 2;
}

/** Provision matrix per currency: provision = balance × loss rate as formulas, so edited rates recalculate. */
function layoutProvision(result: AgingResult, labels: AgingReportLabels, at: Layout): void {
  at.blocks.push({
    topLeft: cellAddress(at.row, 1),
    rows: [[labels.provisionTitle], [labels.provisionNote]],
  });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
  at.styles.push({ range: cellAddress(at.row + 1, 1), italic: true, fontColor: "#605E5C" });
  at.row += 2;
  for (const matrix of result.provision) {
    const total = result.totals.find((t) => t.currency === matrix.currency);
    const fmt = amountFormat(total?.decimals ?? 2);
    const header = [
      `${labels.bucket} (${matrix.currency})`,
      labels.balance,
      labels.lossRate,
      labels.provision,
    ];
    const first = at.row + 1;
    const rows: CellInput[][] = [header];
    matrix.rows.forEach((r, i) => {
      const row = first + i;
      rows.push([
        bucketText(r.bucket, labels),
        r.balance,
        r.lossRate,
        { formula: `=ROUND(${cellAddress(row, 2)}*${cellAddress(row, 3)},${total?.decimals ?? 2})` },
      ]);
    });
    const last = first + matrix.rows.length - 1;
    rows.push([
      labels.total,
      { formula: `=SUM(${rangeAddress(first, 2, matrix.rows.length, 1)})` },
      null,
      { formula: `=SUM(${rangeAddress(first, 4, matrix.rows.length, 1)})` },
    ]);
    at.blocks.push({ topLeft: cellAddress(at.row, 1), rows });
    at.styles.push({
      range: rangeAddress(at.row, 1, 1, 4),
      bold: true,
      fill: HEADER_FILL,
      fontColor: "#FFFFFF",
    });
    at.styles.push({ range: rangeAddress(last + 1, 1, 1, 4), bold: true, fill: ACCENT });
    // The editable inputs look like inputs.
    at.styles.push({ range: rangeAddress(first, 3, matrix.rows.length, 1), fill: "#FFF4CE" });
    at.formats.push({ range: rangeAddress(first, 2, matrix.rows.length + 1, 1), format: fmt });
    at.formats.push({ range: rangeAddress(first, 3, matrix.rows.length, 1), format: "0.0%" });
    at.formats.push({ range: rangeAddress(first, 4, matrix.rows.length + 1, 1), format: fmt });
    at.row = last + 3;
  }
}

function layoutKpis(result: AgingResult, labels: AgingReportLabels, at: Layout): void {
  const kpis = result.kpis;
  if (kpis === null) return;
  // The DSO figures are of one currency's receivables: a multi-currency report must say which.
  const title =
    !isCreditError(kpis) && kpis.currency !== "" ? `${labels.kpiTitle} (${kpis.currency})` : labels.kpiTitle;
  at.blocks.push({ topLeft: cellAddress(at.row, 1), rows: [[title]] });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
  if (isCreditError(kpis)) {
    at.blocks.push({ topLeft: cellAddress(at.row + 1, 1), rows: [[labels.message(kpis.id, kpis.params)]] });
    at.row += 3;
    return;
  }
  const rows: CellInput[][] = [
    [labels.creditSales, kpis.creditSales],
    [labels.dso, kpis.dso],
    [labels.bestDso, kpis.bestPossibleDso],
    [labels.averageDaysDelinquent, kpis.averageDaysDelinquent],
  ];
  at.blocks.push({ topLeft: cellAddress(at.row + 1, 1), rows });
  at.formats.push({
    range: cellAddress(at.row + 1, 2),
    format: amountFormat(decimalsOf(result, kpis.currency)),
  });
  at.formats.push({ range: rangeAddress(at.row + 2, 2, 3, 1), format: "0.0" });
  at.row += rows.length + 3;
}

function layoutRejected(result: AgingResult, labels: AgingReportLabels, at: Layout): void {
  at.blocks.push({
    topLeft: cellAddress(at.row, 1),
    rows: [[`${labels.rejectedTitle} (${result.rejected.length})`]],
  });
  at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
  const rows: CellInput[][] = [
    [labels.row, labels.column, labels.value, labels.reason, labels.amount, labels.currency],
  ];
  for (const r of result.rejected) {
    rows.push([
      r.row,
      r.column,
      r.value,
      labels.message(r.reason, { column: r.column, value: r.value, row: r.row }),
      r.amount ?? null,
      r.currency ?? null,
    ]);
  }
  if (result.rejected.length === 0) rows.push([labels.none, null, null, null, null, null]);
  at.blocks.push({ topLeft: cellAddress(at.row + 1, 1), rows });
  at.styles.push({
    range: rangeAddress(at.row + 1, 1, 1, 6),
    bold: true,
    fill: HEADER_FILL,
    fontColor: "#FFFFFF",
  });
  // Each rejected amount in its own currency's minor unit (JPY 1,500, not 1,500.00).
  result.rejected.forEach((r, i) => {
    if (r.amount === undefined) return;
    at.formats.push({
      range: cellAddress(at.row + 2 + i, 5),
      format: amountFormat(decimalsOf(result, r.currency)),
    });
  });
  at.row += rows.length + 2;
  if (result.notices.length > 0) {
    at.blocks.push({
      topLeft: cellAddress(at.row, 1),
      rows: [
        [labels.noticesTitle],
        ...result.notices.map((n) => [labels.message(n.id, { ...n.params, count: n.count })]),
      ],
    });
    at.styles.push({ range: cellAddress(at.row, 1), bold: true, fontSize: 12 });
    at.row += result.notices.length + 2;
  }
}

/**
 * The aging report of `result` as a sheet.
 *
 * @example
 * const spec = agingReportSpec(result, { sheetName: "Aging 2026-10-31", sourceName: "Ledger", labels });
 * await host.writeSheet(spec);
 */
export function agingReportSpec(result: AgingResult, options: AgingReportOptions): SheetSpec {
  const { labels } = options;
  const asOf = formatIsoDate(result.asOf);
  const edges = result.buckets.flatMap((b) => (b.key === "range" ? [b.to] : [])).join(",");
  const groupBy =
    result.groupBy === "customer"
      ? labels.groupByCustomer
      : result.groupBy === "salesperson"
        ? labels.groupBySalesperson
        : labels.groupByRegion;
  const optionsText = fill(labels.options, {
    basis: result.basis === "due" ? labels.basisDue : labels.basisInvoice,
    buckets: edges,
    source: options.sourceName,
    groupBy,
  });
  const at: Layout = {
    blocks: [],
    formats: [],
    styles: [],
    tables: [],
    conditional: [],
    charts: [],
    row: TITLE_ROWS + 1,
  };
  at.blocks.push({
    topLeft: "A1",
    rows: [
      [fill(labels.title, { asOf: typeof asOf === "string" ? asOf : String(result.asOf) })],
      [result.historical ? `${optionsText} · ${labels.historical}` : optionsText],
    ],
  });
  at.styles.push({ range: "A1", bold: true, fontSize: 14, fontColor: HEADER_FILL });
  at.styles.push({ range: "A2", italic: true, fontColor: "#605E5C" });
  layoutSummary(result, labels, at);
  layoutGroupTables(result, labels, options.sheetName, at);
  layoutTopOverdue(result, labels, at);
  layoutProvision(result, labels, at);
  layoutKpis(result, labels, at);
  layoutRejected(result, labels, at);
  const columns = 8 + result.buckets.length + 3;
  return {
    name: options.sheetName,
    tabColor: HEADER_FILL,
    blocks: at.blocks,
    numberFormats: at.formats,
    styles: at.styles,
    tables: at.tables,
    conditionalFormats: at.conditional,
    charts: at.charts,
    columnWidths: Array.from({ length: columns }, (_, i) => ({ column: i + 1, width: i === 0 ? 28 : 13 })),
    freeze: { rows: TITLE_ROWS, columns: 1 },
  };
}

/**
 * The report sheet's name for an as-of date: `Aging 2026-10-31`. A prefix is cleared of the characters Excel
 * forbids in sheet names and the name cut to Excel's 31 characters.
 *
 * @example
 * agingSheetName(46326); // "Aging 2026-10-31"
 * agingSheetName(46326, "账龄"); // "账龄 2026-10-31"
 */
export function agingSheetName(asOf: number, prefix = "Aging"): string {
  const iso = formatIsoDate(asOf);
  const date = typeof iso === "string" ? iso : String(asOf);
  const name = `${prefix.replace(FORBIDDEN_IN_SHEET_NAME, "").trim()} ${date}`.trim();
  // Cut before trimming the edges: Excel refuses a name that ends with an apostrophe.
  return name
    .slice(0, 31)
    .trim()
    .replace(/^'+|'+$/g, "");
}
