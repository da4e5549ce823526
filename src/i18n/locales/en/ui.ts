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
