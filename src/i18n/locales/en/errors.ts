/**
 * English messages of the cell functions' errors (the `errors` namespace), keyed by the message id a
 * core `CreditError` carries. Readers are credit controllers: each message names the Excel argument
 * (`{{arg}}` is its Excel name, e.g. `days_late`) and says what is expected. A message only uses the
 * parameters that every place raising its id passes, because i18next prints an unknown `{{x}}` as is.
 * The ledger and aging messages (from `sourceEmpty` on) are worded through `ledgerMessage`, which shows
 * `{{field}}`, `{{groupBy}}` and `{{order}}` by their labels.
 */

/**
 * The English error messages; `{{name}}` marks a parameter of the error.
 *
 * @example
 * errors.generic; // "The calculation could not be completed."
 * errors.argBlank; // "{{arg}} is blank: a value is needed."
 */
export const errors = {
  generic: "The calculation could not be completed.",
  internal:
    "CreditKit could not finish this calculation because of an internal problem; please report it with the formula.",

  // One argument read at the Excel boundary (src/functions/args).
  argBlank: "{{arg}} is blank: a value is needed.",
  argNotNumber: '{{arg}}: expected a number, got "{{value}}".',
  argNotFinite: "{{arg}} is not a usable number; enter an ordinary number.",
  argNotSingle: "{{arg}} needs a single value, not a {{size}} range of cells.",
  argNotText: "{{arg}}: expected text, got {{value}}.",
  argNotChoice: '{{arg}}: "{{value}}" is not one of the options; use {{choices}}.',
  argNotDate: '{{arg}}: expected a date, got "{{value}}".',
  argNotDateSerial:
    "{{arg}}: {{value}} is not a date; Excel dates are numbers from 1 (1900-01-01) to 2958465 (9999-12-31).",
  argNotGradeOrScore: '{{arg}}: expected a grade such as A or a score from 0 to 100, got "{{value}}".',
  argNotTwoColumns: "{{arg}} must be a range two columns wide, not {{columns}}.",

  // One cell of a range argument. The item number counts cells row by row, blanks included.
  itemNotNumber:
    '{{arg}}, item {{index}} (row {{row}}, column {{column}}): expected a number, got "{{value}}".',
  itemNotFinite: "{{arg}}: a cell holds a value that cannot be used as a number; enter ordinary numbers.",
  itemNotDate: '{{arg}}, item {{index}} (row {{row}}, column {{column}}): expected a date, got "{{value}}".',
  itemNotText: "{{arg}}, item {{index}} (row {{row}}, column {{column}}): expected text, got {{value}}.",
  itemNegative: "{{arg}}, item {{position}} is negative; values here must be 0 or more.",
  itemNotPositive: "{{arg}}, item {{position}} must be greater than 0.",
  itemTooLarge: "{{arg}}, item {{position}} is too large to add up exactly.",
  listEmpty: "{{arg}} has no values; give at least one.",
  listValueNotANumber: "{{arg}}, item {{index}} is not a number.",
  listLengthMismatch:
    "{{arg}} has {{actual}} values but {{other}} has {{expected}}; they must pair up one to one.",
  lengthMismatch:
    "{{first}} has {{firstLength}} cells but {{second}} has {{secondLength}}; they must have the same number of cells.",
  pairIncomplete:
    "{{arg}}, item {{index}} is blank but the matching cell of the other range is filled in; fill in both or leave both blank.",
  amountWithoutDate:
    "{{arg}}, item {{index}}: the date is blank but there is an amount; enter the date or clear the amount.",

  // Dates: typed text, cells and serial numbers.
  dateNotValid: "{{arg}} is not a valid date; enter a date such as 2026-10-31.",
  dateItemNotValid: "{{arg}}, item {{position}} is not a valid date.",
  dateTextBlank: "{{arg}}: the date text is empty; type a date such as 2026-10-31.",
  dateUnreadable: '{{arg}}: "{{text}}" cannot be read as a date; type it as year-month-day, e.g. 2026-10-31.',
  dateAmbiguous:
    '{{arg}}: "{{text}}" is ambiguous, {{first}} could be the day or the month. Type it as year-month-day, e.g. 2026-10-31.',
  dateYearOutOfRange:
    '{{arg}}: "{{text}}" has the year {{year}}; Excel dates run from {{first}} to {{last}}.',
  dateMonthImpossible: '{{arg}}: "{{text}}" has the month {{month}}; months run from 1 to 12.',
  dateImpossible: '{{arg}}: "{{text}}" is not a real date: month {{month}} of {{year}} has {{lastDay}} days.',
  timeImpossible:
    '{{arg}}: "{{text}}" has a time of day that does not exist; hours run from 0 to 23 and minutes from 0 to 59.',
  dateSerialOutOfRange:
    "The date number {{serial}} is outside Excel's dates, which run from {{first}} (1900-01-01) to {{last}} (9999-12-31).",
  date1904SerialOutOfRange:
    "The date number {{serial}} is outside the 1904 date system, which runs from {{first}} (1904-01-01) to {{last}} (9999-12-31).",
  dateBefore1904:
    "The date number {{serial}} is before 1904-01-01, so a workbook using the 1904 date system cannot hold it.",

  // Money totals, counted exactly in whole cents (or the currency's smallest unit).
  amountNotFinite: "An amount is not a usable number; check the amounts for error values.",
  amountTooLarge: "The amount {{amount}} is too large to count exactly to {{decimals}} decimal places.",
  minorUnitsNotWhole: "An amount in the currency's smallest unit (such as cents) is not a whole number.",
  moneySumTooLarge: "The amounts add up to too much to total exactly to {{decimals}} decimal places.",
  decimalsOutOfRange: "Decimal places must be a whole number from 0 to {{max}}.",

  // Plain numbers, shared by many functions.
  notANumber: "{{arg}} is not a usable number.",
  numberNotFinite: "{{arg}} is not a usable number.",
  negativeValue: "{{arg}} is {{value}}; it cannot be negative.",
  numberNegative: "{{arg}} is negative; it must be 0 or more.",
  notPositive: "{{arg}} is {{value}}; it must be greater than 0.",
  numberNotPositive: "{{arg}} must be greater than 0.",
  outOfRange: "{{arg}} is {{value}}; it must be between {{min}} and {{max}}.",
  divisionByZero: "{{arg}} is 0, and the result is divided by it; enter a value other than 0.",
  denominatorZero: "{{arg}} is 0, and the result is divided by it; enter a value other than 0.",
  numberTooLarge: "The result is too large to show as a number; check the inputs for very large values.",
  valueTooLarge: "{{arg}} is too large to count exactly to the cent.",

  // Weighted scorecard, grade scales and banded points (CREDIT.SCORE, CREDIT.GRADE, CREDIT.POINTS).
  weightBlank:
    "{{arg}}, item {{index}} is blank: every factor needs a weight (enter 0 to leave a factor out).",
  weightInvalid: "weights, item {{index}} is {{value}}; a weight must be 0 or more.",
  weightsSumZero: "The weights add up to 0; give at least one factor a weight above 0.",
  scoreOutOfRange:
    "Score of factor {{index}} is {{value}}; scores run from 0 to the maximum of {{max}} points.",
  pointsOutOfRange: "points {{points}} is too extreme for the score scale: no odds can be worked out.",
  scoreMissing:
    'Factor {{index}} has no score and missing is "error"; fill in the score, or set missing to "reallocate" or "zero".',
  allScoresMissing: "No factor has a score; fill in at least one score.",
  missingPolicyInvalid:
    '"{{value}}" is not a way to treat missing scores; use "reallocate", "zero" or "error".',
  gradeScaleUnknown:
    '"{{value}}" is not a grade scale; use "ABCD", "AAA" or a two-column range of lower bounds and grades.',
  gradeScaleBound: '{{arg}}, row {{row}}: the lower bound "{{value}}" is not a number.',
  gradeScaleBoundInvalid: "scale, row {{row}}: the lower bound is not a number.",
  gradeScaleEmptyLabel: "scale, row {{row}}: the grade is blank.",
  gradeScaleDuplicateBound: "scale: the lower bound {{bound}} appears twice; give each grade its own bound.",
  gradeScaleEmpty: 'scale has no rows; give rows of (lower bound, grade), or use "ABCD" or "AAA".',
  scoreBelowLowestBound:
    "The score {{score}} is below the lowest bound of the grade scale ({{bound}}), so it has no grade.",
  pointsShapeInvalid:
    "points needs as many values as breakpoints, or one more for values below the first breakpoint; there are {{breakpoints}} breakpoints and {{points}} points.",
  noBands: "breakpoints and points are empty; give at least one band.",
  breakpointsNotAscending:
    "breakpoints, item {{index}} ({{value}}) must be larger than the one before it; list breakpoints from lowest to highest.",
  valueBelowFirstBand:
    "value {{value}} is below the first breakpoint ({{first}}), so it falls in no band; give one more point than breakpoints to score values below it.",

  // Three-indicator rating (CREDIT.COMBINEGRADES, CREDIT.LOYALTYGRADE).
  gradeInvalid: 'grades, item {{position}} is "{{value}}"; only the grades A, B, C and D can be combined.',
  noGrades: "There are no grades to combine; all the cells are blank.",
  loyaltyThresholdsShape:
    "{{arg}} needs three shares, the lower bounds of A, B and C (as fractions, 0.6 = 60 %), not {{count}}.",
  loyaltyThresholdsInvalid:
    "The loyalty thresholds {{a}}, {{b}}, {{c}} must fall from A to C, each above 0 and at most 1 (as fractions, 0.6 = 60 %).",

  // Expert panel (CREDIT.EXPERTSCORE, CREDIT.EXPERTSPREAD).
  ratingOutOfRange: "ratings, row {{row}}, column {{column}}: {{value}} is not a rating from 1 to 5.",
  noExpertScores: "ratings holds no ratings yet; at least one expert must give a score.",
  consensusMethodInvalid: '"{{value}}" is not a consensus method; use "median", "mean" or "trimmed".',

  // Credit limits and the limit policy (CREDIT.LIMIT, CREDIT.LIMITS).
  gradeEmpty: "The grade is blank; enter a grade such as A, or a score.",
  gradeHasNoMultiplier:
    'The policy has no multiplier for grade "{{grade}}"; add a row multiplier_{{grade}} to policy.',
  policyRow: "{{arg}}, row {{row}}: expected a setting name and a number.",
  policyKeyUnknown:
    'policy: "{{key}}" is not a setting; use multiplier_A (or another grade), net_worth_pct, working_capital_pct, round_to or days_per_month.',
  policyKeyDuplicate: 'policy: "{{key}}" is set twice; keep one row for it.',
  policyValueNotANumber: 'policy: the value of {{key}} is "{{value}}", not a number.',

  // Aging buckets (CREDIT.AGEBUCKET, CREDIT.AGING).
  bucketEdgesEmpty:
    "buckets has no day boundaries; give boundaries such as 30,60,90,120, or leave buckets out to use those.",
  bucketEdgesTooMany: "buckets has {{count}} day boundaries; at most {{max}} are allowed.",
  bucketEdgeNotWholeDays:
    'buckets, boundary {{position}} ("{{item}}") is not a whole number of days; use boundaries such as 30,60,90,120.',
  bucketEdgeNotPositive: "buckets, boundary {{position}} ({{item}}) must be at least 1 day.",
  bucketEdgesNotAscending:
    "buckets, boundary {{position}} ({{item}}) must be larger than the one before it ({{previous}}); list boundaries from smallest to largest.",

  // Collection KPIs (CREDIT.DSO, CREDIT.CEI, CREDIT.DAYSBEYONDTERMS, …).
  bestDsoExceedsDso:
    "Best possible DSO ({{bestDso}} days) is above DSO ({{dso}} days); it can be at most DSO.",
  currentExceedsClosing:
    "closing_current_ar ({{closingCurrentAr}}) is larger than closing_ar ({{closingAr}}); current receivables are part of all receivables.",
  ceiNothingCollectable:
    "Nothing was collectable: opening_ar + credit_sales − closing_current_ar is 0, so CEI cannot be worked out.",
  ceiCurrentExceedsAvailable:
    "closing_current_ar is larger than opening_ar + credit_sales; check the three figures.",
  noPaidInvoices:
    "No invoice is paid yet (every paid date is blank), so days beyond terms cannot be worked out.",
  receivablesExceedSales:
    "The receivables are more than the credit sales of all {{months}} months given; add earlier months to monthly_sales.",

  // Expected credit loss and roll rates (CREDIT.ECL, CREDIT.ROLLRATES).
  rateOutOfRange: "{{arg}}, item {{position}} must be a loss rate from 0 to 1 (as a fraction, 0.05 = 5 %).",
  historyValueInvalid: "history, row {{row}}, column {{column}}: expected a balance of 0 or more.",
  rowLengthMismatch:
    "history, row {{row}} has {{actual}} values but the first row has {{expected}}; every month needs the same columns.",
  rollRateTooFewMonths: "history needs at least two months (rows) to work out roll rates, not {{months}}.",
  rollRateTooFewColumns:
    "history needs at least two columns (the aging buckets, then the amount written off), not {{columns}}.",
  rollRateNoBalance:
    "history: bucket {{bucket}} has no balance in any month before the last, so its roll rate cannot be worked out.",

  // Portfolio shares (CREDIT.CORE, CREDIT.ABC, CREDIT.SHARE).
  shareThresholdOutOfRange: "{{arg}} must be a share above 0 and at most 1 (as a fraction, 0.7 = 70 %).",
  abcThresholdsOrder:
    "a ({{a}}) must be smaller than b ({{b}}): both are cumulative shares of total sales (as fractions, 0.7 = 70 %).",
  topCountNotWhole: "{{arg}} must be a whole number, 1 or more.",
  totalZero: "The values in {{arg}} add up to 0, so no share of the total can be worked out.",
  totalNegative: "The values in {{arg}} add up to less than 0, so shares of the total mean nothing.",
  totalTooLarge: "The values in {{arg}} add up to too much to total exactly.",

  // Altman Z (CREDIT.ZSCORE, CREDIT.ZZONE).
  altmanModelUnknown: '"{{model}}" is not an Altman Z model; use "public", "private", "nonmfg" or "em".',
  altmanSalesRequired: 'The "{{model}}" Altman model needs sales; fill in sales.',

  // Reading a ledger (src/core/ledger): finding its header row and columns. `{{column}}`, `{{first}}`,
  // `{{second}}` are sheet column letters; `{{field}}` and `{{groupBy}}` arrive as labels (ledgerMessage).
  sourceEmpty: "The sheet or table is empty; choose the one that holds the open invoices.",
  headerRowNotFound:
    "No header row was found in the first {{rows}} rows; the ledger needs a row of column names, such as Customer, Due date and Amount, above its data.",
  noDataRows: "There are no rows under the header row; check that this is the sheet with the open invoices.",
  duplicateHeader:
    'Columns {{first}} and {{second}} are both headed "{{header}}"; check that the right one is used, or rename one of them.',
  blankHeaderWithData:
    "Column {{column}} holds data but has no header, so it is not used; give it a header if it is needed.",
  fieldAmbiguous:
    '{{field}}: both "{{chosen}}" (column {{chosenColumn}}) and "{{other}}" (column {{otherColumn}}) could be this column, and "{{chosen}}" was used; check it and choose the other if that is the right one.',
  ledgerNoCustomerColumn: "No customer column was found; choose the column that names who owes each invoice.",
  ledgerNoAmountColumn:
    "No amount or open balance column was found; choose the column with the invoice amount or the amount still open.",
  ledgerNoDateColumn: "Neither a due date nor an invoice date column was found; choose at least one of them.",
  ledgerNoInvoiceDateColumn:
    "Aging by invoice date needs an invoice date column; choose it, or age by due date instead.",
  ledgerNoGroupColumn: "Grouping by {{groupBy}} needs a {{groupBy}} column; choose it, or group by customer.",
  ledgerOptionInvalid: 'The aging option {{option}} cannot be "{{value}}"; check the options and run again.',
  ledgerMappingInvalid: '{{field}} is set to "{{value}}", which is not a column; choose its column again.',

  // One ledger row that could not be read: the row is left out of the aging and listed with this reason.
  ledgerCellError:
    "Row {{row}}, column {{column}}: the cell holds the error {{value}}; correct the formula or the value.",
  ledgerAmountUnreadable:
    'Row {{row}}, column {{column}}: "{{value}}" is not an amount; enter a number such as 1250.50.',
  ledgerAmountTooLarge:
    "Row {{row}}, column {{column}}: the amount {{value}} is too large to count exactly; check it.",
  ledgerDateUnreadable:
    'Row {{row}}, column {{column}}: "{{value}}" is not a date; enter a date such as 2026-10-31.',
  ledgerDateAmbiguous:
    'Row {{row}}, column {{column}}: "{{value}}" could have the day or the month first; enter it as year-month-day, such as 2026-10-31, or choose the date order.',
  ledgerDateImpossible:
    'Row {{row}}, column {{column}}: "{{value}}" is not a real date (such as 30 February); correct it.',
  ledgerDateOutOfRange:
    'Row {{row}}, column {{column}}: "{{value}}" gives a date outside the dates Excel can hold (1900-01-01 to 9999-12-31); correct it.',
  ledgerNoDate:
    "Row {{row}}, column {{column}}: the row has neither a due date nor an invoice date; fill in at least one.",
  ledgerInvoiceDateMissing:
    "Row {{row}}, column {{column}}: the invoice date is blank, and aging by invoice date needs it; fill it in.",
  ledgerTermsUnreadable:
    'Row {{row}}, column {{column}}: "{{value}}" is not a number of days of credit; enter terms such as 30 or Net 30.',
  ledgerCustomerBlank: "Row {{row}}, column {{column}}: the customer is blank; fill in the customer.",
  ledgerCustomerUnreadable:
    "Row {{row}}, column {{column}}: {{value}} is not a customer name; enter the customer.",
  ledgerSummaryRow:
    'Row {{row}}, column {{column}}: "{{value}}" is a total line, not a customer, so the row was left out rather than counted twice.',

  // What the whole read did, with how many rows or items it concerns ({{count}}).
  ledgerRowsRejected:
    "{{count}} rows could not be read and are not in the aging; each is listed with the reason, to correct in the ledger.",
  ledgerRowsRejected_one:
    "1 row could not be read and is not in the aging; it is listed with the reason, to correct in the ledger.",
  ledgerInvoicedAfterAsOf: "{{count}} invoices dated after the as-of date were left out.",
  ledgerInvoicedAfterAsOf_one: "1 invoice dated after the as-of date was left out.",
  ledgerSettledByAsOf: "{{count}} invoices settled on or before the as-of date were left out.",
  ledgerSettledByAsOf_one: "1 invoice settled on or before the as-of date was left out.",
  ledgerFutureDated:
    "{{count}} open invoices are dated after the as-of date and are included; check the as-of date if that is unexpected.",
  ledgerFutureDated_one:
    "1 open invoice is dated after the as-of date and is included; check the as-of date if that is unexpected.",
  ledgerDueDateAssumed:
    "{{count}} invoices have no due date, so it was taken as the invoice date plus the terms ({{fromTerms}} of them had terms; the others count as due on the invoice date).",
  ledgerDueDateAssumed_one:
    "1 invoice has no due date, so it was taken as the invoice date plus the terms ({{fromTerms}} with terms; otherwise it counts as due on the invoice date).",
  ledgerZeroOpenSkipped: "{{count}} rows with nothing open (an open amount of 0) were left out.",
  ledgerZeroOpenSkipped_one: "1 row with nothing open (an open amount of 0) was left out.",
  ledgerNegativeItems:
    "{{count}} items are negative (credit notes or payments on account); they reduce the open balances.",
  ledgerNegativeItems_one:
    "1 item is negative (a credit note or a payment on account); it reduces the open balance.",
  ledgerBlankRows: "{{count}} blank rows were skipped.",
  ledgerBlankRows_one: "1 blank row was skipped.",
  ledgerCurrencyBlank:
    "{{count}} items have no currency; they are totalled in the default currency, or as having no currency when none is set. Fill in the currency where it is missing.",
  ledgerCurrencyBlank_one:
    "1 item has no currency; it is totalled in the default currency, or as having no currency when none is set. Fill in the currency where it is missing.",
  ledgerGroupBlank: "{{count}} items have a blank {{groupBy}}; they are grouped together under a blank name.",
  ledgerGroupBlank_one: "1 item has a blank {{groupBy}}; it is grouped under a blank name.",
  ledgerDayOrderDetected:
    "Dates typed as text were read as {{order}}: {{count}} of them can only be read that way.",
  ledgerDayOrderDetected_one:
    "Dates typed as text were read as {{order}}: 1 of them can only be read that way.",
  ledgerDayOrderConflicting:
    'Dates typed as text disagree: some put the day first (such as "{{dayFirstExample}}"), others the month first (such as "{{monthFirstExample}}"), {{count}} in all. Dates that could be read either way were refused; enter them as year-month-day or choose the date order.',
  ledgerDayOrderUnknown:
    "{{count}} dates such as 1/2/2026 could have the day or the month first, and nothing in the ledger settles which, so their rows were refused; choose the date order and run again.",
  ledgerDayOrderUnknown_one:
    "1 date such as 1/2/2026 could have the day or the month first, and nothing in the ledger settles which, so its row was refused; choose the date order and run again.",

  // The customer master (limits, terms, grades per customer).
  masterNoCustomerColumn:
    "The customer master has no customer column; it needs one to match limits and grades to the ledger.",
  masterNoDetailColumn:
    "The customer master has no credit limit, terms, grade or review date column; it needs at least one of them.",
  masterDuplicateCustomers:
    '{{count}} rows of the customer master repeat a customer already listed, such as "{{example}}"; only the first row of each customer is used.',
  masterDuplicateCustomers_one:
    '1 row of the customer master repeats a customer already listed, "{{example}}"; only the first row of each customer is used.',
  masterLimitUnreadable:
    'Row {{row}}, column {{column}}: "{{value}}" is not a credit limit; enter an amount of 0 or more.',
  masterTermsUnreadable:
    'Row {{row}}, column {{column}}: "{{value}}" is not a number of days of credit; enter terms such as 30 or Net 30.',

  // Aging the items read.
  agingOptionMismatch:
    "The aging was asked for with another {{option}} than the ledger was read with; read the ledger again with the same options.",
  agingSalesCurrencyNeeded:
    "The ledger holds several currencies ({{currencies}}); say which one the credit sales are in to work out DSO.",
  agingMasterUnmatched:
    '{{count}} customers of the ledger are not in the customer master, such as "{{example}}"; they are shown without a limit or grade.',
  agingMasterUnmatched_one:
    '1 customer of the ledger is not in the customer master, "{{example}}"; it is shown without a limit or grade.',

  // `creditkit aging --map field=Header,…` (the CLI's column overrides).
  mapEmpty: "--map is empty; give items such as customer=Client,dueDate=Due.",
  mapItemMalformed: '--map: "{{item}}" is not of the form field=column, such as dueDate=Due.',
  mapFieldUnknown: '--map: "{{field}}" is not a ledger field; use one of {{fields}}.',
  mapFieldRepeated: "--map: {{field}} is given twice; keep one of them.",
  mapHeaderNotFound:
    '--map: no column is headed "{{header}}" (for {{field}}); use one of the headers {{headers}}, or a column letter.',

  // Warning checks (src/core/warnings): stored settings and the payment history.
  warningSettingsInvalid:
    "The stored warning settings are not valid at {{path}}; save the rules again from the Warnings view or correct the JSON.",
  warningRuleUnknown:
    'The warning settings name a rule "{{rule}}" that CreditKit does not know; remove it or correct its name.',
  warningThresholdUnknown:
    'Warning rule {{rule}} has no threshold "{{threshold}}"; remove it or correct its name.',
  warningThresholdInvalid:
    'Warning rule {{rule}}: {{threshold}} cannot be "{{value}}"; enter a number from {{min}} to {{max}}.',
  warningThresholdNotWhole: "Warning rule {{rule}}: {{threshold}} must be a whole number, not {{value}}.",
  warningThresholdOrder: "Warning rule {{rule}}: {{threshold}} cannot be below {{other}}.",
  warningHistoryInvalid:
    "Payment history row {{row}}: the {{field}} cannot be used; correct it or leave the row out.",
  historyNoAmountColumn:
    "The payment history has no invoice amount column; choose the column with the amount of each invoice.",
  historyNoSettledColumn:
    "The payment history has no paid date column, so no lateness can be measured; choose the column with the date each invoice was paid.",

  // Statistical scorecards (src/core/scorecard): outcome mapping, binning, logistic fit.
  outcomeColumnEmpty:
    "The outcome column has no values; choose the column that says whether each account turned out good or bad.",
  outcomeSingleValue:
    'Every row of the outcome column is "{{value}}"; a scorecard needs both good and bad accounts.',
  outcomeAmbiguous:
    "The outcome column holds {{values}}; say which of these values mean good and which mean bad.",
  outcomeMappingOverlap: '"{{value}}" is listed as both good and bad; keep it on one side.',
  outcomeMappingNoGood: "No value is marked good; choose the outcome values that mean a good account.",
  outcomeMappingNoBad: "No value is marked bad; choose the outcome values that mean a bad account.",
  outcomeGoodValueAbsent:
    'The outcome column has no value "{{value}}"; give one of the values it holds as the good value.',
  outcomeValueUnmapped:
    'Row {{row}} of the outcome column holds "{{value}}", which is neither a good nor a bad value; add it to one side or correct it.',
  outcomeNoGoods: "The {{rows}} rows used hold no good accounts; a scorecard needs both goods and bads.",
  outcomeNoBads: "The {{rows}} rows used hold no bad accounts; a scorecard needs both goods and bads.",
  holdoutShareOutOfRange:
    "The holdout share is {{value}}; it must be from 0 to below 1 (0.3 keeps back 30 %).",
  binCutsNotAscending:
    "{{characteristic}}: cut point {{position}} ({{value}}) must be a number larger than the one before it.",
  binLevelRepeated: '{{characteristic}}: "{{level}}" is in two groups; put it in one.',
  binLevelNotGrouped: '{{characteristic}}: "{{level}}" is in no group; add it to one.',
  binEmpty: "{{characteristic}}: bin {{bin}} holds no rows; move its cut points or regroup.",
  characteristicConstant:
    "{{characteristic}} has a single bin, so it cannot tell goods from bads; split it or leave it out.",
  scorecardNoCharacteristics: "No characteristic is selected; choose at least one to fit the scorecard.",
  logisticSingular:
    "{{predictor}} adds nothing the other characteristics do not already say (it is constant or repeats them); leave it out.",
  logisticSeparation:
    "{{predictor}} separates goods from bads (almost) perfectly, so its weight cannot be estimated; merge its bins or leave it out.",
  logisticNotConverged:
    "The fit did not settle within {{iterations}} steps; leave out overlapping characteristics or merge small bins.",
  logisticOneOutcome: "All {{rows}} rows have the same outcome, so nothing can be fitted.",
  logisticOutcomeNotBinary: "Row {{row}}: the outcome is {{value}}; it must be 0 or 1.",
  historyEmpty:
    "{{sheet}} has no rows below its header; choose the sheet or table with one row per customer and their outcome.",
  historyColumnNotFound: 'The history has no column "{{column}}"; its columns are {{columns}}.',

  // Workbooks calculated outside Excel (src/host/embedded).
  spillResized: "The result no longer fits the cells it had; recalculate to show it in full.",
};

/**
 * The shape every language's `errors` table has: the English message ids, each holding a string —
 * except English's singular forms (`…_one`, chosen by i18next when `count` is 1): Chinese does not
 * inflect, so its tables hold the one form under the plain id.
 *
 * @example
 * const table: ErrorStrings = errors;
 */
export type ErrorStrings = Record<Exclude<keyof typeof errors, `${string}_one`>, string>;
