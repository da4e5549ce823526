/**
 * English text of fitting a statistical scorecard from history (the `fit` namespace): the words of the
 * Scorecard and Model report sheets. `{name}` marks a value the layout fills in (single braces: the layout,
 * not i18next, interpolates them).
 */

/**
 * The English `fit` strings.
 *
 * @example
 * fit.title; // "Statistical scorecard"
 */
export const fit = {
  title: "Statistical scorecard",
  binWords: {
    below: "< {to}",
    between: "{from} to < {to}",
    atLeast: "≥ {from}",
    anyValue: "any number",
    missing: "Missing (blank)",
    kinds: { numeric: "numeric", categorical: "categorical" },
    strengths: {
      useless: "useless",
      weak: "weak",
      medium: "medium",
      strong: "strong",
      suspicious: "suspicious",
    },
  },
  scorecardSheet: {
    title: "Statistical scorecard — {source}",
    subtitle: "Outcome column “{target}”: good = {good}, bad = {bad} · fitted on {training} training rows",
    help: "Score = the sum of the points of the bin each characteristic falls in. Points, cut points and a level's bin number (yellow) may be edited: every score recalculates.",
    binsTitle: "Bins and points",
    scoresTitle: "Scores of {sheet}",
    bin: "Bin",
    description: "Values",
    from: "From (≥)",
    to: "To (<)",
    count: "Rows",
    goods: "Goods",
    bads: "Bads",
    badRate: "Bad rate",
    woe: "WOE",
    points: "Points",
    note: "Note",
    characteristicLine: "{kind} · IV {iv} ({strength}) · coefficient {coefficient}",
    levels: "Levels and their bin",
    fallbackNote: "also levels the history did not have",
    blankNote: "also blanks and text",
    fallbackAndBlankNote: "also blanks and levels the history did not have",
    sourceRow: "Row",
    score: "Score",
  },
  modelReport: {
    title: "Model report — {source}",
    subtitle: "Outcome column “{target}”: good = {good}, bad = {bad}",
    help: "Bins, WOE and coefficients are learned on the training rows; the holdout shows how the card does on rows it has not seen.",
    sampleTitle: "Sample",
    historyRows: "Rows of the history",
    withOutcome: "Rows with an outcome",
    goods: "Goods",
    bads: "Bads",
    blankOutcome: "Rows without an outcome (left out)",
    trainingRows: "Training rows",
    holdoutRows: "Holdout rows",
    holdoutShare: "Holdout share",
    seed: "Seed of the split",
    discriminationTitle: "Discrimination",
    measure: "Measure",
    training: "Training",
    holdout: "Holdout",
    rows: "Rows",
    ks: "KS",
    auc: "AUC",
    gini: "Gini",
    noHoldout: "no holdout",
    scalingTitle: "Points scaling",
    basePoints: "Base points",
    baseOdds: "Base odds (good : bad)",
    pdo: "Points to double the odds (PDO)",
    factor: "Factor = PDO / ln 2",
    offset: "Offset = base points − factor · ln(base odds)",
    interceptPoints: "Intercept points = round(offset + factor · β₀)",
    minScore: "Lowest score",
    maxScore: "Highest score",
    coefficientsTitle: "Logistic regression of ln(odds good : bad) on WOE",
    characteristic: "Characteristic",
    estimate: "Estimate",
    standardError: "Standard error",
    z: "z",
    pValue: "p-value",
    intercept: "Intercept",
    iterations: "Newton steps",
    deviance: "Deviance",
    nullDeviance: "Null deviance",
    ivTitle: "Information value (training rows)",
    ivNote:
      "IV < 0.02 useless · 0.02–0.1 weak · 0.1–0.3 medium · 0.3–0.5 strong · > 0.5 suspicious: check it does not leak the outcome.",
    kind: "Kind",
    bins: "Bins",
    iv: "IV",
    strength: "Strength",
    inCard: "In the card",
    note: "Note",
    yes: "yes",
    no: "no",
    bandsTitle: "Bad rate by score band (bands of the training scores)",
    band: "Score",
    badRateTraining: "Bad rate, training",
    badRateHoldout: "Bad rate, holdout",
    rowsTraining: "Rows, training",
    badsTraining: "Bads, training",
    rowsHoldout: "Rows, holdout",
    badsHoldout: "Bads, holdout",
    chartTitle: "Bad rate by score band",
    binTablesTitle: "Bin tables (training rows)",
    bin: "Bin",
    description: "Values",
    count: "Rows",
    badRate: "Bad rate",
    woe: "WOE",
    ivContribution: "IV contribution",
    points: "Points",
  },
  notes: {
    tooManyLevels: "{levels} different values: an identifier, not a characteristic",
    empty: "no values",
    singleBin: "one bin only",
    useless: "IV below 0.02",
    leftOut: "left out: {reason}",
    notChosen: "not chosen",
    textNumbers:
      "{characteristic}: {count} numbers typed as text; the sheet's formulas read them with Excel's VALUE — convert them to numbers so Excel and CreditKit agree.",
  },
};

/**
 * The shape every language's `fit` table has.
 *
 * @example
 * const table: FitStrings = fit;
 */
export type FitStrings = typeof fit;
