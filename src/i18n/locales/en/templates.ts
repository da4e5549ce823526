/**
 * English text of the scorecard templates (the `templates` namespace): the weighted risk-factor card, the
 * three-indicator rating and the expert panel, with the drop-down rules' messages. `{name}` marks a value the
 * layout fills in (single braces: the layout, not i18next, interpolates them). Setting keys such as
 * `multiplier_A`, `reallocate` or `median` stay in English on every sheet because the CREDIT functions read them.
 */

/**
 * The English template strings. An edge builds a template's labels as `{ ...templates.common, ...templates.weighted }`.
 *
 * @example
 * templates.weighted.factors.paymentHistory; // "Payment history"
 */
export const templates = {
  common: {
    formAddin: "Calculated with CreditKit functions (CREDIT.*); needs the CreditKit add-in.",
    formPortable: "Portable: built-in Excel functions only, so it works without the CreditKit add-in.",
  },
  weighted: {
    sheetName: "Scorecard",
    title: "Weighted risk-factor scorecard",
    help: "Score each factor from 1 (poor) to 5 (excellent) in the yellow cells; leave a score blank when there is no information.",
    group: "Group",
    factor: "Factor",
    weight: "Weight",
    score: "Score (1–5)",
    weightedScore: "Weighted points",
    groups: {
      visit: "Visit impression",
      business: "Business and market",
      trading: "Trading terms",
      background: "Background",
      finance: "Finance",
    },
    factors: {
      visitImpression: "Impression from the visit",
      organisation: "Organisation and management",
      businessLevel: "Business level",
      developmentProspects: "Development prospects",
      marketCompetitiveness: "Market competitiveness",
      productIndustry: "Product and industry",
      tradeTerms: "Trade terms",
      tradeProfitability: "Profitability of the trade",
      substitutability: "Substitutability of the trade",
      guarantee: "Guarantee or collateral",
      premises: "Ownership of premises",
      yearsInBusiness: "Years in business",
      principalBackground: "Principal's background",
      paymentHistory: "Payment history",
      litigation: "Litigation record",
      bankCredit: "Bank credit record",
      profitability: "Profitability",
      solvency: "Solvency",
      assetTurnover: "Asset turnover",
    },
    weightsTotal: "Weights total",
    weightsOk: "OK: 100 %",
    weightsNot100: "Weights must add up to 100 %",
    result: "Result",
    totalScore: "Score (0–100)",
    grade: "Grade",
    recommendedLimit: "Recommended credit limit",
    settings: "Settings",
    maxPoints: "Top score of the scale",
    missingPolicy: "Missing scores",
    missingPolicyHelp:
      "reallocate: leave the factor out and share its weight among the others · zero: count it as 0 · error: show #N/A until every factor is scored",
    gradeScale: "Grade scale",
    fromScore: "From score",
    limitInputs: "Credit limit inputs",
    monthlyPurchases: "Expected monthly credit purchases",
    termsDays: "Payment terms (days)",
    graceDays: "Days late tolerated",
    netWorth: "Tangible net worth (blank: unknown)",
    workingCapital: "Working capital (blank: unknown)",
    limitPolicy: "Credit limit policy",
    setting: "Setting",
    value: "Value",
    meaning: "Meaning",
    policyMeanings: {
      multiplier: "Limit multiplier for grade {grade} (0 = no credit)",
      netWorthPct: "Limit at most this share of tangible net worth",
      workingCapitalPct: "Limit at most this share of working capital",
      roundTo: "Limit rounded down to a multiple of this",
      daysPerMonth: "Days one month of purchases covers",
    },
    workings: {
      title: "How the limit is reached",
      need: "Need: purchases × (terms + days late) / days per month",
      multiplier: "Grade multiplier",
      adjustedNeed: "Need × multiplier",
      netWorthCap: "Net-worth cap",
      workingCapitalCap: "Working-capital cap",
      lowest: "Lowest of need and caps",
      roundTo: "Rounded down to a multiple of",
    },
    validation: {
      score: { title: "Score 1–5", message: "Enter a whole number from 1 to 5, or leave the cell blank." },
      scorePrompt: "1 = poor … 5 = excellent; blank = no information",
      weight: { title: "Weight", message: "Enter a weight from 0 % to 100 %." },
      missingPolicy: { title: "Missing scores", message: "Choose reallocate, zero or error." },
      gradeBound: { title: "Grade scale", message: "Enter a score from 0 to 100 where the grade starts." },
      notNegative: { title: "Amount", message: "Enter a number of 0 or more." },
      amount: { title: "Amount", message: "Enter an amount, or leave the cell blank when it is not known." },
    },
  },
  rating: {
    sheetName: "Customer rating",
    title: "Three-indicator customer rating",
    help: "Fill in the yellow cells for one customer and one period. Any grade D vetoes the customer (one-vote veto).",
    indicator: "Indicator",
    value: "Value",
    grade: "Grade",
    rule: "Rule",
    collected: "Collected in the period",
    claims: "Claims paid out in the period",
    due: "Amount that fell due in the period",
    collectionRate: "Net collection rate",
    collectionRule: "(collected − claims) / amount due · A ≥ 100 %, B ≥ 95 %, C ≥ 90 %, D below 90 % (veto)",
    daysLate: "Days late (paid date − due date)",
    latenessRule: "A on time or early (≤ 0), B 1–4 days, C 5–9 days, D 10 days or more (veto)",
    share: "Our share of the customer's business in the category",
    loyaltyRule: "A, B and C from the thresholds below; D below C (mainly competitors)",
    combined: "Combined rating",
    combinedRule: "Any D → D (veto); otherwise any C → C; otherwise A when most grades are A; otherwise B",
    thresholds: "Loyalty thresholds",
    thresholdA: "Grade A from (sells only ours)",
    thresholdB: "Grade B from (ours is the main line)",
    thresholdC: "Grade C from (about even)",
    validation: {
      amount: { title: "Amount", message: "Enter an amount of 0 or more." },
      daysLate: {
        title: "Days late",
        message: "Enter the days paid after the due date (negative when early).",
      },
      share: { title: "Share", message: "Enter a share from 0 % to 100 %." },
      threshold: { title: "Threshold", message: "Enter a share from 0 % to 100 %; A above B above C." },
    },
  },
  expert: {
    sheetName: "Expert panel",
    title: "Expert panel and blended assessment",
    help: "Each expert rates each criterion from 1 (poor) to 5 (excellent); leave a cell blank when the expert did not rate it.",
    expert: "Expert",
    expertName: "Expert {n}",
    criteria: {
      reminders: "Payment reminders needed",
      qualityClaims: "Causes of quality claims",
      adverseRecords: "Adverse records",
    },
    expertScore: "Expert's score",
    settings: "Settings",
    method: "Consensus method",
    methodHelp:
      "median: the middle expert score · mean: the average · trimmed: the average without the lowest and the highest",
    spreadLimit: "Largest acceptable spread (points)",
    modelWeight: "Weight of the model score",
    modelScore: "Model score (0–100), e.g. the scorecard's score",
    result: "Result",
    consensus: "Consensus score (1–5)",
    spread: "Spread (interquartile range)",
    anotherRound: "Another round needed?",
    anotherRoundYes: "Yes: no consensus yet",
    anotherRoundNo: "No",
    expertScore100: "Panel score (0–100)",
    blended: "Blended score (0–100)",
    validation: {
      rating: { title: "Rating 1–5", message: "Enter a whole number from 1 to 5, or leave the cell blank." },
      ratingPrompt: "1 = poor … 5 = excellent; blank = not rated",
      method: { title: "Consensus method", message: "Choose median, mean or trimmed." },
      spreadLimit: { title: "Spread", message: "Enter a number of points from 0 to 4." },
      modelWeight: { title: "Weight", message: "Enter a weight from 0 % to 100 %." },
      modelScore: { title: "Model score", message: "Enter a score from 0 to 100." },
    },
  },
};

/**
 * The shape every language's template table has.
 *
 * @example
 * const table: TemplatesStrings = templates;
 */
export type TemplatesStrings = typeof templates;
