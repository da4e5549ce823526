/**
 * The playground's sample workbook as SheetSpecs: a ledger of about 5,000 invoices, a customer master
 * with Chinese and English headers, and a scorecard calculated by CREDIT formulas. Generated from a
 * seed at page load, so every visitor, screenshot and browser test sees the same workbook.
 */
import { type CellInput, type SheetSpec } from "../../core/report";
import { seededRandom } from "./random";
import { type SampleCustomer, sampleCustomers, sampleDate } from "./sampleCustomers";
import { FIRST_DATA_ROW, LEDGER_HEADER, sampleLedger } from "./sampleLedger";

/** What to generate. */
export interface SampleOptions {
  readonly seed?: number;
  /** Invoices and credit notes in the ledger (broken rows come on top). */
  readonly invoices?: number;
  readonly customers?: number;
}

/** The generated sheets and the facts a test or a guide needs about them. */
export interface SampleWorkbook {
  readonly sheets: readonly SheetSpec[];
  /** The day the ledger was exported, `YYYY-MM-DD`: the as-of date that makes sense for it. */
  readonly exportedOn: string;
  readonly customers: readonly SampleCustomer[];
  /** Sheet rows of the ledger planted to be rejected. */
  readonly brokenRows: readonly number[];
}

/**
 * The names of the sample's sheets, in workbook order.
 *
 * @example
 * SAMPLE_SHEETS.ledger; // "Ledger"
 */
export const SAMPLE_SHEETS = { ledger: "Ledger", customers: "Customers", scorecard: "Scorecard" } as const;

const EXPORTED_ON = { year: 2026, month: 10, day: 31 };
const HEADER_FILL = "#DDEBF7";

/**
 * The sample workbook. Defaults: seed 2026, 5,000 invoices, 60 customers.
 *
 * @example
 * const sample = sampleWorkbook();
 * sample.sheets.map((sheet) => sheet.name); // ["Ledger", "Customers", "Scorecard"]
 */
export function sampleWorkbook(options: SampleOptions = {}): SampleWorkbook {
  const random = seededRandom(options.seed ?? 2026);
  const asOf = sampleDate(EXPORTED_ON.year, EXPORTED_ON.month, EXPORTED_ON.day);
  const exportedOn = "2026-10-31";
  const customers = sampleCustomers(random, options.customers ?? 60, asOf);
  const ledger = sampleLedger(random, customers, sampleDate(2025, 1, 1), asOf, options.invoices ?? 5_000);
  return {
    sheets: [
      ledgerSheet(ledger.rows, exportedOn),
      customerSheet(customers),
      scorecardSheet(customers.slice(0, 20), random),
    ],
    exportedOn,
    customers,
    brokenRows: ledger.brokenRows,
  };
}

function ledgerSheet(rows: readonly CellInput[][], exportedOn: string): SheetSpec {
  const last = FIRST_DATA_ROW + rows.length - 1;
  return {
    name: SAMPLE_SHEETS.ledger,
    blocks: [
      { topLeft: "A1", rows: [[`应收账款明细 Accounts receivable ledger — exported ${exportedOn}`]] },
      { topLeft: "A3", rows: [[...LEDGER_HEADER], ...rows] },
    ],
    numberFormats: [
      { range: `D${FIRST_DATA_ROW}:E${last}`, format: "yyyy-mm-dd" },
      { range: `G${FIRST_DATA_ROW}:H${last}`, format: "#,##0.00" },
      { range: `I${FIRST_DATA_ROW}:I${last}`, format: "yyyy-mm-dd" },
    ],
    styles: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A3:K3", bold: true, fill: HEADER_FILL },
    ],
    columnWidths: [
      { column: 1, width: 12 },
      { column: 2, width: 30 },
      { column: 3, width: 16 },
      { column: 4, width: 13 },
      { column: 5, width: 13 },
      { column: 6, width: 9 },
      { column: 7, width: 13 },
      { column: 8, width: 13 },
      { column: 9, width: 13 },
      { column: 10, width: 13 },
      { column: 11, width: 11 },
    ],
    freeze: { rows: 3, columns: 0 },
  };
}

function customerSheet(customers: readonly SampleCustomer[]): SheetSpec {
  const header = [
    "客户编号 Customer ID",
    "客户名称 Customer",
    "信用额度 Credit limit",
    "账期（天） Terms (days)",
    "信用等级 Grade",
    "复核日期 Review date",
    "币种 Currency",
    "地区 Region",
    "业务员 Salesperson",
  ];
  const rows = customers.map((c): CellInput[] => [
    c.code,
    c.name,
    c.limit,
    c.termsDays,
    c.grade,
    c.reviewed,
    c.currency,
    c.region,
    c.salesperson,
  ]);
  const last = rows.length + 1;
  return {
    name: SAMPLE_SHEETS.customers,
    blocks: [{ topLeft: "A1", rows: [header, ...rows] }],
    numberFormats: [
      { range: `C2:C${last}`, format: "#,##0" },
      { range: `F2:F${last}`, format: "yyyy-mm-dd" },
    ],
    tables: [{ name: "CustomerMaster", range: `A1:I${last}`, style: "TableStyleMedium2", bandedRows: true }],
    columnWidths: [
      { column: 1, width: 20 },
      { column: 2, width: 30 },
      { column: 3, width: 20 },
      { column: 4, width: 22 },
      { column: 5, width: 15 },
      { column: 6, width: 20 },
      { column: 7, width: 14 },
      { column: 8, width: 12 },
      { column: 9, width: 18 },
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

/** Factor scores 1–5 that fit the customer's habit: good payers score high on the payment factors. */
function factorScores(customer: SampleCustomer, random: ReturnType<typeof seededRandom>): number[] {
  const base = { prompt: 4.4, slow: 3.6, late: 2.8, bad: 1.8 }[customer.habit];
  return [0, 1, 2, 3, 4].map((factor) => {
    const spread = factor < 2 ? 0.6 : 1.2;
    return Math.min(5, Math.max(1, Math.round(base + (random.next() * 2 - 1) * spread)));
  });
}

function scorecardSheet(
  customers: readonly SampleCustomer[],
  random: ReturnType<typeof seededRandom>,
): SheetSpec {
  const header = [
    "客户 Customer",
    "付款记录 Payment history",
    "偿债能力 Solvency",
    "盈利能力 Profitability",
    "经营年限 Years in business",
    "交易条件 Trade terms",
    "得分 Score",
    "等级 Grade",
    "月采购额 Monthly purchases",
    "账期 Terms",
    "建议额度 Recommended limit",
    "回款率 Collection rate",
    "逾期天数 Days late",
    "份额 Our share",
    "综合评级 Rating",
  ];
  const weights: CellInput[] = ["权重 Weight", 0.3, 0.25, 0.2, 0.15, 0.1];
  const lateDays = { prompt: [0, 2], slow: [1, 6], late: [5, 14], bad: [10, 40] } as const;
  const rows = customers.map((c, i): CellInput[] => {
    const r = i + 5;
    const [min, max] = lateDays[c.habit];
    return [
      c.name,
      ...factorScores(c, random),
      { formula: `CREDIT.SCORE(B${r}:F${r},$B$4:$F$4)` },
      { formula: `CREDIT.GRADE(G${r})` },
      c.monthlySales,
      c.termsDays,
      { formula: `CREDIT.LIMIT(H${r},I${r},J${r})` },
      Math.round((c.habit === "bad" ? 0.8 + random.next() * 0.12 : 0.93 + random.next() * 0.08) * 1000) /
        1000,
      random.int(min, max),
      Math.round((0.3 + random.next() * 0.7) * 100) / 100,
      { formula: `CREDIT.RATING(L${r},M${r},N${r})` },
    ];
  });
  const last = rows.length + 4;
  return {
    name: SAMPLE_SHEETS.scorecard,
    blocks: [
      { topLeft: "A1", rows: [["信用评分卡 Credit scorecard"]] },
      {
        topLeft: "A2",
        rows: [
          ["Factor scores 1–5, weights in row 4 · 各因素评分 1–5，权重见第 4 行"],
          header,
          weights,
          ...rows,
        ],
      },
    ],
    numberFormats: [
      { range: "B4:F4", format: "0%" },
      { range: `G5:G${last}`, format: "0.0" },
      { range: `I5:I${last}`, format: "#,##0" },
      { range: `K5:K${last}`, format: "#,##0" },
      { range: `L5:L${last}`, format: "0.0%" },
      { range: `N5:N${last}`, format: "0%" },
    ],
    styles: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A3:O3", bold: true, fill: HEADER_FILL, wrapText: true },
      { range: "A4:F4", italic: true },
      { range: `G5:H${last}`, bold: true },
    ],
    columnWidths: [
      { column: 1, width: 30 },
      ...[2, 3, 4, 5, 6].map((column) => ({ column, width: 14 })),
      { column: 7, width: 10 },
      { column: 8, width: 10 },
      { column: 9, width: 16 },
      { column: 10, width: 9 },
      { column: 11, width: 16 },
      { column: 12, width: 14 },
      { column: 13, width: 12 },
      { column: 14, width: 11 },
      { column: 15, width: 12 },
    ],
    freeze: { rows: 4, columns: 1 },
  };
}
