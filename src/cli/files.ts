import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { CliError } from "./cliError";

/** The first bytes of every .xlsx (a ZIP archive). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an input file, turning the usual mistakes into messages the user can act on.
 *
 * @example
 * readInputFile("book.xlsx", "xlsx"); // Uint8Array
 */
export function readInputFile(file: string, kind: "xlsx" | "any"): Uint8Array {
  if (!existsSync(file) || statSync(file).isDirectory()) throw new CliError("errors.fileNotFound", { file });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError("errors.fileUnreadable", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  if (kind === "xlsx" && !ZIP_MAGIC.every((b, i) => bytes[i] === b))
    throw new CliError("errors.notXlsx", { file });
  return bytes;
}

/**
 * Writes an output file, or explains why it could not.
 *
 * @example
 * writeOutputFile("out.xlsx", bytes);
 */
export function writeOutputFile(file: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    throw new CliError("errors.notWritable", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
