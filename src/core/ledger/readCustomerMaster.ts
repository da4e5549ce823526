import { detectDayOrder } from "../dates";
import { parseNumberText } from "../numbers";
import { columnLetters } from "../report/address";
import { cellText } from "./_lib/cellText";
import { customerKey } from "./_lib/customerKey";
import {
  DATE_AMBIGUOUS,
  DATE_CELL_ERROR,
  DATE_IMPOSSIBLE,
  DATE_OUT_OF_RANGE,
  DateCellReader,
} from "./_lib/dateCellReader";
import { detectColumns } from "./_lib/detectColumns";
import { MASTER_FIELD_SET } from "./_lib/masterSynonyms";
import { readTermsValue } from "./_lib/readTermsText";
import {
  type CustomerMaster,
  type CustomerMasterOptions,
  type MasterEntry,
  type MasterMapping,
} from "./customerMaster";
import { type LedgerRejection } from "./ledgerItems";
import { ledgerProblem } from "./ledgerProblem";
import { type RawCell, isBlankCell, isErrorCell } from "./rawCell";

const DATE_REASONS: Readonly<Record<number, string>> = {
  [DATE_CELL_ERROR]: "ledgerCellError",
  [DATE_AMBIGUOUS]: "ledgerDateAmbiguous",
  [DATE_IMPOSSIBLE]: "ledgerDateImpossible",
  [DATE_OUT_OF_RANGE]: "ledgerDateOutOfRange",
};

/**
 * Reads a customer master (limit, terms, grade, last review, open orders per customer) from another sheet or
 * table. Columns are detected by header words in English and Chinese (客户, 信用额度/信用額度, 账期/帳期,
 * 等级/等級/评级, 最近评审/複核日期, 在手订单 …); `mapping` overrides the detected columns field by field (a
 * field set to `undefined` is removed). Limits and open orders are numbers or number text ≥ 0; terms are days
 * ("Net 30", "30天"); the review date follows the ledger's date rules. The first row of a customer wins; later duplicates are a warning.
 *
 * Problems: those of column detection, `masterNoCustomerColumn` (blocking), `masterNoDetailColumn` (blocking:
 * no limit, terms, grade or review column), `masterDuplicateCustomers` (warning).
 *
 * @example
 * const master = readCustomerMaster([
 *   ["客户", "信用额度", "账期", "等级"],
 *   ["华东贸易", 500000, 60, "A"],
 * ]);
 * masterEntry(master, "华东贸易"); // { customer: "华东贸易", limit: 500000, terms: 60, grade: "A", lastReview: null, row: 2 }
 */
export function readCustomerMaster(
  rows: readonly (readonly RawCell[])[],
  mapping: MasterMapping = {},
  options: CustomerMasterOptions = {},
): CustomerMaster {
  const firstColumn = options.firstColumn ?? 1;
  const detected = detectColumns(rows, MASTER_FIELD_SET, firstColumn);
  const headerRow = options.headerRow ?? detected.headerRow;
  const headers =
    headerRow === detected.headerRow
      ? detected.headers
      : (rows[headerRow] ?? []).map((c) => cellText(c).trim());
  const columns: MasterMapping = { ...detected.mapping, ...mapping };
  const problems = detected.problems.filter(
    (p) => Object.keys(mapping).length === 0 || p.severity !== "blocking",
  );
  if (columns.customer === undefined) problems.push(ledgerProblem("masterNoCustomerColumn", "blocking"));
  else if ([columns.limit, columns.terms, columns.grade, columns.lastReview].every((c) => c === undefined)) {
    problems.push(ledgerProblem("masterNoDetailColumn", "blocking"));
  }

  const firstSheetRow = options.firstSheetRow ?? 1;
  const columnName = (c: number): string =>
    headers[c] !== undefined && headers[c] !== "" ? headers[c] : columnLetters(firstColumn + c);
  const rejected: LedgerRejection[] = [];
  const entries = new Map<string, MasterEntry>();
  let duplicates = 0;
  let duplicateExample = "";
  const dates = new DateCellReader(options.dayOrder ?? null, options.date1904 === true);
  const cReview = columns.lastReview;
  if ((options.dayOrder ?? null) === null && cReview !== undefined) {
    const texts = rows.slice(headerRow + 1).flatMap((row) => {
      const cell = row[cReview];
      return typeof cell === "string" ? [cell] : [];
    });
    dates.setDayOrder(detectDayOrder(texts).order);
  }

  if (columns.customer === undefined) {
    return { ...detected, headerRow, headers, mapping: columns, problems, entries, rejected };
  }
  const cCustomer = columns.customer;
  for (let r = Math.max(0, headerRow + 1); r < rows.length; r++) {
    const row = rows[r] ?? [];
    const sheetRow = firstSheetRow + r;
    const reject = (column: number, reason: string): null => {
      rejected.push({ row: sheetRow, column: columnName(column), value: cellText(row[column]), reason });
      return null;
    };
    const keyCell = row[cCustomer];
    const detailColumns = [columns.limit, columns.terms, columns.grade, columns.lastReview, columns.orders];
    if (isBlankCell(keyCell) || isErrorCell(keyCell) || typeof keyCell === "boolean") {
      const hasDetail = detailColumns.some((c) => c !== undefined && !isBlankCell(row[c]));
      if (hasDetail || isErrorCell(keyCell) || typeof keyCell === "boolean") {
        reject(cCustomer, isErrorCell(keyCell) ? "ledgerCellError" : "ledgerCustomerBlank");
      }
      continue;
    }
    const customer = cellText(keyCell).trim();
    const key = customerKey(customer);
    if (entries.has(key)) {
      duplicates += 1;
      if (duplicateExample === "") duplicateExample = customer;
      continue;
    }
    const detail = (column: number | undefined, reason: string, read: (cell: RawCell) => number | null) => {
      const value = readDetail(row, column, read);
      return typeof value === "string" ? reject(column ?? 0, value === "" ? reason : value) : value;
    };
    const review = cReview === undefined ? 0 : dates.read(row[cReview]);
    const gradeCell = columns.grade === undefined ? null : row[columns.grade];
    entries.set(key, {
      customer,
      limit: detail(columns.limit, "masterLimitUnreadable", nonNegativeAmount),
      terms: detail(columns.terms, "masterTermsUnreadable", (cell) =>
        typeof cell === "number" || typeof cell === "string" ? readTermsValue(cell) : null,
      ),
      grade: isErrorCell(gradeCell)
        ? reject(columns.grade ?? 0, "ledgerCellError")
        : isBlankCell(gradeCell)
          ? null
          : cellText(gradeCell).trim(),
      lastReview:
        review > 0
          ? review
          : review === 0
            ? null
            : reject(cReview ?? 0, DATE_REASONS[review] ?? "ledgerDateUnreadable"),
      row: sheetRow,
      // Only with an orders column, so that entries of masters without one keep their exact shape.
      ...(columns.orders === undefined
        ? {}
        : { orders: detail(columns.orders, "ledgerAmountUnreadable", nonNegativeAmount) }),
    });
  }
  if (duplicates > 0) {
    problems.push(
      ledgerProblem("masterDuplicateCustomers", "warning", { count: duplicates, example: duplicateExample }),
    );
  }
  return { ...detected, headerRow, headers, mapping: columns, problems, entries, rejected };
}

/** An amount of 0 or more (a limit, open orders), as a number or number text; `null` when it is none. */
function nonNegativeAmount(cell: RawCell): number | null {
  const value = typeof cell === "number" ? cell : typeof cell === "string" ? parseNumberText(cell) : null;
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * The number in a detail cell: `null` when the column is absent or the cell blank; otherwise a string, the
 * reason it cannot be read ("ledgerCellError" for an error cell, "" for the caller's own reason).
 */
function readDetail(
  row: readonly RawCell[],
  column: number | undefined,
  read: (cell: RawCell) => number | null,
): number | null | string {
  if (column === undefined) return null;
  const cell = row[column];
  if (cell === undefined || isBlankCell(cell)) return null;
  if (isErrorCell(cell)) return "ledgerCellError";
  return read(cell) ?? "";
}
