import { type SupportedLanguage } from "../../i18n";
import { loadEmbedded } from "../loadEmbedded";
import { calcJsonValue, resultText } from "../format";
import { readInputFile, writeOutputFile } from "../files";

/** What `calc` prints and where it reports progress. */
export interface CalcIo {
  readonly progress: (text: string) => void;
}

/**
 * `creditkit calc <book.xlsx> [--out FILE] [--json]`: recalculates every formula (CREDIT and
 * built-in) and prints each formula cell's value, or writes the recalculated workbook.
 *
 * @example
 * await runCalc("book.xlsx", { json: true }, "en", io); // '{"Sheet1!B2": "B", …}'
 */
export async function runCalc(
  file: string,
  options: { json?: boolean; out?: string },
  language: SupportedLanguage,
  io: CalcIo,
  t: (key: string, params?: Record<string, string | number>) => string,
): Promise<string> {
  const bytes = readInputFile(file, "xlsx");
  const { EmbeddedWorkbook } = loadEmbedded();
  const workbook = await EmbeddedWorkbook.fromXlsx(bytes, { language });
  const cells = workbook.formulaCells();
  io.progress(t("calc.progress", { count: cells.length }));
  const lines: string[] = [];
  if (options.out) {
    writeOutputFile(options.out, await workbook.toXlsx());
    io.progress(t("calc.wrote", { file: options.out }));
  }
  if (options.json) {
    const values: Record<string, unknown> = {};
    for (const cell of cells) values[`${cell.sheet}!${cell.address}`] = calcJsonValue(cell.value);
    lines.push(JSON.stringify(values, null, 2));
  } else if (!options.out) {
    for (const cell of cells) {
      const text = resultText(cell.value).split("\n").join(" | ");
      lines.push(`${cell.sheet}!${cell.address}\t${text}`);
    }
  }
  return lines.join("\n");
}
