/**
 * A first guess at how a customer table feeds the weighted card, from its header row, for the user to
 * confirm: fields by header words in English and Chinese, factor scores by the factors' names in any of the
 * interface languages, raw metrics by {@link METRIC_PRESETS}.
 */
import { assignColumns } from "../ledger/_lib/assignColumns";
import { headerKey } from "../ledger/_lib/headerKey";
import { type Synonym } from "../ledger/_lib/headerScore";
import { DEFAULT_SCORECARD_FACTORS, type ScorecardFactorId } from "../templates/scorecardFactors";
import {
  CUSTOMER_FIELDS,
  type CustomerField,
  type CustomerTableMapping,
  type FactorSource,
} from "./customerTableMapping";
import { METRIC_PRESETS, type MetricId } from "./metricBands";

const FIELD_WORDS: Readonly<Record<CustomerField, readonly string[]>> = {
  customer: ["customer", "customer name", "customer id", "client", "客户", "客户名称", "客戶", "客戶名稱"],
  exposure: [
    "exposure",
    "open balance",
    "open receivables",
    "receivables",
    "balance",
    "outstanding",
    "应收账款",
    "应收余额",
    "欠款",
    "應收帳款",
    "應收餘額",
  ],
  monthlyPurchases: [
    "monthly purchases",
    "monthly sales",
    "monthly credit sales",
    "月采购额",
    "月销售额",
    "月均采购",
    "月採購額",
    "月銷售額",
    "月均採購",
  ],
  termsDays: ["terms", "terms days", "payment terms", "账期", "账期天数", "付款期限", "帳期", "帳期天數"],
  netWorth: ["net worth", "tangible net worth", "净资产", "淨資產"],
  workingCapital: ["working capital", "营运资金", "營運資金"],
  collectionRate: ["collection rate", "net collection rate", "回款率", "净回款率", "淨回款率"],
  daysLate: [
    "days late",
    "average days late",
    "avg days late",
    "逾期天数",
    "平均逾期天数",
    "逾期天數",
    "平均逾期天數",
  ],
  ourShare: ["our share", "share of wallet", "loyalty", "采购占比", "份额", "採購占比", "份額"],
};

const FIELD_SYNONYMS = Object.fromEntries(
  CUSTOMER_FIELDS.map((field) => [field, FIELD_WORDS[field].map((word): Synonym => [headerKey(word), 1])]),
) as Record<CustomerField, Synonym[]>;

// Words around a factor's name that say nothing about which factor it is: "Payment history score", "付款记录评分".
const SCORE_WORDS = /(score|points|rating|得分|评分|評分|分数|分數)$/u;

/** A factor-score column, or the raw metric a column holds. */
type Target = ScorecardFactorId | `metric:${MetricId}`;

/**
 * The proposed mapping, with how sure each choice is (0–1) so the task pane can ask about weak ones.
 *
 * @example
 * const proposal: ProposedCustomerMapping = { mapping, confidence: { customer: 1 } };
 */
export interface ProposedCustomerMapping {
  readonly mapping: CustomerTableMapping;
  /** Confidence per mapped field or factor id. */
  readonly confidence: Readonly<Record<string, number>>;
}

/** The top of the card's 1–5 scale: a column with values above it holds a raw metric, not scores. */
const MAX_SCORE = 5;

/** True when every number in `column` of `rows` could be a factor score. */
function looksLikeScores(rows: readonly (readonly unknown[])[], column: number): boolean {
  return rows.every((row) => {
    const value = row[column];
    return typeof value !== "number" || (value >= 0 && value <= MAX_SCORE);
  });
}

/**
 * How column `column` scores factor `factor`: as ready scores, or — when its numbers leave the 0–5 scale and
 * CreditKit knows a metric for the factor — through that metric's bands.
 *
 * @example
 * factorSourceFor("yearsInBusiness", 3, [["Acme", 4, 1.5, 12]]); // { kind: "banded", column: 3, bands, metric: "yearsInBusiness" }
 * factorSourceFor("paymentHistory", 1, [["Acme", 4]]); // { kind: "score", column: 1 }
 */
export function factorSourceFor(
  factor: ScorecardFactorId,
  column: number,
  rows: readonly (readonly unknown[])[],
): FactorSource {
  const preset = (Object.keys(METRIC_PRESETS) as MetricId[]).find((m) => METRIC_PRESETS[m].factor === factor);
  return preset === undefined || looksLikeScores(rows, column)
    ? { kind: "score", column }
    : { kind: "banded", column, bands: METRIC_PRESETS[preset].bands, metric: preset };
}

/**
 * Proposes a mapping from a customer table's header row (and its rows, when given). `factorNames` are the factors' names in each
 * interface language (the edge's text), so a header typed in any of them is recognised. A column takes one
 * role, except a days-late column, which also scores payment history through its bands — the rating and the
 * card both use it. A factor found both as a score column and as a raw metric takes the score column.
 *
 * @example
 * proposeCustomerMapping(["Customer", "Current ratio", "Payment history"], [en.factors]).mapping;
 * // { fields: { customer: 0 }, factors: { solvency: { kind: "banded", column: 1, … }, paymentHistory: { kind: "score", column: 2 } } }
 */
export function proposeCustomerMapping(
  headers: readonly string[],
  factorNames: readonly Readonly<Record<ScorecardFactorId, string>>[],
  rows: readonly (readonly unknown[])[] = [],
): ProposedCustomerMapping {
  const fields = assignColumns(headers, CUSTOMER_FIELDS, (field) => FIELD_SYNONYMS[field]);
  const confidence: Record<string, number> = {};
  for (const field of CUSTOMER_FIELDS) {
    if (fields.mapping[field] !== undefined) confidence[field] = fields.confidence[field];
  }

  // Columns a field took are not scores, but days late still scores payment history.
  const taken = new Set(
    Object.entries(fields.mapping)
      .filter(([field]) => field !== "daysLate")
      .map(([, column]) => column),
  );
  const free = headers.map((header, i) => (taken.has(i) ? "" : headerKey(header).replace(SCORE_WORDS, "")));
  const targets: Target[] = [
    ...DEFAULT_SCORECARD_FACTORS.map((factor) => factor.id),
    ...(Object.keys(METRIC_PRESETS) as MetricId[]).map((metric): Target => `metric:${metric}`),
  ];
  const synonymsOf = (target: Target): Synonym[] =>
    target.startsWith("metric:")
      ? METRIC_PRESETS[target.slice(7) as MetricId].headers.map((key): Synonym => [key, 1])
      : [target.toLowerCase(), ...factorNames.map((names) => names[target as ScorecardFactorId])].map(
          (name): Synonym => [headerKey(name).replace(SCORE_WORDS, ""), 1],
        );
  const found = assignColumns(free, targets, synonymsOf);

  const factors: Partial<Record<ScorecardFactorId, FactorSource>> = {};
  for (const target of targets) {
    const column = found.mapping[target];
    if (column === undefined || target.startsWith("metric:")) continue;
    const id = target as ScorecardFactorId;
    factors[id] = factorSourceFor(id, column, rows);
    confidence[id] = found.confidence[target];
  }
  for (const target of targets) {
    const column = found.mapping[target];
    if (column === undefined || !target.startsWith("metric:")) continue;
    const metric = target.slice(7) as MetricId;
    const preset = METRIC_PRESETS[metric];
    if (factors[preset.factor] !== undefined) continue;
    factors[preset.factor] = { kind: "banded", column, bands: preset.bands, metric };
    confidence[preset.factor] = found.confidence[target];
  }
  return { mapping: { fields: fields.mapping, factors }, confidence };
}
