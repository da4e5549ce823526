/** The part of a generated `functions.json` that localisation and the reference page read. */
export interface FunctionsJson {
  functions: FunctionMetadata[];
}

/** One function in `functions.json`, as custom-functions-metadata writes it. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

/** One parameter of a function in `functions.json`. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

/** The languages the function descriptions ship in besides English (which comes from the JSDoc). */
export type TranslatedLocale = "zh-CN" | "zh-TW";

/** A function's description and its parameters' descriptions (keyed by parameter name) in one language. */
export interface FunctionText {
  description: string;
  parameters: Readonly<Record<string, string>>;
}

/** The translation table: function id → text per translated locale. */
export type FunctionTranslations = Readonly<Record<string, Readonly<Record<TranslatedLocale, FunctionText>>>>;
