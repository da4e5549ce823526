import { type CreditError, creditError, isCreditError } from "../../errors";
import { averageDaysDelinquent, bestPossibleDso, simpleDso } from "../../kpi";
import { normaliseCurrency } from "../../money";
import { type AgingKpis } from "../agingResult";

/**
 * Credit sales of the period the DSO is measured against.
 *
 * @example
 * const sales: SalesFigure = { creditSales: 1_825_000, days: 365, currency: "USD" };
 */
export interface SalesFigure {
  readonly creditSales: number;
  /** Days in the period (default 365). */
  readonly days?: number;
  /** Currency of the sales; may be omitted when the ledger has one currency. */
  readonly currency?: string;
}

/**
 * DSO, best possible DSO and average days delinquent of one currency's receivables (DESIGN §3.6), from the
 * open and not-yet-due totals per currency. The sales figure says its currency unless the ledger has only one.
 *
 * @example
 * portfolioKpis({ creditSales: 1825000 }, new Map([["USD", { open: 250000, notDue: 150000 }]]));
 * // { currency: "USD", dso: 50, bestPossibleDso: 30, averageDaysDelinquent: 20, ... }
 */
export function portfolioKpis(
  sales: SalesFigure,
  totals: ReadonlyMap<string, { readonly open: number; readonly notDue: number }>,
): AgingKpis | CreditError {
  const days = sales.days ?? 365;
  let currency: string;
  if (sales.currency !== undefined && sales.currency.trim() !== "")
    currency = normaliseCurrency(sales.currency);
  else if (totals.size <= 1) currency = [...totals.keys()][0] ?? "";
  else
    return creditError("#VALUE!", "agingSalesCurrencyNeeded", { currencies: [...totals.keys()].join(", ") });
  const figures = totals.get(currency) ?? { open: 0, notDue: 0 };
  const dso = simpleDso(figures.open, sales.creditSales, days);
  if (isCreditError(dso)) return dso;
  const best = bestPossibleDso(figures.notDue, sales.creditSales, days);
  if (isCreditError(best)) return best;
  const delinquent = averageDaysDelinquent(dso, best);
  if (isCreditError(delinquent)) return delinquent;
  return {
    currency,
    receivables: figures.open,
    currentReceivables: figures.notDue,
    creditSales: sales.creditSales,
    days,
    dso,
    bestPossibleDso: best,
    averageDaysDelinquent: delinquent,
  };
}
