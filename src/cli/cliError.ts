/**
 * A failure the user can fix (a missing file, a workbook that is not .xlsx): printed as one or two
 * sentences on stderr, exit status 1, no stack trace.
 */
export class CliError extends Error {
  constructor(
    /** Key in the `cli` i18n namespace, e.g. "errors.fileNotFound". */
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = "CliError";
  }
}
