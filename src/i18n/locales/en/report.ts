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
  warnings: {
    title: "Warnings as of {asOf}",
    sources: "Ledger: {ledger} · Customer master: {master} · Payment history: {history}",
    none: "None",
    historyFromLedger: "the ledger's paid dates",
    summaryTitle: "Summary",
    bySeverityTitle: "Warnings by severity",
    byRuleTitle: "Warnings by rule",
    atRiskTitle: "Amount at risk by currency",
    atRiskNote: "Each customer counts once, at the largest amount at risk of its warnings.",
    severity: "Severity",
    rule: "Rule",
    warnings: "Warnings",
    customers: "Customers",
    status: "Status",
    statusRan: "Checked",
    statusNotRun: "Not run",
    statusOff: "Switched off",
    total: "Total",
    currency: "Currency",
    noCurrency: "(none)",
    amountAtRisk: "Amount at risk",
    tableTitle: "Warnings",
    noWarnings: "No warnings: every customer checked passed every rule that ran.",
    customer: "Customer",
    value: "Value",
    threshold: "Threshold",
    action: "Recommended action",
    evidence: "Evidence rows",
    link: "Go to",
    moreRows: "and {count} more",
    notRunTitle: "Rules not run",
    reason: "Reason",
    notAssessedTitle: "Customers a rule could not judge",
    rejectedTitle: "Rows not read",
    sheet: "Sheet",
    row: "Row",
    column: "Column",
    cell: "Cell",
  },
};

/**
 * The shape every language's `report` table has.
 *
 * @example
 * const table: ReportStrings = report;
 */
export type ReportStrings = typeof report;
