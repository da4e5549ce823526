/**
 * English text of applying a weighted card to a customer table (the `scores` namespace): the Scores
 * sheet's labels, the metrics the mapping recognises, the problems that stop a run and the summary.
 * Sheet text uses single-brace `{placeholders}` that the core fills; messages use i18next's `{{ }}`.
 */

/**
 * The English `scores` strings.
 *
 * @example
 * scores.sheet.score; // "Score"
 */
export const scores = {
  title: "Scores",
  sheetName: "Scores",
  sheet: {
    title: "Customer scores",
    subtitle: "Card: {card} · customers: {source} · {count} rows",
    help:
      "Each row reads its customer's row of the source table and the card's weights, grade scale and limit policy. " +
      "Edit the card or the bands on the right and every customer recalculates. Re-apply after adding customers.",
    weightsRow: "Weight (from the card)",
    customer: "Customer",
    sourceRow: "Source row",
    score: "Score",
    grade: "Grade",
    monthlyPurchases: "Monthly purchases",
    termsDays: "Terms (days)",
    netWorth: "Net worth",
    workingCapital: "Working capital",
    limit: "Recommended limit",
    exposure: "Exposure",
    utilisation: "Utilisation",
    noCredit: "No credit",
    collectionRate: "Net collection rate",
    daysLate: "Days late",
    ourShare: "Our share",
    collectionGrade: "Collection grade",
    latenessGrade: "Timeliness grade",
    loyaltyGrade: "Loyalty grade",
    rating: "Rating",
    workings: {
      title: "Limit workings",
      need: "Need",
      multiplier: "Grade multiplier",
      adjustedNeed: "Need × multiplier",
      netWorthCap: "Net-worth cap",
      workingCapitalCap: "Working-capital cap",
      lowest: "Lowest",
      roundTo: "Round down to",
    },
    bands: {
      title: "Point bands (edit to change every customer)",
      heading: "{factor} from {metric}",
      from: "From",
      points: "Points",
      below: "Below",
      custom: "your column",
    },
    loyalty: {
      title: "Loyalty grade: lowest share for",
      gradeA: "A",
      gradeB: "B",
      gradeC: "C",
    },
  },
  metrics: {
    currentRatio: "current ratio",
    quickRatio: "quick ratio",
    yearsInBusiness: "years in business",
    netMargin: "net margin",
    assetTurnover: "asset turnover",
    averageDaysLate: "average days late",
    lawsuits: "lawsuits",
  },
  fields: {
    customer: "Customer",
    exposure: "Exposure (open receivables)",
    monthlyPurchases: "Monthly purchases",
    termsDays: "Terms (days)",
    netWorth: "Net worth",
    workingCapital: "Working capital",
    collectionRate: "Net collection rate",
    daysLate: "Days late",
    ourShare: "Our share",
  },
  problems: {
    cardNotFound: "There is no sheet named “{{card}}” to use as the card.",
    cardNotWeighted:
      "Sheet “{{card}}” is not a weighted risk-factor card: cell {{cell}} should hold {{expected}}. Insert one with Scorecards › Weighted card (or creditkit template weighted) first.",
    sourceNotFound: "There is no table or sheet “{{source}}”.",
    rangeInvalid: "“{{range}}” is not a range such as Customers!A1:H500.",
    sourceEmpty: "{{source}} has a header row but no customers below it.",
    customerMissing:
      "No column of {{source}} names the customer; choose it in the mapping (headers: {{headers}}).",
    nothingMapped:
      "No column of {{source}} feeds a factor of the card; map at least one (headers: {{headers}}).",
    columnUnknown: "“{{column}}” is not a column of {{source}} (headers: {{headers}}).",
    mappingInvalid: "“{{text}}” is not a mapping such as customer=Name,paymentHistory=Pay score.",
    sheetTaken:
      "A sheet named “{{sheet}}” is already in the workbook and is not one CreditKit wrote; rename it, or choose another name for the scores.",
    sameAsSource: "The Scores sheet cannot be written over the source “{{sheet}}”.",
  },
  summary:
    "Scored {{count}} customers of {{source}} with card “{{card}}” on sheet “{{sheet}}”: {{factors}} factors mapped ({{banded}} through bands).",
};

/**
 * The shape every language's `scores` table has.
 *
 * @example
 * const table: ScoresStrings = scores;
 */
export type ScoresStrings = typeof scores;
