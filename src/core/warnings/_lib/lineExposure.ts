import { type MasterEntry } from "../../ledger";
import { type CheckContext } from "./checkContext";

/**
 * A line's exposure in minor units: its open receivables plus the customer's open orders from the master
 * (DESIGN §3.4), the orders taken to be in the line's currency as the limit is.
 *
 * @example
 * lineExposureMinor(ctx, line, { ...entry, orders: 500 }); // open minor units + 50000 in a two-decimal currency
 */
export function lineExposureMinor(ctx: CheckContext, line: number, entry: MasterEntry | undefined): number {
  const open = ctx.lines.openMinor[line] as number;
  const orders = entry?.orders ?? 0;
  if (orders === null || orders === 0) return open;
  const decimals = ctx.ledger.currencyDecimals[ctx.lines.currency[line] as number] ?? 2;
  return open + Math.round(orders * 10 ** decimals);
}
