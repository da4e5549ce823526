import { type SupportedLanguage } from "../../i18n";

/** A result size, in cells. */
export interface ResultSize {
  readonly width: number;
  readonly height: number;
}

/**
 * What one workbook shares with the CREDIT functions running in its HyperFormula engine, passed
 * through HyperFormula's `context` option: the language of error messages, and the spill sizes the
 * functions learned. HyperFormula fixes a spill's size when a formula is entered, before any value
 * is known; a CREDIT function that finds its result does not fit records the real size here and
 * asks the workbook (through `resizeQueue`) to enter the formula again.
 */
export interface CreditEngineContext {
  language: SupportedLanguage;
  /** Result size per formula cell (`placeKey`) and function, from its last evaluation. */
  readonly learnedSizes: Map<string, ResultSize>;
  /** Formula cells (`placeKey`) whose reserved spill size differs from their result. */
  readonly resizeQueue: Set<string>;
}

/**
 * A fresh context for one workbook.
 *
 * @example
 * const context = createEngineContext("zh-CN");
 */
export function createEngineContext(language: SupportedLanguage): CreditEngineContext {
  return { language, learnedSizes: new Map(), resizeQueue: new Set() };
}

/**
 * The context of an engine, or null when the engine was built without one (the functions then
 * answer in English and never ask for a resize).
 *
 * @example
 * engineContextOf(hf.getConfig().context);
 */
export function engineContextOf(value: unknown): CreditEngineContext | null {
  if (typeof value !== "object" || value === null) return null;
  const candidate = value as Partial<CreditEngineContext>;
  return candidate.learnedSizes instanceof Map && candidate.resizeQueue instanceof Set
    ? (value as CreditEngineContext)
    : null;
}

/**
 * Key of a learned size: the cell and the function, so a different CREDIT function entered in
 * the same cell starts from its own prediction.
 *
 * @example
 * learnedSizeKey("0:4:2", "CREDIT.AGING"); // "0:4:2|CREDIT.AGING"
 */
export function learnedSizeKey(cell: string, functionName: string): string {
  return `${cell}|${functionName}`;
}
