import { evidenceSheets } from "../../app/warnings/evidenceSheets";
import { warningsReportLabels } from "../../app/warnings/reportLabels";
import { runWarnings, type WarningsBlocked, type WarningsRun } from "../../app/warnings/runWarnings";
import { formatIsoDate } from "../../core/dates";
import { isCreditError } from "../../core/errors";
import { minorUnitDecimals } from "../../core/money";
import { evidenceText, warningsReportSpec, warningsSheetName } from "../../core/report";
import {
  WARNING_SEVERITIES,
  type WarningResult,
  type WarningSettings,
  type WarningSeverity,
  warningSettingsFromJson,
} from "../../core/warnings";
import { HostError, type SourceRef } from "../../host";
import { ledgerMessage, type SupportedLanguage, translate } from "../../i18n";
import { CliError } from "../cliError";
import { readInputFile, writeOutputFile } from "../files";
import { asOfOption, type LedgerBook, openLedgerBook } from "../ledgerInput";
import { loadEmbedded } from "../loadEmbedded";

/** Options of `creditkit check`. */
export interface CheckCommandOptions {
  readonly sheet?: string;
  readonly master?: string;
  readonly history?: string;
  readonly asOf?: string;
  readonly rules?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly failOn?: WarningSeverity;
}

/** What `creditkit check` prints, and the failure that sets exit status 1 after printing it (`--fail-on`). */
export interface CheckOutcome {
  readonly output: string;
  readonly failure: CliError | null;
}

/** The rules of a `--rules` file: the JSON the Warnings view stores in a workbook. */
function rulesFile(file: string, language: SupportedLanguage): WarningSettings {
  const text = Buffer.from(readInputFile(file, "any"))
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError("check.rulesUnreadable", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const settings = warningSettingsFromJson(json);
  if (isCreditError(settings)) {
    throw new CliError("check.rulesUnreadable", {
      file,
      reason: ledgerMessage(language, settings.id, settings.params),
    });
  }
  return settings;
}

function blockedError(run: WarningsBlocked, file: string, language: SupportedLanguage): CliError {
  const reasons = (
    run.error
      ? [ledgerMessage(language, run.error.id, run.error.params)]
      : run.problems.map((p) => ledgerMessage(language, p.id, p.params))
  ).join(" ");
  if (run.source === "settings") return new CliError("check.settingsUnreadable", { file, reason: reasons });
  if (run.source === "history")
    return new CliError("check.historyBlocked", { file, sheet: run.shape?.sheet ?? "", reasons });
  return new CliError("check.blocked", { file, reasons });
}

/**
 * The `--json` document of the issue's contract: `asOf`, every warning (`rule`, `severity`, `customer`,
 * `value`, `threshold`, `action`, `rows`: the ledger's sheet rows) with its currency, unit, amount at risk
 * and the history and master rows of its evidence, the rules not run with their reason, the customers a rule
 * could not judge, and the rows not read. Reasons and actions are sentences in the user's language.
 *
 * @example
 * checkJson(run, "en"); // { asOf: "2026-10-31", warnings: [{ rule: "over-limit", severity: "high", … }], notRun: [], … }
 */
export function checkJson(run: WarningsRun, language: SupportedLanguage): unknown {
  const labels = warningsReportLabels(language);
  const { report } = run;
  const iso = formatIsoDate(report.asOf);
  return {
    asOf: typeof iso === "string" ? iso : report.asOf,
    warnings: report.results.map((r) => ({
      rule: r.rule,
      severity: r.severity,
      customer: r.customer,
      value: r.value,
      threshold: r.threshold,
      action: labels.message(r.action, {}),
      rows: r.rows,
      currency: r.currency,
      unit: r.unit,
      amountAtRisk: r.amountAtRisk,
      historyRows: r.historyRows,
      masterRow: r.masterRow,
    })),
    notRun: report.notRun.map((n) => ({ rule: n.rule, reason: labels.message(n.reason, {}) })),
    notAssessed: report.notAssessed.map((n) => ({
      rule: n.rule,
      count: n.count,
      reason: labels.message(n.reason, { count: n.count, example: n.example }),
    })),
    rejected: run.rejected.map(({ sheet, rejection: r }) => ({
      sheet,
      row: r.row,
      column: r.column,
      value: r.value,
      reason: labels.message(r.reason, { row: r.row, column: r.column, value: r.value }),
    })),
  };
}

/** A measured value or threshold as a person reads it: shares in %, money in its minor unit. */
function valueText(result: WarningResult, value: number | string | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (result.unit === "share") return `${(value * 100).toFixed(1)}%`;
  if (result.unit === "amount") return value.toFixed(minorUnitDecimals(result.currency));
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function checkText(run: WarningsRun, language: SupportedLanguage): string {
  const labels = warningsReportLabels(language);
  const sources = evidenceSheets(run);
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, `cli:${key}`, params);
  // Tab-separated, one line per warning, so it pastes into a sheet or pipes into other tools.
  const lines: string[] = [
    [
      labels.severity,
      labels.rule,
      labels.customer,
      labels.currency,
      labels.value,
      labels.threshold,
      labels.amountAtRisk,
      labels.action,
      labels.evidence,
    ].join("\t"),
  ];
  for (const r of run.report.results) {
    lines.push(
      [
        labels.message(`warnings:severity.${r.severity}`, {}),
        labels.message(`warnings:rules.${r.rule}.name`, {}),
        r.customer,
        r.currency || "-",
        valueText(r, r.value),
        valueText(r, r.threshold),
        r.amountAtRisk.toFixed(minorUnitDecimals(r.currency)),
        labels.message(r.action, {}),
        evidenceText(r, sources, labels),
      ].join("\t"),
    );
  }
  const { notRun, notAssessed } = run.report;
  if (notRun.length > 0) {
    lines.push("", t("check.notRunTitle", { count: notRun.length }));
    for (const n of notRun) {
      lines.push(`${labels.message(`warnings:rules.${n.rule}.name`, {})}: ${labels.message(n.reason, {})}`);
    }
  }
  if (notAssessed.length > 0) lines.push("");
  for (const n of notAssessed) {
    lines.push(
      `${labels.message(`warnings:rules.${n.rule}.name`, {})}: ${labels.message(n.reason, { count: n.count, example: n.example })}`,
    );
  }
  if (run.rejected.length > 0) {
    lines.push("", t("check.rejectedTitle", { count: run.rejected.length }));
    for (const { sheet, rejection: r } of run.rejected) {
      lines.push(`${sheet}: ${labels.message(r.reason, { row: r.row, column: r.column, value: r.value })}`);
    }
  }
  return lines.join("\n");
}

/** The failure `--fail-on` asks for: warnings at or above the severity, counted, or `null`. */
function failOnFailure(
  run: WarningsRun,
  failOn: WarningSeverity | undefined,
  language: SupportedLanguage,
): CliError | null {
  if (failOn === undefined) return null;
  const worst = WARNING_SEVERITIES.indexOf(failOn);
  const count = run.report.results.filter((r) => WARNING_SEVERITIES.indexOf(r.severity) <= worst).length;
  if (count === 0) return null;
  const severity = translate(language, `warnings:severity.${failOn}`).toLowerCase();
  return new CliError("check.failed", { severity, count, flag: failOn });
}

async function writeReport(
  run: WarningsRun,
  book: LedgerBook,
  file: string,
  out: string,
  language: SupportedLanguage,
): Promise<void> {
  const sources = evidenceSheets(run);
  const sheetName = warningsSheetName(run.report.asOf);
  // An .xlsx gets its Warnings sheet beside the data, so the links reach the evidence rows; a CSV's
  // sheet goes into a new workbook, without links to a file it is not in.
  const { EmbeddedWorkbook } = loadEmbedded();
  const target = book.workbook ?? EmbeddedWorkbook.empty({ language });
  const spec = warningsReportSpec(run.report, {
    sheetName,
    labels: warningsReportLabels(language),
    ...sources,
    settings: run.settings,
    links: book.workbook !== null,
    rejected: run.rejected,
  });
  try {
    await target.writeSheet(spec);
  } catch (error) {
    if (error instanceof HostError && error.code === "sheetNotOwned") {
      throw new CliError("check.sheetTaken", { file, sheet: sheetName });
    }
    throw error;
  }
  if (book.workbook === null) target.removeSheet("Sheet1");
  writeOutputFile(out, await target.toXlsx());
}

/**
 * `creditkit check <book.(xlsx|csv)> …`: runs the warning checks over a ledger (with the customer master
 * and payment history sheets when named) and prints the warnings (text or JSON), or writes the workbook
 * with its Warnings sheet. Findings are a result: the exit status is 0 unless `--fail-on` is given and a
 * warning is at or above that severity, when the caller prints the output and then fails with the outcome's
 * one-line summary (exit status 1).
 *
 * @example
 * const { output, failure } = await runCheckCommand("book.xlsx", { master: "Master", json: true, failOn: "high" }, "en", progress);
 */
export async function runCheckCommand(
  file: string,
  options: CheckCommandOptions,
  language: SupportedLanguage,
  progress: (text: string) => void,
): Promise<CheckOutcome> {
  const asOf = asOfOption(options.asOf, language);
  const settings = options.rules === undefined ? undefined : rulesFile(options.rules, language);
  const book = await openLedgerBook(file, language);
  const names = new Set((await book.host.listSheets()).map((s) => s.name));
  const sheetRef = (sheet: string | undefined): SourceRef | null => {
    if (sheet === undefined) return null;
    if (!names.has(sheet)) throw new CliError("errors.sheetNotFound", { sheet, file });
    return { kind: "sheet", sheet };
  };
  const ledger = sheetRef(options.sheet ?? book.defaultSheet) as SourceRef;
  // Hosts report every block; a terminal needs a line per tenth of the file, not one per 2,000 rows.
  let reported = -1;
  const run = await runWarnings(
    book.host,
    { ledger, master: sheetRef(options.master), history: sheetRef(options.history), asOf, settings },
    {
      onProgress: ({ done, total }) => {
        const tenth = total > 0 ? Math.floor((10 * done) / total) : 0;
        if (tenth === reported && done < total) return;
        reported = tenth;
        progress(`${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
      },
    },
  );
  if (run.kind === "blocked") throw blockedError(run, file, language);
  if (options.out) {
    await writeReport(run, book, file, options.out, language);
    progress(translate(language, "cli:calc.wrote", { file: options.out }));
  }
  const output = options.json
    ? JSON.stringify(checkJson(run, language), null, 2)
    : options.out
      ? ""
      : checkText(run, language);
  return { output, failure: failOnFailure(run, options.failOn, language) };
}
