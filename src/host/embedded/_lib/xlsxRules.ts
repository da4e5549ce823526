import { type ConditionalFormatSpec, type DataValidationSpec } from "../../../core/report";
import { type SheetConditionalFormat, type SheetDataValidation } from "../sheetMeta";
import { argbOf, hexOf } from "./argb";

type Rule = Record<string, unknown>;
type CellValueOperator = Extract<ConditionalFormatSpec, { kind: "cellValue" }>["operator"];

/** CreditKit's cell-value operators and exceljs's (the file format's) names for them. */
const OPERATORS: Readonly<Record<CellValueOperator, string>> = {
  greaterThan: "greaterThan",
  lessThan: "lessThan",
  between: "between",
  equalTo: "equal",
  greaterThanOrEqual: "greaterThanOrEqual",
  lessThanOrEqual: "lessThanOrEqual",
};

function operatorOf(name: unknown): CellValueOperator | undefined {
  return (Object.keys(OPERATORS) as CellValueOperator[]).find((key) => OPERATORS[key] === name);
}

function colorsOf(rule: Rule): (string | undefined)[] {
  return Array.isArray(rule.color) ? rule.color.map(hexOf) : [];
}

/** One exceljs rule as a CreditKit conditional format, or undefined when CreditKit has no model of it. */
function specOfRule(range: string, rule: Rule): ConditionalFormatSpec | undefined {
  if (rule.type === "colorScale") {
    const colors = colorsOf(rule);
    if (colors.some((c) => c === undefined)) return undefined;
    const [min, mid, max] = colors as string[];
    if (colors.length === 2 && min !== undefined && mid !== undefined) {
      return { kind: "colorScale", range, minColor: min, maxColor: mid };
    }
    if (colors.length === 3 && min !== undefined && mid !== undefined && max !== undefined) {
      return { kind: "colorScale", range, minColor: min, midColor: mid, maxColor: max };
    }
    return undefined;
  }
  if (rule.type === "dataBar") {
    const color = hexOf(rule.color);
    return color === undefined ? undefined : { kind: "dataBar", range, color };
  }
  if (rule.type === "cellIs") {
    const operator = operatorOf(rule.operator);
    const formulae = Array.isArray(rule.formulae) ? rule.formulae.map(String) : [];
    const [formula1, formula2] = formulae;
    if (operator === undefined || formula1 === undefined) return undefined;
    const style = (rule.style ?? {}) as {
      fill?: { bgColor?: unknown; fgColor?: unknown };
      font?: { color?: unknown };
    };
    const fill = hexOf(style.fill?.bgColor) ?? hexOf(style.fill?.fgColor);
    const fontColor = hexOf(style.font?.color);
    return {
      kind: "cellValue",
      range,
      operator,
      formula1,
      ...(formula2 !== undefined ? { formula2 } : {}),
      ...(fill !== undefined ? { fill } : {}),
      ...(fontColor !== undefined ? { fontColor } : {}),
    };
  }
  return undefined;
}

/**
 * The conditional formats of an exceljs `{ ref, rules }` entry: rules CreditKit models become
 * {@link ConditionalFormatSpec}s, the others are kept as read so writing the file loses nothing.
 *
 * @example
 * conditionalFormatsOfXlsx({ ref: "B2:B9", rules: [{ type: "dataBar", color: { argb: "FF638EC6" } }] });
 * // [{ kind: "dataBar", range: "B2:B9", color: "#638EC6" }]
 */
export function conditionalFormatsOfXlsx(entry: {
  ref: string;
  rules: readonly Rule[];
}): SheetConditionalFormat[] {
  return entry.rules.map((rule) => {
    const { priority: _priority, ...rest } = rule;
    return specOfRule(entry.ref, rule) ?? { kind: "xlsx", range: entry.ref, rules: [rest] };
  });
}

/**
 * A conditional format as exceljs rules (priorities are assigned by the caller).
 *
 * @example
 * xlsxRulesOf({ kind: "dataBar", range: "B2:B9", color: "#638EC6" });
 * // [{ type: "dataBar", cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } }]
 */
export function xlsxRulesOf(format: SheetConditionalFormat): Rule[] {
  switch (format.kind) {
    case "xlsx":
      return format.rules.map((rule) => ({ ...rule }));
    case "colorScale": {
      const stops =
        format.midColor === undefined
          ? [format.minColor, format.maxColor]
          : [format.minColor, format.midColor, format.maxColor];
      const cfvo =
        format.midColor === undefined
          ? [{ type: "min" }, { type: "max" }]
          : [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }];
      return [{ type: "colorScale", cfvo, color: stops.map((c) => ({ argb: argbOf(c) })) }];
    }
    case "dataBar":
      return [
        { type: "dataBar", cfvo: [{ type: "min" }, { type: "max" }], color: { argb: argbOf(format.color) } },
      ];
    case "cellValue": {
      const style: Rule = {};
      if (format.fill !== undefined)
        style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(format.fill) } };
      if (format.fontColor !== undefined) style.font = { color: { argb: argbOf(format.fontColor) } };
      const formulae = format.formula2 === undefined ? [format.formula1] : [format.formula1, format.formula2];
      return [{ type: "cellIs", operator: OPERATORS[format.operator], formulae, style }];
    }
  }
}

/** A list validation's formula as Excel stores it: `"A,B,C"` with its quotes. */
const LITERAL_LIST = /^"([^"]*)"$/;

/**
 * A data validation read by exceljs (one rule over a range) as a {@link DataValidationSpec} when
 * CreditKit models it (whole-number or decimal "between", a literal list), else kept as read.
 *
 * @example
 * dataValidationOfXlsx("B2:B9", { type: "whole", operator: "between", formulae: [1, 5], errorTitle: "Score", error: "1 to 5" });
 * // { range: "B2:B9", rule: { kind: "wholeNumber", min: 1, max: 5 }, errorTitle: "Score", errorMessage: "1 to 5" }
 */
export function dataValidationOfXlsx(range: string, rule: Rule): SheetDataValidation {
  const text = (key: string): string => (typeof rule[key] === "string" ? rule[key] : "");
  const prompt = typeof rule.prompt === "string" ? { prompt: rule.prompt } : {};
  const common = { range, errorTitle: text("errorTitle"), errorMessage: text("error"), ...prompt };
  const formulae = Array.isArray(rule.formulae) ? (rule.formulae as unknown[]) : [];
  const [first, second] = formulae;
  if ((rule.type === "whole" || rule.type === "decimal") && (rule.operator ?? "between") === "between") {
    if (
      typeof first === "number" &&
      typeof second === "number" &&
      Number.isFinite(first) &&
      Number.isFinite(second)
    ) {
      return {
        ...common,
        rule: { kind: rule.type === "whole" ? "wholeNumber" : "decimal", min: first, max: second },
      };
    }
  }
  if (rule.type === "list" && typeof first === "string") {
    const literal = LITERAL_LIST.exec(first);
    if (literal) return { ...common, rule: { kind: "list", values: (literal[1] ?? "").split(",") } };
  }
  return { range, xlsx: { ...rule } };
}

/**
 * A data validation as the exceljs rule to add over its range.
 *
 * @example
 * xlsxValidationOf({ range: "B2:B9", rule: { kind: "list", values: ["A", "B"] }, errorTitle: "Grade", errorMessage: "A or B" }).formulae;
 * // ['"A,B"']
 */
export function xlsxValidationOf(validation: SheetDataValidation): Rule {
  if ("xlsx" in validation) return { ...validation.xlsx };
  const spec: DataValidationSpec = validation;
  const messages: Rule = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: spec.errorTitle,
    error: spec.errorMessage,
    ...(spec.prompt !== undefined ? { showInputMessage: true, prompt: spec.prompt } : {}),
  };
  if (spec.rule.kind === "list")
    return { type: "list", formulae: [`"${spec.rule.values.join(",")}"`], ...messages };
  return {
    type: spec.rule.kind === "wholeNumber" ? "whole" : "decimal",
    operator: "between",
    formulae: [spec.rule.min, spec.rule.max],
    ...messages,
  };
}
