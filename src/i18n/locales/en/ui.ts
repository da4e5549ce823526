/**
 * English strings of the task pane (the `ui` namespace, the default one). This table is the
 * reference: its shape is the type the Chinese tables must match key for key.
 */

/**
 * The English task pane strings; `{{name}}` marks an interpolated value.
 *
 * @example
 * ui.nav.aging; // "Aging"
 */
export const ui = {
  app: {
    tagline: "Credit control for Excel",
    navigation: "Views",
  },
  nav: {
    aging: "Aging",
    warnings: "Warnings",
    scorecards: "Scorecards",
    settings: "Settings",
  },
  aging: {
    title: "Receivables aging",
    description:
      "Age the open invoices of a ledger sheet by due date, with totals per customer, a report sheet and a provision matrix.",
  },
  agingView: {
    notConnected:
      "No workbook is connected, so there is no ledger to age yet. Open CreditKit in Excel, or load a workbook in the playground.",
    loading: "Reading the workbook…",
    loadFailed: "The workbook's sheets could not be listed.",
    savedOptionsUnreadable:
      "The options of the last run could not be read, so the defaults are shown: {{reason}}",
    source: {
      heading: "Ledger",
      label: "Ledger sheet or table",
      placeholder: "Choose a sheet or table",
      sheets: "Sheets",
      tables: "Tables",
      tableOption: "{{table}} (table on {{sheet}})",
      empty:
        "This workbook has no sheet or table to age. Add the open invoices to a sheet and open this view again.",
    },
    columns: {
      heading: "Detected columns",
      intro: "Check the column found for each field and correct any that is wrong.",
      detecting: "Detecting columns…",
      detectFailed: "The columns of this source could not be read.",
      suggested: "Suggested",
      allColumns: "All columns",
      none: "— none —",
      blankHeader: "Column {{column}}",
      repeatedHeader: "{{header}} (column {{column}})",
      confidenceHigh: "High",
      confidenceCheck: "Check",
      confidenceMissing: "Missing",
      confidenceChosen: "Your choice",
      blockingTitle: "Aging cannot run yet",
      warningTitle: "Worth a look",
    },
    fields: {
      customer: "Customer",
      invoice: "Invoice number",
      invoiceDate: "Invoice date",
      dueDate: "Due date",
      termsDays: "Terms (days)",
      amount: "Amount",
      paid: "Paid",
      open: "Open balance",
      settledDate: "Settled date",
      currency: "Currency",
      salesperson: "Salesperson",
      region: "Region",
    },
    options: {
      heading: "Options",
      asOf: "As-of date",
      asOfInvalid: "Enter the date to age the ledger at, such as 2026-10-31.",
      basis: "Age by",
      basisDue: "Due date (days past due)",
      basisInvoice: "Invoice date (days since invoice)",
      buckets: "Bucket boundaries (days)",
      bucketsHint: "Separated by commas, such as 30,60,90,120.",
      more: "More options",
      groupBy: "Group by",
      groupByCustomer: "Customer",
      groupBySalesperson: "Salesperson",
      groupByRegion: "Region",
      dayOrder: "Order of ambiguous text dates",
      dayOrderAuto: "Detect from the ledger",
      dayOrderYmd: "Year/month/day (2026/10/31)",
      dayOrderMdy: "Month/day/year (10/31/2026)",
      dayOrderDmy: "Day/month/year (31/10/2026)",
      master: "Customer master (limits, grades)",
      masterNone: "None",
      sales: "Credit sales of the last 365 days",
      salesHint: "Optional: gives DSO. Leave blank to skip.",
      salesInvalid: "Enter an amount above 0, such as 1825000, or leave the field blank.",
    },
    run: {
      start: "Run aging",
      cancel: "Cancel",
      reading: "Reading the ledger",
      writing: "Writing the report",
      progress: "{{done}} of {{total}} rows",
      cancelled: "The run was cancelled. Nothing was written to the workbook.",
      blockedTitle: "The ledger cannot be aged as it is",
      nothingRead: "The source has no rows to age.",
      failedTitle: "The run failed",
      written: "Report written to sheet {{sheet}}.",
      writeFailedTitle: "The report was not written",
      settingsNotSaved: "The options of this run could not be saved in the workbook: {{reason}}",
    },
    hostErrors: {
      cancelled: "The operation was cancelled.",
      sheetNotFound: "The sheet {{name}} is no longer in the workbook. Choose the source again.",
      tableNotFound: "The table {{name}} is no longer in the workbook. Choose the source again.",
      sheetNotOwned:
        "A sheet named {{name}} already exists and was not written by CreditKit, so it was left as it is. Rename or delete that sheet, or choose another as-of date, then run again.",
      invalidSheetName: "{{name}} cannot be used as a sheet name.",
      fileUnreadable: "The workbook file could not be read.",
      hostFailure: "The workbook did not complete the request ({{detail}}).",
      unexpected: "Something went wrong: {{detail}}",
    },
    summary: {
      heading: "Result",
      currency: "Currency {{currency}}",
      noCurrency: "No currency given",
      totalOpen: "Total open",
      overdue: "Overdue",
      items: "Open items",
      rejected: "Rows not read",
      dso: "DSO (days)",
      bar: "Open amount by age: {{buckets}}",
      notDue: "Not due",
    },
    rejected: {
      heading: "Rows not read ({{count}})",
      none: "Every row of the ledger was read.",
      shown: "The first {{shown}} of {{count}} are listed; the report sheet lists them all.",
      show: "Row {{row}}, {{column}}",
    },
    notices: "Notices",
  },
  warnings: {
    title: "Early warnings",
    description:
      "Check every customer against your warning rules, such as over the credit limit or long overdue, and list who needs action first.",
  },
  warningsView: {
    notConnected:
      "No workbook is connected, so there is nothing to check yet. Open CreditKit in Excel, or load a workbook in the playground.",
    loading: "Reading the workbook…",
    loadFailed: "The workbook's sheets could not be listed.",
    settingsUnreadable:
      "The warning rules stored in this workbook could not be read, so the defaults are shown; changing a rule saves them over the stored ones: {{reason}}",
    sources: {
      heading: "Data",
      ledger: "Ledger sheet or table",
      master: "Customer master (limits, terms, grades, reviews)",
      history: "Payment history (paid dates)",
      historyHint: "Without one, the ledger's own paid date column serves, when it has one.",
      none: "None",
      fromLedger: "The ledger's paid dates",
      placeholder: "Choose a sheet or table",
      empty:
        "This workbook has no sheet or table to check. Add the open invoices to a sheet and open this view again.",
    },
    asOf: "As-of date",
    asOfInvalid: "Enter the date to check at, such as 2026-10-31.",
    rules: {
      heading: "Rules",
      intro:
        "Switch rules on or off and set their thresholds. They are saved in the workbook, so everyone who opens it runs the same checks.",
      action: "Action: {{action}}",
      invalidNumber: "Enter a number.",
      invalidRange: "Enter a number from {{min}} to {{max}}.",
      invalidWhole: "Enter a whole number.",
      invalidOrder: "This cannot be below “{{other}}”.",
      saveFailed: "The rules could not be saved in the workbook: {{reason}}",
    },
    units: {
      days: "days",
      share: "%",
      months: "months",
      years: "years",
      score: "points (0–100)",
    },
    run: {
      start: "Run checks",
      cancel: "Cancel",
      reading: "Reading the data",
      writing: "Writing the Warnings sheet",
      progress: "{{done}} of {{total}} rows",
      cancelled: "The run was cancelled. Nothing was written to the workbook.",
      blockedLedger: "The ledger {{sheet}} cannot be checked as it is",
      blockedHistory: "The payment history {{sheet}} cannot be read",
      blockedSettings: "The warning rules stored in the workbook cannot be used",
      nothingRead: "The source has no rows to check.",
      failedTitle: "The run failed",
      written: "Warnings written to sheet {{sheet}}.",
      writeFailedTitle: "The Warnings sheet was not written",
      sourcesNotSaved: "The sources of this run could not be saved in the workbook: {{reason}}",
    },
    results: {
      heading: "Result",
      none: "No warnings: every customer passed every rule that ran.",
      group: "{{severity}} ({{count}})",
      item: "{{customer}}: {{rule}}",
      measured: "{{value}} against {{threshold}}",
      atRisk: "at risk {{amount}}",
      days: "{{value}} days",
      noValue: "none on record",
      shown: "The first {{shown}} of {{count}} are listed; the Warnings sheet lists them all.",
      notRunTitle: "Rules not run ({{count}})",
      notRunItem: "{{rule}}: {{reason}}",
      notAssessedTitle: "Customers a rule could not judge",
      historyFromLedger: "Payment history: the ledger's own paid dates.",
      historyFrom: "Payment history: {{sheet}}.",
      noHistory: "No payment history: the rules that need one did not run.",
      rejected: "{{count}} rows could not be read; the Warnings sheet lists them with the reason.",
    },
  },
  scorecards: {
    title: "Customer scorecards",
    description:
      "Score customers on weighted risk factors, grade them and recommend a credit limit for each one.",
  },
  settings: {
    title: "Settings",
    language: "Interface language",
    followOffice: "Follow Office ({{language}})",
    storageUnavailable:
      "This environment cannot remember your choice. It applies until the task pane is closed.",
    aboutTitle: "About",
    about: "CreditKit {{version}}. Everything runs on this computer; no workbook data is sent anywhere.",
  },
};

/**
 * The shape every language's `ui` table has: the English keys, each holding a string.
 *
 * @example
 * const table: UiStrings = ui;
 */
export type UiStrings = typeof ui;
