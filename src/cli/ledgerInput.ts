/**
 * What `creditkit aging` and `creditkit check` read the same way: the ledger file (a CSV streamed, an
 * .xlsx through the embedded workbook) and the `--as-of` date, and how an option's refusal is told.
 */
import path from "node:path";
import { parseDateText } from "../core/dates";
import { isCreditError } from "../core/errors";
import { type WorkbookHost } from "../host";
import { CsvLedgerHost, decodeCsv } from "../host/csv";
import type * as Embedded from "../host/embedded/embeddedWorkbook";
import { ledgerMessage, type SupportedLanguage } from "../i18n";
import { CliError } from "./cliError";
import { readInputFile } from "./files";
import { loadEmbedded } from "./loadEmbedded";

/** A ledger file opened as a host. */
export interface LedgerBook {
  readonly host: WorkbookHost;
  /** The workbook itself for an .xlsx (reports can go into a copy of it), `null` for a CSV. */
  readonly workbook: Embedded.EmbeddedWorkbook | null;
  /** The first visible sheet not written by CreditKit, or the CSV's name. */
  readonly defaultSheet: string;
}

/**
 * Opens a ledger file as a host.
 *
 * @example
 * const { host, defaultSheet } = await openLedgerBook("ledger.csv", "en"); // defaultSheet "ledger"
 */
export async function openLedgerBook(file: string, language: SupportedLanguage): Promise<LedgerBook> {
  if (/\.csv$/i.test(file)) {
    const name = path.basename(file).replace(/\.csv$/i, "");
    // UTF-8 with or without a mark, UTF-16, or the GBK / Big5 that Excel's plain "CSV" writes in Chinese Windows.
    const text = decodeCsv(readInputFile(file, "any")).text;
    return { host: new CsvLedgerHost(text, name), workbook: null, defaultSheet: name };
  }
  // Loaded only for workbooks: the formula engine and the .xlsx reader take most of a second to load,
  // which a CSV run never needs.
  const { EmbeddedWorkbook } = loadEmbedded();
  const workbook = await EmbeddedWorkbook.fromXlsx(readInputFile(file, "xlsx"), { language });
  const sheets = (await workbook.listSheets()).filter((s) => s.visible && !s.ownedByCreditKit);
  return { host: workbook, workbook, defaultSheet: sheets[0]?.name ?? "" };
}

/**
 * A CreditError from parsing an option, as a usage failure (exit status 2) naming the option once.
 *
 * @example
 * throw optionError("--buckets", "bucketEdgesEmpty", {}, "en");
 */
export function optionError(
  option: string,
  id: string,
  params: Readonly<Record<string, string | number>>,
  language: SupportedLanguage,
): CliError {
  const message = ledgerMessage(language, id, params);
  // Most messages already start by naming their argument ("--as-of: …").
  return new CliError(
    "errors.badOption",
    { option, message: message.startsWith(`${option}: `) ? message.slice(option.length + 2) : message },
    2,
  );
}

/**
 * The `--as-of` date as a serial; today when it is not given.
 *
 * @example
 * asOfOption("2026-10-31", "en"); // 46326
 */
export function asOfOption(text: string | undefined, language: SupportedLanguage): number {
  if (text === undefined) {
    // The CLI is an edge: it may read the clock (the core never does).
    const now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000 + 25_569;
  }
  const serial = parseDateText(text, "ymd");
  if (isCreditError(serial))
    throw optionError("--as-of", serial.id, { ...serial.params, arg: "--as-of" }, language);
  return Math.floor(serial);
}
