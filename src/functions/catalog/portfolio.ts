/** Portfolio functions (DESIGN §3.8) over Excel arguments. */
import { isCreditError } from "../../core/errors";
import { abcClasses, coreCustomers, shareOf } from "../../core/portfolio";
import { numbersKeepingBlanks, numbersSkippingBlanks, optionalNumber, requiredNumber, toRows } from "../args";
import { type CellResult, type FunctionResult } from "../excel/values";

/** Lays a flat list of results back into the shape of the range it came from. */
function inShapeOf(value: unknown, flat: readonly CellResult[]): CellResult[][] {
  const rows = toRows(value);
  let i = 0;
  return rows.map((row) => row.map(() => flat[i++] ?? ""));
}

/** Sales of a customer list; a blank means no sales (0). */
function salesArg(sales: unknown): number[] | ReturnType<typeof numbersKeepingBlanks> {
  const list = numbersKeepingBlanks(sales, "sales");
  return isCreditError(list) ? list : list.map((x) => x ?? 0);
}

/**
 * `CREDIT.CORE(sales, [threshold])`: spills "Core" or "" beside each customer (70 % rule, the
 * customer that crosses the threshold included), in the shape of `sales`.
 *
 * @example
 * coreFn([[500], [300], [200]], null); // [["Core"], ["Core"], [""]] — 50 % then 80 % crosses 70 %
 */
export function coreFn(sales: unknown, threshold: unknown): FunctionResult {
  const list = salesArg(sales);
  if (isCreditError(list)) return list;
  const t = optionalNumber(threshold, "threshold", 0.7);
  if (isCreditError(t)) return t;
  const core = coreCustomers(list as number[], t);
  return isCreditError(core)
    ? core
    : inShapeOf(
        sales,
        core.map((c) => (c ? "Core" : "")),
      );
}

/**
 * `CREDIT.ABC(sales, [a], [b])`: spills A/B/C per customer in the shape of `sales`.
 *
 * @example
 * abcFn([[500], [300], [150], [50]], null, null); // [["A"], ["A"], ["B"], ["C"]]
 */
export function abcFn(sales: unknown, a: unknown, b: unknown): FunctionResult {
  const list = salesArg(sales);
  if (isCreditError(list)) return list;
  const aa = optionalNumber(a, "a", 0.7);
  if (isCreditError(aa)) return aa;
  const bb = optionalNumber(b, "b", 0.9);
  if (isCreditError(bb)) return bb;
  const classes = abcClasses(list as number[], aa, bb);
  return isCreditError(classes) ? classes : inShapeOf(sales, classes);
}

/**
 * `CREDIT.SHARE(value, values)`: `value` / Σ `values`.
 *
 * @example
 * shareFn(250, [[250], [750]]); // 0.25
 */
export function shareFn(value: unknown, values: unknown): FunctionResult {
  const v = requiredNumber(value, "value");
  if (isCreditError(v)) return v;
  const all = numbersSkippingBlanks(values, "values");
  return isCreditError(all) ? all : shareOf(v, all);
}
