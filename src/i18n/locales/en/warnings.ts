/**
 * English text of the warning checks (the `warnings` namespace): each rule's name, plain-language
 * description, recommended action and threshold labels, the severities, why a rule could not run, and
 * which customers a rule could not judge. Descriptions name the rule's thresholds as `{{placeholders}}`
 * (shares passed already formatted as percentages); the not-assessed messages take `{{count}}` and
 * `{{example}}`.
 */

/**
 * The English warning-check strings.
 *
 * @example
 * warnings.rules["over-limit"].action; // "Hold new orders, collect the balance and review the limit."
 */
export const warnings = {
  severity: {
    high: "High",
    medium: "Medium",
    low: "Low",
  },
  rules: {
    "over-limit": {
      name: "Over credit limit",
      description:
        "Exposure (open receivables plus open orders) is above the credit limit, beyond a tolerance of {{tolerance}}.",
      action: "Hold new orders, collect the balance and review the limit.",
      thresholds: { tolerance: "Tolerance above the limit" },
    },
    "near-limit": {
      name: "Near credit limit",
      description:
        "Utilisation (exposure / credit limit) has reached {{low}} (low severity) or {{medium}} (medium severity) without going over the limit.",
      action: "Review the account before accepting the next order.",
      thresholds: {
        low: "Utilisation for a low-severity warning",
        medium: "Utilisation for a medium-severity warning",
      },
    },
    "veto-late": {
      name: "Veto lateness (rating D)",
      description:
        "An open item is {{days}} or more days past due: payment timeliness grades D, which vetoes the customer's rating.",
      action: "Stop credit sales and escalate collection.",
      thresholds: { days: "Days past due" },
    },
    "long-overdue": {
      name: "Long overdue",
      description: "An open item is more than {{days}} days past due.",
      action: "Send a legal letter and make a provision.",
      thresholds: { days: "Days past due" },
    },
    "overdue-share": {
      name: "High overdue share",
      description: "More than {{share}} of the customer's open balance is overdue.",
      action: "Call the customer and send a reminder letter.",
      thresholds: { share: "Overdue share of the balance" },
    },
    "core-overdue": {
      name: "Core customer overdue",
      description:
        "A core customer (one of those making up the first {{share}} of sales over the last {{salesYears}} years) has items more than {{days}} days past due.",
      action: "Have the account manager visit the customer.",
      thresholds: {
        days: "Days past due",
        share: "Share of sales made by core customers",
        salesYears: "Years of sales",
      },
    },
    concentration: {
      name: "Concentration",
      description: "The customer holds more than {{share}} of total receivables in its currency.",
      action: "Spread the risk and seek a guarantee.",
      thresholds: { share: "Share of total receivables" },
    },
    "grade-d": {
      name: "Grade D customer",
      description: "The customer is rated D (or scores below {{score}}) and has an open balance.",
      action: "Sell for cash in advance only.",
      thresholds: { score: "Scores below this count as D" },
    },
    "no-limit": {
      name: "No credit limit",
      description: "The customer has an open balance but no credit limit on record.",
      action: "Set a credit limit.",
    },
    "review-due": {
      name: "Credit review due",
      description:
        "The customer has an open balance and its last credit review is older than {{months}} months, or none is on record.",
      action: "Re-score the customer.",
      thresholds: { months: "Months since the last review" },
    },
    deteriorating: {
      name: "Deteriorating payer",
      description:
        "The average days late of the invoices paid in the last {{windowDays}} days is at least {{days}} days more than in the {{windowDays}} days before.",
      action: "Tighten the payment terms.",
      thresholds: { days: "Increase in average days late", windowDays: "Days in each period compared" },
    },
    "dso-over-terms": {
      name: "DSO over terms",
      description:
        "The customer's DSO (open balance / credit sales of the last {{periodDays}} days × {{periodDays}}) is more than its terms plus {{days}} days.",
      action: "Check for disputes and collect.",
      thresholds: { days: "Days allowed beyond the terms", periodDays: "Days of sales in the DSO" },
    },
  },
  notRun: {
    notByCustomer:
      "The ledger was grouped by salesperson or region; the warning checks need it grouped by customer.",
    noMaster: "No customer master was given.",
    masterNoCustomer: "The customer master has no customer column, so no customer can be matched with it.",
    noLimitColumn: "The customer master has no credit limit column.",
    noTermsColumn: "The customer master has no payment terms column.",
    noGradeColumn: "The customer master has no grade or score column.",
    noReviewColumn: "The customer master has no last review date column.",
    noHistory: "No payment history was given.",
    noSales:
      "The payment history has no invoices in the sales period, so no customer can be found to be a core customer.",
  },
  notAssessed: {
    noLimit:
      '{{count}} customers with a balance have no credit limit on record, such as "{{example}}"; the no-limit rule lists them.',
    noGrade: '{{count}} customers with a balance have no grade or score on record, such as "{{example}}".',
    noTerms: '{{count}} customers with a balance have no payment terms on record, such as "{{example}}".',
    noSalesInPeriod:
      '{{count}} customers with a balance have no invoices in the payment history for the DSO period, such as "{{example}}".',
    fewPayments:
      '{{count}} customers paid invoices in only one of the two periods compared, such as "{{example}}", so no trend can be seen.',
    totalNotPositive:
      "{{count}} customers were not checked for concentration because the receivables of their currency ({{example}}) total zero or less.",
  },
};

/**
 * The shape every language's warning-check table has (the English one's).
 *
 * @example
 * const table: WarningsStrings = warnings;
 */
export type WarningsStrings = typeof warnings;
