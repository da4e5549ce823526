/**
 * A failure the user can fix (a missing file, a workbook that is not .xlsx): printed as one or two
 * sentences on stderr, no stack trace, exit status 1 — or 2 for an option value that cannot be read
 * (`--as-of 2026-13-45`), which is wrong usage like an unknown option or a value outside a choice list.
 *
 * @example
 * throw new CliError("errors.fileNotFound", { file: "ledger.csv" });
 */
export class CliError extends Error {
  constructor(
    /** Key in the `cli` i18n namespace, e.g. "errors.fileNotFound". */
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(key);
    this.name = "CliError";
  }
}
