/**
 * `creditkit scorecard fit`: fits a statistical points scorecard on a history of good and bad accounts and
 * prints it (text or JSON), or writes the history workbook with its Scorecard and Model report sheets.
 */
import path from "node:path";
import { type CreditError } from "../../core/errors";
import { sheetNameProblem } from "../../core/report";
import { type BinDescription } from "../../core/scorecard";
import { binText } from "../../core/scorecardSheets";
import { fitNote } from "../../app/scorecard/fitLabels";
import { type FitBlocked, type FitRun, runFit } from "../../app/scorecard/runFit";
import { type CandidateCharacteristic } from "../../app/scorecard/candidates";
import { decodeCsv } from "../../host/csv";
import { HostError } from "../../host";
import type * as Embedded from "../../host/embedded/embeddedWorkbook";
import { ledgerMessage, resources, type SupportedLanguage, translate } from "../../i18n";
import { CliError } from "../cliError";
import { readInputFile, writeOutputFile } from "../files";
import { loadEmbedded } from "../loadEmbedded";

/**
 * Options of `creditkit scorecard fit`.
 *
 * @example
 * const options: ScorecardFitOptions = { target: "Outcome", good: "1", json: true };
 */
export interface ScorecardFitOptions {
  readonly target: string;
  readonly good?: string;
  readonly sheet?: string;
  readonly json?: boolean;
  readonly out?: string;
}

/**
 * KS, AUC and Gini of one sample in the `--json` document.
 *
 * @example
 * const holdout: FitJsonDiscrimination = { rows: 300, goods: 210, bads: 90, ks: 0.45, auc: 0.78, gini: 0.56 };
 */
export interface FitJsonDiscrimination {
  readonly rows: number;
  readonly goods: number;
  readonly bads: number;
  readonly ks: number;
  readonly auc: number;
  readonly gini: number;
}

/**
 * The `--json` document of `creditkit scorecard fit`: a stable object whose codes (`kind`, `strength`,
 * `basis`) are English identifiers in every language, and whose `note`, `reason` and `notices` are sentences
 * in the chosen language.
 *
 * ```text
 * {
 *   source:          { file, sheet, rows }              rows: data rows of the history read
 *   outcome:         { column, good: [..], bad: [..], basis: "given" | "oneTwo" | "words" | "badFlag" | "goodFlag",
 *                      goods, bads, blank }
 *   sample:          { training, holdout, holdoutShare, seed }
 *   characteristics: [{ name, kind: "numeric" | "categorical", bins, iv | null,
 *                       strength: "useless" | "weak" | "medium" | "strong" | "suspicious" | null,
 *                       used: boolean, note: string | null }]          every candidate, highest IV first
 *   leftOut:         [{ name, reason }]                 proposed, but refused by the regression
 *   coefficients:    [{ name, estimate, standardError, z, pValue }]    "intercept" first, then the card's order
 *   discrimination:  { training: { rows, goods, bads, ks, auc, gini }, holdout: { … } | null }
 *   scale:           { basePoints, baseOdds, pdo, factor, offset, interceptPoints }
 *   score:           { min, max }
 *   card:            [{ name, kind, iv, strength,
 *                       bins: [{ description: { kind: "range", from, to } | { kind: "levels", levels }
 *                                             | { kind: "missing" },
 *                                text, count, goods, bads, badRate, woe, points }] }]
 *   notices:         [string]
 * }
 * ```
 *
 * @example
 * const doc: FitJson = JSON.parse(stdout);
 * doc.discrimination.holdout?.auc; // 0.78
 */
export interface FitJson {
  readonly source: { readonly file: string; readonly sheet: string; readonly rows: number };
  readonly outcome: {
    readonly column: string;
    readonly good: readonly string[];
    readonly bad: readonly string[];
    readonly basis: string;
    readonly goods: number;
    readonly bads: number;
    readonly blank: number;
  };
  readonly sample: {
    readonly training: number;
    readonly holdout: number;
    readonly holdoutShare: number;
    readonly seed: number;
  };
  readonly characteristics: readonly {
    readonly name: string;
    readonly kind: string;
    readonly bins: number;
    readonly iv: number | null;
    readonly strength: string | null;
    readonly used: boolean;
    readonly note: string | null;
  }[];
  readonly leftOut: readonly { readonly name: string; readonly reason: string }[];
  readonly coefficients: readonly {
    readonly name: string;
    readonly estimate: number;
    readonly standardError: number;
    readonly z: number;
    readonly pValue: number;
  }[];
  readonly discrimination: {
    readonly training: FitJsonDiscrimination;
    readonly holdout: FitJsonDiscrimination | null;
  };
  readonly scale: {
    readonly basePoints: number;
    readonly baseOdds: number;
    readonly pdo: number;
    readonly factor: number;
    readonly offset: number;
    readonly interceptPoints: number;
  };
  readonly score: { readonly min: number; readonly max: number };
  readonly card: readonly {
    readonly name: string;
    readonly kind: string;
    readonly iv: number;
    readonly strength: string;
    readonly bins: readonly {
      readonly description: BinDescription;
      readonly text: string;
      readonly count: number;
      readonly goods: number;
      readonly bads: number;
      readonly badRate: number;
      readonly woe: number;
      readonly points: number;
    }[];
  }[];
  readonly notices: readonly string[];
}

const t = (language: SupportedLanguage, key: string, params: Record<string, string | number> = {}): string =>
  translate(language, `cli:scorecard.${key}`, params);

const message = (language: SupportedLanguage, error: CreditError): string =>
  ledgerMessage(language, error.id, error.params);

/** A CSV file's sheet: its name without the extension, made acceptable to Excel. */
function csvSheetName(file: string): string {
  const name = path
    .basename(file)
    .replace(/\.csv$/i, "")
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, 31)
    .replace(/^'+|'+$/g, "")
    .trim();
  return sheetNameProblem(name) === null ? name : "Data";
}

/**
 * The history as an embedded workbook: an .xlsx as it is, a CSV (UTF-8, UTF-16, GBK or Big5) as one sheet
 * of its cells — so the fit reads the cells the scoring formulas will reference, and `--out` writes the data
 * beside the card.
 */
async function openHistory(
  file: string,
  language: SupportedLanguage,
): Promise<{ workbook: Embedded.EmbeddedWorkbook; defaultSheet: string }> {
  const { EmbeddedWorkbook } = loadEmbedded();
  if (/\.csv$/i.test(file)) {
    const sheetName = csvSheetName(file);
    const text = decodeCsv(readInputFile(file, "any")).text;
    return { workbook: EmbeddedWorkbook.fromCsv(text, { sheetName, language }), defaultSheet: sheetName };
  }
  const workbook = await EmbeddedWorkbook.fromXlsx(readInputFile(file, "xlsx"), { language });
  const sheets = (await workbook.listSheets()).filter((s) => s.visible && !s.ownedByCreditKit);
  return { workbook, defaultSheet: sheets[0]?.name ?? "" };
}

function candidateNote(
  candidate: CandidateCharacteristic,
  run: FitRun,
  language: SupportedLanguage,
): string | null {
  if (run.fitted.columns.includes(candidate.column)) return null;
  const leftOut = run.leftOut.find((l) => l.column === candidate.column);
  if (leftOut) return fitNote(language, "leftOut", { reason: message(language, leftOut.error) });
  if (candidate.error) return message(language, candidate.error);
  if (candidate.reason === "tooManyLevels")
    return fitNote(language, "tooManyLevels", { levels: candidate.levels });
  return candidate.reason === null ? fitNote(language, "notChosen") : fitNote(language, candidate.reason);
}

/** Every candidate, the highest IV first (those without one last, in column order). */
function byIv(run: FitRun): CandidateCharacteristic[] {
  return [...run.proposal.candidates].sort((a, b) => (b.bins?.iv ?? -1) - (a.bins?.iv ?? -1));
}

function notices(run: FitRun, language: SupportedLanguage): string[] {
  return run.textNumbers.map(({ column, count }) =>
    fitNote(language, "textNumbers", { characteristic: column.header, count }),
  );
}

/**
 * The `--json` document ({@link FitJson}) of a run.
 *
 * @example
 * fitJson(run, "history.csv", "en").discrimination.holdout?.auc; // 0.78
 */
export function fitJson(run: FitRun, file: string, language: SupportedLanguage): FitJson {
  const { card } = run.fitted;
  const { outcomes, split } = run.fitted.setup;
  const words = resources[language].fit.binWords;
  const figures = (d: FitJsonDiscrimination): FitJsonDiscrimination => ({
    rows: d.rows,
    goods: d.goods,
    bads: d.bads,
    ks: d.ks,
    auc: d.auc,
    gini: d.gini,
  });
  return {
    source: { file, sheet: run.history.shape.sheet, rows: run.history.rows.length },
    outcome: {
      column: run.outcome.column.header,
      good: run.mapping.good,
      bad: run.mapping.bad,
      basis: run.basis,
      goods: outcomes.goods,
      bads: outcomes.bads,
      blank: outcomes.blank,
    },
    sample: {
      training: split.training.length,
      holdout: split.holdout.length,
      holdoutShare: run.fitted.setup.holdoutShare,
      seed: run.fitted.setup.seed,
    },
    characteristics: byIv(run).map((c) => ({
      name: c.column.header,
      kind: c.kind,
      bins: c.bins?.bins.length ?? 0,
      iv: c.bins?.iv ?? null,
      strength: c.bins?.strength ?? null,
      used: run.fitted.columns.includes(c.column),
      note: candidateNote(c, run, language),
    })),
    leftOut: run.leftOut.map((l) => ({ name: l.column.header, reason: message(language, l.error) })),
    coefficients: [card.intercept, ...card.characteristics.map((c) => c.coefficient)].map((c) => ({
      name: c.name,
      estimate: c.estimate,
      standardError: c.standardError,
      z: c.z,
      pValue: c.pValue,
    })),
    discrimination: {
      training: figures(card.training),
      holdout: card.holdout ? figures(card.holdout) : null,
    },
    scale: {
      basePoints: card.scale.basePoints,
      baseOdds: card.scale.baseOdds,
      pdo: card.scale.pdo,
      factor: card.factor,
      offset: card.offset,
      interceptPoints: card.basePoints,
    },
    score: { min: card.minScore, max: card.maxScore },
    card: card.characteristics.map((c) => ({
      name: c.name,
      kind: c.binning.kind,
      iv: c.iv,
      strength: c.strength,
      bins: c.bins.map((bin) => ({
        description: bin.description,
        text: binText(bin.description, words),
        count: bin.count,
        goods: bin.goods,
        bads: bin.bads,
        badRate: bin.badRate,
        woe: bin.woe,
        points: bin.points,
      })),
    })),
    notices: notices(run, language),
  };
}

const fixed = (value: number): string => value.toFixed(4);
/** p-values run down to 1e-30 and below: two significant digits say enough. */
const pValueText = (value: number): string => (value >= 0.0001 ? value.toFixed(4) : value.toExponential(1));

/** The text report: tab-separated tables, so it pastes into a sheet or pipes into other tools. */
function fitText(run: FitRun, language: SupportedLanguage): string {
  const { card } = run.fitted;
  const { outcomes } = run.fitted.setup;
  const words = resources[language].fit.binWords;
  const say = (key: string, params: Record<string, string | number> = {}) => t(language, key, params);
  const lines: string[] = [
    say("outcome", {
      target: run.outcome.column.header,
      good: run.mapping.good.join(", "),
      bad: run.mapping.bad.join(", "),
      goods: outcomes.goods,
      bads: outcomes.bads,
      blank: outcomes.blank,
    }),
    "",
    say("ivTitle"),
    [say("characteristic"), say("kind"), say("bins"), say("iv"), say("strength"), say("used")].join("\t"),
  ];
  for (const c of byIv(run)) {
    const used = run.fitted.columns.includes(c.column);
    const note = candidateNote(c, run, language);
    lines.push(
      [
        c.column.header,
        words.kinds[c.kind],
        c.bins?.bins.length ?? "-",
        c.bins ? fixed(c.bins.iv) : "-",
        c.bins ? words.strengths[c.bins.strength] : "-",
        used ? say("yes") : say("no"),
        ...(note === null ? [] : [note]),
      ].join("\t"),
    );
  }
  lines.push("", say("usedList", { names: card.characteristics.map((c) => c.name).join(", ") }));
  for (const l of run.leftOut)
    lines.push(say("leftOut", { name: l.column.header, reason: message(language, l.error) }));
  lines.push(
    "",
    say("coefficientsTitle"),
    [say("characteristic"), say("estimate"), say("standardError"), say("z"), say("pValue")].join("\t"),
  );
  for (const c of [
    { ...card.intercept, name: say("intercept") },
    ...card.characteristics.map((x) => x.coefficient),
  ]) {
    lines.push(
      [c.name, fixed(c.estimate), fixed(c.standardError), c.z.toFixed(2), pValueText(c.pValue)].join("\t"),
    );
  }
  const holdout = card.holdout;
  const pair = (pick: (d: FitJsonDiscrimination) => number, format: (v: number) => string) =>
    [format(pick(card.training)), holdout ? format(pick(holdout)) : "-"].join("\t");
  lines.push(
    "",
    [say("measure"), say("training"), say("holdout")].join("\t"),
    `${say("rows")}\t${pair((d) => d.rows, String)}`,
    `KS\t${pair((d) => d.ks, fixed)}`,
    `AUC\t${pair((d) => d.auc, fixed)}`,
    `Gini\t${pair((d) => d.gini, fixed)}`,
    "",
    say("scoreRange", {
      min: card.minScore,
      max: card.maxScore,
      base: card.scale.basePoints,
      odds: card.scale.baseOdds,
      pdo: card.scale.pdo,
    }),
  );
  const notes = notices(run, language);
  if (notes.length > 0) lines.push("", ...notes);
  return lines.join("\n");
}

/**
 * `creditkit scorecard fit <history.(xlsx|csv)> --target COLUMN …`: fits the card and prints it (text or
 * {@link FitJson}), or writes the history workbook with its Scorecard and Model report sheets to `--out`.
 * A history that cannot be fitted is a data problem (CliError, exit status 1).
 *
 * @example
 * await runScorecardFitCommand("german.csv", { target: "Outcome", json: true }, "en", progress);
 */
export async function runScorecardFitCommand(
  file: string,
  options: ScorecardFitOptions,
  language: SupportedLanguage,
  progress: (text: string) => void,
): Promise<string> {
  const { workbook, defaultSheet } = await openHistory(file, language);
  const sheet = options.sheet ?? defaultSheet;
  if ((await workbook.listSheets()).every((s) => s.name !== sheet)) {
    throw new CliError("errors.sheetNotFound", { sheet, file });
  }
  let reported = -1;
  let run: FitRun | FitBlocked;
  try {
    run = await runFit(
      workbook,
      {
        source: { kind: "sheet", sheet },
        target: options.target,
        good: options.good ?? null,
        write: options.out ? { language } : undefined,
      },
      {
        onProgress: ({ phase, done, total }) => {
          // A line per tenth of the history, not one per block.
          const tenth = total > 0 ? Math.floor((10 * done) / total) : 0;
          if (phase !== "read" || (tenth === reported && done < total)) return;
          reported = tenth;
          progress(`${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
        },
      },
    );
  } catch (error) {
    if (error instanceof HostError && error.code === "sheetNotOwned") {
      throw new CliError("scorecard.sheetTaken", { file, sheet: String(error.params.sheet ?? "") });
    }
    throw error;
  }
  if (run.kind === "blocked") {
    const hint =
      run.step === "outcome" && run.error.id === "outcomeAmbiguous" ? ` ${t(language, "goodHint")}` : "";
    throw new CliError("scorecard.blocked", { file, reason: `${message(language, run.error)}${hint}` });
  }
  if (options.out) {
    writeOutputFile(options.out, await workbook.toXlsx());
    progress(translate(language, "cli:calc.wrote", { file: options.out }));
  }
  if (options.json) return JSON.stringify(fitJson(run, file, language), null, 2);
  return options.out ? "" : fitText(run, language);
}
