/**
 * Every piece of text the aging report sheet shows, supplied by the edge in the user's language
 * (the core does not translate). `{placeholders}` are filled by the layout.
 */
export interface AgingReportLabels {
  /** "Receivables aging as of {asOf}". */
  readonly title: string;
  /** "Basis: {basis} · Buckets: {buckets} · Source: {source} · {groupBy}". */
  readonly options: string;
  readonly basisDue: string;
  readonly basisInvoice: string;
  readonly groupByCustomer: string;
  readonly groupBySalesperson: string;
  readonly groupByRegion: string;
  readonly historical: string;
  readonly portfolio: string;
  /** "Customers — {currency}". */
  readonly groupsIn: string;
  readonly currency: string;
  readonly customer: string;
  readonly salesperson: string;
  readonly region: string;
  readonly open: string;
  readonly notDue: string;
  readonly overdue: string;
  readonly overduePct: string;
  readonly oldestDays: string;
  readonly weightedDays: string;
  readonly items: string;
  readonly limit: string;
  readonly utilisation: string;
  readonly grade: string;
  readonly rejectedRows: string;
  readonly rejectedAmount: string;
  readonly chartTitle: string;
  readonly provisionTitle: string;
  readonly provisionNote: string;
  readonly bucket: string;
  readonly balance: string;
  readonly lossRate: string;
  readonly provision: string;
  readonly total: string;
  /** "Most overdue". */
  readonly topOverdueTitle: string;
  readonly kpiTitle: string;
  readonly dso: string;
  readonly bestDso: string;
  readonly averageDaysDelinquent: string;
  readonly creditSales: string;
  readonly rejectedTitle: string;
  readonly row: string;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
  readonly amount: string;
  readonly noticesTitle: string;
  readonly none: string;
  /** Translates a rejection reason or notice id with its parameters. */
  readonly message: (id: string, params: Readonly<Record<string, string | number>>) => string;
}
