import { type SupportedLanguage } from "../../i18n";
import { loadEmbedded } from "../loadEmbedded";
import { CliError } from "../cliError";
import { resultJson, resultText } from "../format";

/**
 * `creditkit eval <formula> [--json]`: evaluates one formula in an empty workbook and returns what
 * to print. An Excel error is a result (exit status 0), not a failure; a formula that does not parse
 * is the user's mistake to fix (exit status 1).
 *
 * @example
 * runEval("=CREDIT.GRADE(72)", { json: false }, "en"); // "B"
 */
export function runEval(formula: string, options: { json?: boolean }, language: SupportedLanguage): string {
  const text = formula.trim();
  if (text === "" || text === "=") throw new CliError("errors.formulaEmpty");
  const { EmbeddedWorkbook } = loadEmbedded();
  const workbook = EmbeddedWorkbook.empty({ language });
  const formulaText = text.startsWith("=") ? text : `=${text}`;
  const result = workbook.evaluate(formulaText);
  // HyperFormula gives #ERROR! only when it cannot parse the formula. Its parser message is several
  // lines of grammar tokens, so the user gets a translated sentence naming the formula instead.
  if (result.kind === "error" && result.error === "#ERROR!") {
    throw new CliError("errors.formulaNotValid", { formula: formulaText });
  }
  return options.json ? JSON.stringify(resultJson(result)) : resultText(result);
}
