import { type AgingBasis, type BucketEdges, DEFAULT_BUCKET_EDGES, bucketLabels } from "../aging";
import { type CreditError, creditError, isCreditError } from "../errors";
import { expectedCreditLoss } from "../loss";
import { aggregateItems } from "./_lib/aggregateItems";
import { currencyTotals } from "./_lib/currencyTotals";
import { groupFigures } from "./_lib/groupFigures";
import { mostOverdue } from "./_lib/mostOverdue";
import { noticeIfAny } from "./_lib/noticeCounts";
import { pairOrder } from "./_lib/pairOrder";
import { portfolioKpis, type SalesFigure } from "./_lib/portfolioKpis";
import { provisionMatrix } from "./_lib/provisionMatrix";
import { withMaster } from "./_lib/withMaster";
import { type AgingResult } from "./agingResult";
import { type CustomerMaster, masterEntry } from "./customerMaster";
import { defaultLossRates } from "./defaultLossRates";
import { type LedgerItems } from "./ledgerItems";

/**
 * Options of {@link ageLedger}. `asOf` and `basis` are those the items were read with; giving them again only
 * checks they agree.
 *
 * @example
 * const options: AgingOptions = { edges: DEFAULT_BUCKET_EDGES, sales: { creditSales: 1_825_000, days: 365 } };
 */
export interface AgingOptions {
  readonly asOf?: number;
  readonly basis?: AgingBasis;
  /** Default 30, 60, 90, 120. */
  readonly edges?: BucketEdges;
  /** One rate (0–1) per bucket; default {@link defaultLossRates}, placeholders to edit. */
  readonly lossRates?: readonly number[] | null;
  readonly sales?: SalesFigure | null;
  /** Limits, terms and grades per customer; used when grouping by customer. */
  readonly master?: CustomerMaster | null;
}

function checkOptions(items: LedgerItems, options: AgingOptions): CreditError | undefined {
  if (options.asOf !== undefined && Math.floor(options.asOf) !== Math.floor(items.asOf)) {
    return creditError("#VALUE!", "agingOptionMismatch", { option: "asOf" });
  }
  if (options.basis !== undefined && options.basis !== items.basis) {
    return creditError("#VALUE!", "agingOptionMismatch", { option: "basis" });
  }
  return undefined;
}

/**
 * Ages the open items of a ledger (DESIGN §3.5): per group (customer, salesperson or region) and currency the
 * open total, bucket amounts, overdue amount and share, oldest and amount-weighted days past due and item
 * count; with a customer master the limit, utilisation and grade; per currency the totals, bucket shares and
 * rejected amounts; the top 10 overdue groups per currency; DSO figures when credit sales are given; and the
 * IFRS 9 provision matrix. Every sum is exact in minor units and buckets always add up to the open total.
 * Currencies are never added together. The result does not depend on the order of the ledger's rows.
 *
 * @example
 * const result = ageLedger(items, { edges: DEFAULT_BUCKET_EDGES, sales: { creditSales: 1_200_000, days: 365 } });
 * if (!isCreditError(result)) result.totals.map((t) => [t.currency, t.open, t.rejectedAmount]);
 */
export function ageLedger(items: LedgerItems, options: AgingOptions = {}): AgingResult | CreditError {
  const problem = checkOptions(items, options);
  if (problem) return problem;
  const basis = items.basis;
  const edges = options.edges ?? DEFAULT_BUCKET_EDGES;
  const labels = bucketLabels(edges, basis);
  const lossRates = options.lossRates ?? defaultLossRates(edges, basis);
  const rateProblem = expectedCreditLoss(
    labels.map(() => 0),
    lossRates,
  );
  if (isCreditError(rateProblem)) return rateProblem;
  const sums = aggregateItems(items, edges, basis);
  if (isCreditError(sums)) return sums;

  const master = items.groupBy === "customer" ? (options.master ?? null) : null;
  const unmatched = new Set<string>();
  const groups = pairOrder(items, sums).map((pair) => {
    const group = groupFigures(items, sums, pair, labels.length);
    if (master === null) return group;
    const entry = masterEntry(master, group.key);
    if (entry === undefined) unmatched.add(group.key);
    return withMaster(group, entry);
  });

  const { totals, bucketMinorOf } = currencyTotals(items, sums, labels.length);
  const topOverdue = mostOverdue(groups, totals);
  const kpiInput = new Map(
    totals.filter((t) => t.items > 0).map((t) => [t.currency, { open: t.open, notDue: t.notDue }]),
  );
  const kpis = options.sales ? portfolioKpis(options.sales, kpiInput) : null;
  const provision = totals.map((total) =>
    provisionMatrix(total.currency, total.decimals, labels, bucketMinorOf(total.currency), lossRates),
  );

  return {
    asOf: items.asOf,
    basis,
    groupBy: items.groupBy,
    historical: items.historical,
    buckets: labels,
    lossRates,
    groups,
    totals,
    topOverdue,
    kpis,
    provision,
    rejected: items.rejected,
    notices: [
      ...items.notices,
      ...noticeIfAny("agingMasterUnmatched", unmatched.size, { example: [...unmatched][0] ?? "" }),
    ],
  };
}
