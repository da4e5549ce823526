// Shared helpers of the ledger and aging-engine tests (not a test file itself).
import { type CreditError, isCreditError } from "../../../src/core/errors";
import {
  type AgingOptions,
  type AgingResult,
  type LedgerItems,
  type LedgerReaderOptions,
  type RawCell,
  ageLedger,
  createLedgerReader,
  detectLedgerColumns,
} from "../../../src/core/ledger";

/** Excel 1900-system serial of an ISO date, computed independently of the core (DESIGN §2: ms / 86,400,000 + 25,569). */
export const serial = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
};

/** Throws when a core call refused: tests that expect success say so loudly. */
export function ok<T>(value: T | CreditError): T {
  if (isCreditError(value))
    throw new Error(`unexpected CreditError ${value.id} ${JSON.stringify(value.params)}`);
  return value;
}

type ReadOptions = Partial<Omit<LedgerReaderOptions, "asOf">> & {
  readonly asOf: number;
  readonly blockRows?: number;
};

/** Detects the columns (unless a mapping is given), reads the rows in blocks as a host would, returns the items. */
export function readLedger(rows: readonly (readonly RawCell[])[], options: ReadOptions): LedgerItems {
  const detection = detectLedgerColumns(rows);
  const { blockRows: block = 1000, ...rest } = options;
  const reader = ok(
    createLedgerReader({
      mapping: detection.mapping,
      headerRow: detection.headerRow,
      basis: "due",
      groupBy: "customer",
      ...rest,
    }),
  );
  for (let start = 0; start < rows.length; start += block) {
    reader.addRows(rows.slice(start, start + block), start + 1);
  }
  return reader.finish();
}

/** Reads and ages a ledger in one go. */
export function ageRows(
  rows: readonly (readonly RawCell[])[],
  options: ReadOptions,
  aging: AgingOptions = {},
): AgingResult {
  return ok(ageLedger(readLedger(rows, options), aging));
}

/** An amount in cents, to compare money exactly. */
export const cents = (amount: number): number => Math.round(amount * 100);

/** The notice of that id, if any. */
export function notice(
  result: { readonly notices: readonly { readonly id: string; readonly count: number }[] },
  id: string,
) {
  return result.notices.find((n) => n.id === id);
}
