/**
 * English text of the `creditkit` command line (the `cli` namespace): help and user-facing errors.
 */

/**
 * The English CLI strings; `{{name}}` marks an interpolated value.
 *
 * @example
 * cli.errors.fileNotFound; // 'No file "{{file}}".'
 */
export const cli = {
  description:
    "CreditKit on the command line: CREDIT formulas, recalculation and credit reports outside Excel.",
  options: {
    version: "print the version",
    help: "show help for a command",
    json: "print JSON instead of text",
    out: "write the result to this .xlsx file",
    lang: "language of messages: en, zh-CN or zh-TW (default: from LANG)",
  },
  eval: {
    description: "evaluate one formula in an empty workbook, e.g. creditkit eval '=CREDIT.GRADE(72)'",
    formula: "the formula, starting with =",
  },
  calc: {
    description: "recalculate a workbook's formulas (CREDIT and built-in) and print or save the results",
    book: "the workbook (.xlsx)",
    progress: "Recalculating {{count}} formulas…",
    wrote: "Wrote {{file}}.",
    summary: "{{count}} formula cells.",
  },
  aging: {
    description:
      "age the open invoices of a ledger (.xlsx or .csv) at a date and print or save the aging report",
    ledger: "the ledger: an .xlsx workbook or a .csv file",
    sheet: "the ledger's sheet (default: the first sheet)",
    asOf: "the as-of date, YYYY-MM-DD (default: today)",
    basis: "age by due date or by invoice date",
    buckets: 'bucket edges in days, e.g. "30,60,90,120"',
    dateOrder: "order of ambiguous text dates such as 1/2/2013 (default: detected)",
    map: "column overrides, e.g. customer=Client,dueDate=Due",
    groupBy: "group by customer, salesperson or region",
    out: "write the aging report to this .xlsx file",
  },
  template: {
    description:
      "write a blank scorecard template workbook: a weighted risk-factor card, a three-indicator rating or an expert panel",
    kind: "which template: weighted, rating or expert",
    portable: "use only built-in Excel functions, so the sheet works without the add-in",
    out: "the .xlsx file to write",
  },
  score: {
    description:
      "apply a weighted card sheet to a customer table of a workbook and write a Scores sheet of live formulas (score, grade, limit, utilisation, rating)",
    book: "the .xlsx workbook holding the card and the customers",
    card: "the weighted card's sheet (see creditkit template weighted)",
    table: "the customers: a table name, a sheet name or a range such as Customers!A1:H500",
    map: "column choices, e.g. customer=Client,paymentHistory=Pay score,solvency=Current ratio",
    portable: "use only built-in Excel functions, so the sheet works without the add-in",
    json: "print the mapping and the result as JSON",
    out: "the .xlsx file to write: the workbook with the Scores sheet",
    problem: "{{message}}",
    mapped: "{{factor}} ← {{column}}{{bands}}",
    banded: " (bands)",
    field: "{{field}} ← {{column}}",
  },
  scorecard: {
    description: "statistical scorecards: fit a points card on a history of good and bad accounts",
    fit: {
      description:
        "fit a points scorecard on a history (.xlsx or .csv) with a good / bad outcome column, and print it or save it with its Scorecard and Model report sheets",
      history: "the history: an .xlsx workbook or a .csv file, one row per customer or application",
      target: "the outcome column: its header, or its column letter",
      good: "the outcome value that means good; every other value is bad (default: proposed from the values)",
      sheet: "the history's sheet (default: the first sheet)",
      out: "write the history workbook with the Scorecard and Model report sheets to this .xlsx file",
    },
    outcome:
      "Outcome column “{{target}}”: good = {{good}}, bad = {{bad}} ({{goods}} goods, {{bads}} bads, {{blank}} without an outcome)",
    ivTitle: "Information value (training rows)",
    characteristic: "Characteristic",
    kind: "Kind",
    bins: "Bins",
    iv: "IV",
    strength: "Strength",
    used: "Used",
    yes: "yes",
    no: "no",
    usedList: "Characteristics used: {{names}}",
    leftOut: "Left out {{name}}: {{reason}}",
    coefficientsTitle: "Coefficients (logistic regression of ln(odds good : bad) on WOE)",
    estimate: "Estimate",
    standardError: "Std. error",
    z: "z",
    pValue: "p-value",
    intercept: "Intercept",
    measure: "Measure",
    training: "Training",
    holdout: "Holdout",
    rows: "Rows",
    scoreRange:
      "Scores from {{min}} to {{max}} points ({{base}} points at odds {{odds}}:1, {{pdo}} points to double the odds).",
    goodHint: "Give --good VALUE to say which value means good.",
    blocked: '"{{file}}": no scorecard can be fitted: {{reason}}',
    sheetTaken:
      '"{{file}}" already has a sheet named {{sheet}} that CreditKit did not write; rename it and try again.',
  },
  check: {
    description:
      "check every customer of a ledger (.xlsx or .csv) against the warning rules and print or save the warnings",
    book: "the workbook (.xlsx) or a ledger (.csv)",
    sheet: "the ledger's sheet (default: the first sheet)",
    master: "the customer master's sheet (limits, terms, grades, last review)",
    history: "the payment history's sheet (default: the ledger's own paid dates, when it has them)",
    asOf: "the as-of date, YYYY-MM-DD (default: today)",
    rules: "a rules file (JSON, as the Warnings view stores it; default: the rules stored in the workbook)",
    out: "write the workbook with its Warnings sheet to this .xlsx file",
    failOn: "exit with status 1 when a warning is at or above this severity (for pipelines)",
    notRunTitle: "Rules not run ({{count}})",
    rejectedTitle: "Rows not read ({{count}})",
    failed: "Warnings at or above {{severity}} severity: {{count}} (--fail-on {{flag}}).",
    blocked: '"{{file}}" cannot be checked: {{reasons}}',
    historyBlocked: '"{{file}}": the payment history on {{sheet}} cannot be read: {{reasons}}',
    settingsUnreadable:
      '"{{file}}": the warning rules stored in the workbook cannot be used: {{reason}} Give --rules to run other rules.',
    rulesUnreadable: '"{{file}}" is not a rules file that can be used: {{reason}}',
    sheetTaken:
      '"{{file}}" already has a sheet named {{sheet}} that CreditKit did not write; rename it, or choose another --as-of.',
  },
  errors: {
    badOption: "{{option}}: {{message}}",
    sheetNotFound: '"{{file}}" has no sheet named "{{sheet}}".',
    ledgerBlocked: '"{{file}}" cannot be aged: {{reasons}}',
    usage: "{{message}} Run creditkit {{command}} --help for usage.",
    fileNotFound: 'No file "{{file}}".',
    fileUnreadable: '"{{file}}" could not be read: {{reason}}',
    notXlsx: '"{{file}}" is not an .xlsx workbook. Save it as Excel Workbook (.xlsx) and try again.',
    notWritable: '"{{file}}" could not be written: {{reason}}',
    formulaNotValid:
      '"{{formula}}" is not a formula that can be read; check its brackets, commas and quotes.',
    formulaEmpty: "Give a formula, for example '=CREDIT.GRADE(72)'.",
    unexpected: "Something went wrong: {{reason}}",
  },
};

/**
 * The shape every language's `cli` table has.
 *
 * @example
 * const table: CliStrings = cli;
 */
export type CliStrings = typeof cli;
