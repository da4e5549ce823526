import { type AgingBasis, type BucketLabel } from "../aging";
import { type CreditError } from "../errors";
import { type LedgerGroupBy, type LedgerNotice, type LedgerRejection } from "./ledgerItems";

/**
 * One customer (or salesperson, or region) in one currency. Amounts are numbers rounded to the currency's
 * minor unit, computed from exact integer minor units: `buckets` always add up to `open` to the cent.
 * Percentages are fractions (0.25 = 25 %), `null` when the open balance is not positive.
 *
 * @example
 * const g: AgingGroup = { key: "ACME", currency: "USD", decimals: 2, open: 300, buckets: [100, 0, 200, 0, 0, 0], overdue: 200, overduePct: 2 / 3, oldestDaysPastDue: 45, weightedDaysPastDue: 45, items: 2 };
 */
export interface AgingGroup {
  readonly key: string;
  readonly currency: string;
  readonly decimals: number;
  readonly open: number;
  readonly buckets: readonly number[];
  /** Open amount past its due date (credit notes past due included, as in the buckets). */
  readonly overdue: number;
  readonly overduePct: number | null;
  /** Most days past due of an item with a positive balance; 0 when nothing is past due. */
  readonly oldestDaysPastDue: number;
  /** Σ open × days past due / Σ open over the past-due items with a positive balance; `null` when none. */
  readonly weightedDaysPastDue: number | null;
  readonly items: number;
  /** From the customer master (grouping by customer only); `null` when the master has no value. */
  readonly limit?: number | null;
  /** open / limit; `null` without a positive limit. */
  readonly utilisation?: number | null;
  readonly grade?: string | null;
  readonly terms?: number | null;
  readonly lastReview?: number | null;
  /** False when the customer is not in the master. */
  readonly inMaster?: boolean;
}

/**
 * The portfolio in one currency; `rejectedAmount` is the money of rejected rows in that currency, shown beside
 * the totals so that open + rejected accounts for every readable row.
 *
 * @example
 * const t: AgingTotal = { currency: "USD", decimals: 2, open: 300, buckets: [100, 0, 200, 0, 0, 0], bucketPct: [1 / 3, 0, 2 / 3, 0, 0, 0], notDue: 100, overdue: 200, overduePct: 2 / 3, items: 2, groups: 1, rejectedAmount: 0, rejectedRows: 0 };
 */
export interface AgingTotal {
  readonly currency: string;
  readonly decimals: number;
  readonly open: number;
  readonly buckets: readonly number[];
  readonly bucketPct: readonly (number | null)[];
  /** Not yet past due (days past due ≤ 0), whatever the basis: the "current" receivables of best possible DSO. */
  readonly notDue: number;
  readonly overdue: number;
  readonly overduePct: number | null;
  readonly items: number;
  readonly groups: number;
  readonly rejectedAmount: number;
  /** Rejected rows with a readable amount in this currency. */
  readonly rejectedRows: number;
}

/**
 * DSO figures of one currency's receivables against the credit sales given (DESIGN §3.6).
 *
 * @example
 * const k: AgingKpis = { currency: "USD", receivables: 250000, currentReceivables: 150000, creditSales: 1825000, days: 365, dso: 50, bestPossibleDso: 30, averageDaysDelinquent: 20 };
 */
export interface AgingKpis {
  readonly currency: string;
  readonly receivables: number;
  readonly currentReceivables: number;
  readonly creditSales: number;
  readonly days: number;
  readonly dso: number;
  readonly bestPossibleDso: number;
  readonly averageDaysDelinquent: number;
}

/**
 * The IFRS 9 provision matrix of one currency: bucket balance × loss rate, each provision rounded to the minor
 * unit; `total` is the exact sum of the rounded rows.
 *
 * @example
 * const p: ProvisionMatrix = { currency: "USD", rows: [{ bucket: { key: "notDue" }, balance: 1000, lossRate: 0.005, provision: 5 }], total: 5 };
 */
export interface ProvisionMatrix {
  readonly currency: string;
  readonly rows: readonly {
    readonly bucket: BucketLabel;
    readonly balance: number;
    readonly lossRate: number;
    readonly provision: number;
  }[];
  readonly total: number;
}

/**
 * Everything an aging report shows (DESIGN §3.5): per group and currency, per currency, the top overdue
 * groups, KPIs, the provision matrix, rejected rows and notices.
 *
 * @example
 * const result = ageLedger(items, { edges: DEFAULT_BUCKET_EDGES });
 * if (!isCreditError(result)) result.totals[0]?.open;
 */
export interface AgingResult {
  readonly asOf: number;
  readonly basis: AgingBasis;
  readonly groupBy: LedgerGroupBy;
  readonly historical: boolean;
  readonly buckets: readonly BucketLabel[];
  readonly lossRates: readonly number[];
  /** Sorted by currency, then key (code-unit order, so the result does not depend on row order). */
  readonly groups: readonly AgingGroup[];
  /** One per currency with items or rejected amounts, sorted by currency. */
  readonly totals: readonly AgingTotal[];
  /** Up to 10 groups per currency with the most overdue, largest first (same objects as in `groups`). */
  readonly topOverdue: readonly AgingGroup[];
  /** `null` without sales; a CreditError when the DSO cannot be computed (e.g. no credit sales). */
  readonly kpis: AgingKpis | CreditError | null;
  readonly provision: readonly ProvisionMatrix[];
  readonly rejected: readonly LedgerRejection[];
  readonly notices: readonly LedgerNotice[];
}
