import type * as Embedded from "../host/embedded/embeddedWorkbook";

/**
 * The embedded workbook module, loaded on first use. HyperFormula and exceljs take most of a second to
 * load; `creditkit aging` on a CSV file and `--help` never need them.
 *
 * @example
 * const { EmbeddedWorkbook } = loadEmbedded();
 * const book = EmbeddedWorkbook.empty({ language: "en" });
 */
export function loadEmbedded(): typeof Embedded {
  // `require`, not `import()`: bin/creditkit.js registers tsx for CommonJS only, and Node's own
  // import() cannot resolve an extensionless .ts path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../host/embedded/embeddedWorkbook") as typeof Embedded;
}
