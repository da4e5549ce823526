import { type MessageParams } from "../../errors";
import { type LedgerNotice } from "../ledgerItems";

/**
 * A notice that is only worth showing when it concerns at least one row.
 *
 * @example
 * noticeIfAny("ledgerZeroOpenSkipped", 0); // []
 * noticeIfAny("ledgerZeroOpenSkipped", 3); // [{ id: "ledgerZeroOpenSkipped", count: 3, params: { count: 3 } }]
 */
export function noticeIfAny(id: string, count: number, params: MessageParams = {}): LedgerNotice[] {
  return count > 0 ? [{ id, count, params: { count, ...params } }] : [];
}
