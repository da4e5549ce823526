/**
 * Every piece of text the Warnings sheet shows, supplied by the edge in the user's language (the core does
 * not translate). `{placeholders}` are filled by the layout; rule names, severities, actions and reasons are
 * message ids the layout hands to `message`.
 */
export interface WarningsReportLabels {
  /** "Warnings as of {asOf}". */
  readonly title: string;
  /** "Ledger: {ledger} · Customer master: {master} · Payment history: {history}". */
  readonly sources: string;
  /** Shown for a source that was not given, and for an empty list. */
  readonly none: string;
  /** The history's name when the ledger's own paid dates served as the payment history. */
  readonly historyFromLedger: string;
  readonly summaryTitle: string;
  readonly bySeverityTitle: string;
  readonly byRuleTitle: string;
  readonly atRiskTitle: string;
  /** Why the amounts at risk do not add up to the sum of the table's column. */
  readonly atRiskNote: string;
  readonly severity: string;
  readonly rule: string;
  readonly warnings: string;
  readonly customers: string;
  readonly status: string;
  readonly statusRan: string;
  readonly statusNotRun: string;
  readonly statusOff: string;
  readonly total: string;
  readonly currency: string;
  /** Shown for a currency the ledger does not name. */
  readonly noCurrency: string;
  readonly amountAtRisk: string;
  readonly tableTitle: string;
  readonly noWarnings: string;
  readonly customer: string;
  readonly value: string;
  readonly threshold: string;
  readonly action: string;
  readonly evidence: string;
  readonly link: string;
  /** "and {count} more", after the first evidence rows listed. */
  readonly moreRows: string;
  readonly notRunTitle: string;
  readonly reason: string;
  readonly notAssessedTitle: string;
  readonly rejectedTitle: string;
  readonly sheet: string;
  readonly row: string;
  readonly column: string;
  readonly cell: string;
  /** Translates a message id of the `warnings` namespace (`warnings:…`) or of the errors, with parameters. */
  readonly message: (id: string, params: Readonly<Record<string, string | number>>) => string;
}
