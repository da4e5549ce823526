/**
 * Every CREDIT function in HyperFormula, as `CREDIT.<ID>`. The plugin is data-driven: one method
 * per function of {@link CREDIT_FUNCTIONS}, each one line over `evaluateCredit`, which hands the
 * arguments over the way Excel hands them to the custom function (numbers, text, booleans, `null`,
 * ranges as rows), calls the same implementation Excel calls, and turns a CreditError into the
 * matching HyperFormula error with the translated message. Same arguments, same result as in Excel.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  type FunctionArgument,
  FunctionArgumentType,
  type FunctionMetadata,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
} from "hyperformula";
import { creditError } from "../../core/errors";
import { errorMessage } from "../../functions/errorMessage";
import { type FunctionResult, isTable } from "../../functions/excel/values";
import { CREDIT_FUNCTIONS, type FunctionSpec } from "../../functions/registry";
import { type ResultSize, engineContextOf, learnedSizeKey } from "./engineContext";
import { excelArgs } from "./_lib/excelArgs";
import { type AstNode, type CallNode, type EvaluationState, placeKey } from "./_lib/hfInternals";
import { hfCell, hfTable } from "./_lib/hfResult";
import { predictSpillSize } from "./_lib/spillSize";

/** The name a CREDIT function has in formulas. */
function formulaName(spec: FunctionSpec): string {
  return `CREDIT.${spec.id}`;
}

function methodName(spec: FunctionSpec): string {
  return `credit${spec.id}`;
}

function sizeMethodName(spec: FunctionSpec): string {
  return `credit${spec.id}Size`;
}

/** A parameter as HyperFormula should pass it: ranges as ranges, values untouched (no coercion). */
function parameterOf(spec: FunctionSpec["params"][number]): FunctionArgument {
  const argumentType = spec.kind === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY;
  return spec.optional ? { argumentType, optionalArg: true } : { argumentType };
}

function metadataOf(spec: FunctionSpec): FunctionMetadata {
  return {
    method: methodName(spec),
    parameters: spec.params.map(parameterOf),
    // Excel never lifts a custom function over a range: the range is the argument.
    vectorizationForbidden: true,
    ...(spec.repeating ? { repeatLastArgs: 1 } : {}),
    ...(spec.spills ? { sizeOfResultArrayMethod: sizeMethodName(spec) } : {}),
  };
}

/** The implementations never throw; if one ever did, the cell shows an internal error, not a crash. */
function runImplementation(spec: FunctionSpec, args: readonly unknown[]): FunctionResult {
  try {
    return spec.impl(args);
  } catch {
    return creditError("#VALUE!", "internal");
  }
}

function sameSize(a: ResultSize, b: ResultSize): boolean {
  return a.width === b.width && a.height === b.height;
}

/**
 * The HyperFormula function plugin of the CREDIT functions. Register it once with
 * {@link registerCreditFunctions} before building an engine.
 *
 * @example
 * registerCreditFunctions();
 * HyperFormula.buildFromArray([["=CREDIT.GRADE(72)"]], { licenseKey: "gpl-v3" }).getCellValue({ sheet: 0, row: 0, col: 0 }); // "B"
 */
export class CreditFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CREDIT_FUNCTIONS.map((spec) => [formulaName(spec), metadataOf(spec)]),
  );

  /** Evaluates one CREDIT call: Excel-style arguments in, the implementation's result out. */
  evaluateCredit(spec: FunctionSpec, ast: CallNode, state: EvaluationState): unknown {
    const context = engineContextOf(this.config.context);
    const language = context?.language ?? "en";
    const emptyArguments = ast.args.map((arg) => arg.type === "EMPTY");
    const implementation = (...values: unknown[]): unknown => {
      const read = excelArgs(values, emptyArguments);
      if (!read.ok) return read.error;
      const result = runImplementation(spec, read.args);
      if (!isTable(result)) {
        const cell = hfCell(result, language);
        return spec.spills ? this.fitSpill(spec, ast, state, { width: 1, height: 1 }, cell) : cell;
      }
      const table = hfTable(result, language);
      if (table instanceof CellError) return table;
      return this.fitSpill(spec, ast, state, { width: table.width(), height: table.height() }, table);
    };
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata(formulaName(spec)),
      implementation as never,
    );
  }

  /** The size HyperFormula reserves for a spilling CREDIT call (see `predictSpillSize`). */
  predictCreditSize(spec: FunctionSpec, ast: CallNode, state: EvaluationState): ArraySize {
    const size = this.expectedSize(spec, ast, state);
    return size.width === 1 && size.height === 1
      ? ArraySize.scalar()
      : new ArraySize(size.width, size.height);
  }

  /** What the call was sized as: the size it produced last time in this cell, else the prediction. */
  private expectedSize(spec: FunctionSpec, ast: CallNode, state: EvaluationState): ResultSize {
    const learned = engineContextOf(this.config.context)?.learnedSizes.get(
      learnedSizeKey(placeKey(state.formulaAddress), formulaName(spec)),
    );
    return (
      learned ??
      predictSpillSize(spec.id, ast.args, (index) => {
        const arg = ast.args[index];
        if (arg === undefined) return { width: 1, height: 1 };
        const size = this.arraySizeForAst(arg as never, state as never);
        return { width: size.width, height: size.height };
      })
    );
  }

  /**
   * Checks a result against the cells reserved for it. HyperFormula cannot place a result larger
   * than its reservation (it would throw), so a larger one becomes #SPILL! for now; when the call is
   * the whole formula, its real size is recorded and the workbook enters the formula again.
   */
  private fitSpill(
    spec: FunctionSpec,
    ast: CallNode,
    state: EvaluationState,
    size: ResultSize,
    value: unknown,
  ): unknown {
    const vertex = state.formulaVertex;
    // Evaluated outside a cell (a one-off calculation): nothing is reserved, everything fits.
    if (vertex === undefined) return value;
    const context = engineContextOf(this.config.context);
    const isWholeFormula = vertex.formula === ast;
    const reserved = isWholeFormula
      ? { width: vertex.width, height: vertex.height }
      : this.expectedSize(spec, ast, state);
    if (isWholeFormula && context !== null && !sameSize(reserved, size)) {
      const cell = placeKey(state.formulaAddress);
      context.learnedSizes.set(learnedSizeKey(cell, formulaName(spec)), size);
      context.resizeQueue.add(cell);
    }
    if (size.width <= reserved.width && size.height <= reserved.height) return value;
    return new CellError(
      ErrorType.SPILL,
      errorMessage(creditError("#VALUE!", "spillResized"), context?.language ?? "en"),
    );
  }
}

type CreditMethod = (this: CreditFunctionsPlugin, ast: AstNode, state: EvaluationState) => unknown;

// HyperFormula looks plugin methods up by name on the prototype; one per function, generated from
// the registry so a new CREDIT function needs no change here.
for (const spec of CREDIT_FUNCTIONS) {
  const evaluate: CreditMethod = function (ast, state) {
    return this.evaluateCredit(spec, ast as CallNode, state);
  };
  Object.defineProperty(CreditFunctionsPlugin.prototype, methodName(spec), { value: evaluate });
  if (spec.spills) {
    const size: CreditMethod = function (ast, state) {
      return this.predictCreditSize(spec, ast as CallNode, state);
    };
    Object.defineProperty(CreditFunctionsPlugin.prototype, sizeMethodName(spec), { value: size });
  }
}

/**
 * Function names per HyperFormula language: `CREDIT.GRADE` is `CREDIT.GRADE` in every language
 * (Excel does not translate add-in function names either). HyperFormula only calls a function
 * that its language package names.
 *
 * @example
 * creditFunctionTranslations().enGB["CREDIT.GRADE"]; // "CREDIT.GRADE"
 */
export function creditFunctionTranslations(): Record<string, Record<string, string>> {
  const names = Object.fromEntries(CREDIT_FUNCTIONS.map((spec) => [formulaName(spec), formulaName(spec)]));
  return Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, { ...names }]));
}

/**
 * Registers the CREDIT functions with HyperFormula (once; later calls do nothing). Engines built
 * afterwards know them. Register any extra HyperFormula language before calling this.
 *
 * @example
 * registerCreditFunctions();
 */
export function registerCreditFunctions(): void {
  if (HyperFormula.getFunctionPlugin("CREDIT.GRADE") !== undefined) return;
  HyperFormula.registerFunctionPlugin(CreditFunctionsPlugin, creditFunctionTranslations());
}
