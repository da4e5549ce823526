// Shared helpers of the scorecard sheet tests (not a test file itself): fit a card on a table the way a user
// would, and read a written Scorecard sheet back.
import { type CreditError, isCreditError } from "../../../../src/core/errors";
import {
  binCharacteristic,
  type BinnedCharacteristicInput,
  fitScorecard,
  type OutcomeMapping,
  outcomeFlags,
  type RawValue,
  type Scorecard,
  splitSample,
  proposeBinning,
} from "../../../../src/core/scorecard";
import { type ModelReportLabels, type ScorecardSheetLabels } from "../../../../src/core/scorecardSheets";
import { type EmbeddedWorkbook } from "../../../../src/host/embedded";
import { fit } from "../../../../src/i18n/locales/en/fit";

/** The English labels, composed as the app composes them. */
export const SHEET_LABELS: ScorecardSheetLabels = { ...fit.binWords, ...fit.scorecardSheet };
export const REPORT_LABELS: ModelReportLabels = { ...fit.binWords, ...fit.modelReport };

/** Throws when a core call refused. */
export function ok<T>(value: T | CreditError): T {
  if (isCreditError(value))
    throw new Error(`unexpected CreditError ${value.id} ${JSON.stringify(value.params)}`);
  return value;
}

/** A card fitted as a user would: bins proposed on the training rows, characteristics with IV ≥ 0.02 kept. */
export function fitTable(
  columns: readonly { name: string; values: readonly RawValue[] }[],
  outcome: readonly RawValue[],
  mapping: OutcomeMapping,
): { card: Scorecard; used: number[] } {
  const flags = ok(outcomeFlags(outcome, mapping));
  const split = ok(splitSample(flags, { holdoutShare: 0.3, seed: 1 }));
  const chosen: BinnedCharacteristicInput[] = [];
  const used: number[] = [];
  columns.forEach((column, i) => {
    const binning = ok(proposeBinning(column, flags, { rows: split.training }));
    const bins = ok(binCharacteristic({ ...column, binning }, flags, split.training));
    if (bins.bins.length > 1 && bins.iv >= 0.02) {
      chosen.push({ ...column, binning });
      used.push(i);
    }
  });
  return { card: ok(fitScorecard({ characteristics: chosen, outcomes: flags, split })), used };
}

/** What a cell of `sheet` shows, failing on errors and arrays. */
export function numberAt(book: EmbeddedWorkbook, sheet: string, address: string): number {
  const result = book.getCellValue(sheet, address);
  if (result.kind !== "value" || typeof result.value !== "number") {
    throw new Error(`${sheet}!${address} shows ${JSON.stringify(result)}`);
  }
  return result.value;
}

/** The 1-based column of the header `text` on row 5 of the Scorecard sheet (the scores table's headings). */
export function headingColumn(book: EmbeddedWorkbook, sheet: string, text: string): number {
  for (let column = 13; column < 200; column++) {
    const result = book.getCellValue(sheet, `${columnName(column)}5`);
    if (result.kind === "value" && result.value === text) return column;
  }
  throw new Error(`no heading ${text}`);
}

/** Column letters of a 1-based column, written out here so the test does not lean on the code it checks. */
export function columnName(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
