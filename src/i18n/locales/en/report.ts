/**
 * English text of the report sheets CreditKit writes (the `report` namespace). `{name}` marks a
 * value the layout fills in (single braces: the layout, not i18next, interpolates them).
 */

/**
 * The English report strings.
 *
 * @example
 * report.aging.title; // "Receivables aging as of {asOf}"
 */
export const report = {
  aging: {
    title: "Receivables aging as of {asOf}",
    options: "Basis: {basis} · Buckets: {buckets} · Source: {source} · {groupBy}",
    basisDue: "days past due date",
    basisInvoice: "days since invoice date",
    groupByCustomer: "by customer",
    groupBySalesperson: "by salesperson",
    groupByRegion: "by region",
    historical: "historical: items settled after the as-of date counted as open",
    portfolio: "Portfolio",
    groupsIn: "Customers — {currency}",
    currency: "Currency",
    customer: "Customer",
    salesperson: "Salesperson",
    region: "Region",
    open: "Open",
    notDue: "Not due",
    overdue: "Overdue",
    overduePct: "Overdue %",
    oldestDays: "Oldest days past due",
    weightedDays: "Avg days past due (weighted)",
    items: "Items",
    limit: "Credit limit",
    utilisation: "Utilisation",
    grade: "Grade",
    rejectedRows: "Rejected rows",
    rejectedAmount: "Rejected amount",
    chartTitle: "Open receivables by age",
    provisionTitle: "IFRS 9 provision matrix",
    provisionNote: "Loss rates (yellow) are placeholders: edit them and the provisions recalculate.",
    bucket: "Bucket",
    balance: "Balance",
    lossRate: "Loss rate",
    provision: "Provision",
    total: "Total",
    topOverdueTitle: "Most overdue (top 10 per currency)",
    kpiTitle: "Collection KPIs",
    dso: "DSO (days)",
    bestDso: "Best possible DSO (days)",
    averageDaysDelinquent: "Average days delinquent",
    creditSales: "Credit sales",
    rejectedTitle: "Rows not read",
    row: "Row",
    column: "Column",
    value: "Value",
    reason: "Reason",
    amount: "Amount",
    noticesTitle: "Notices",
    none: "None",
  },
};

/**
 * The shape every language's `report` table has.
 *
 * @example
 * const table: ReportStrings = report;
 */
export type ReportStrings = typeof report;
