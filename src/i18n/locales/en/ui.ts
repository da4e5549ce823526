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
