import { isValidSerialDate } from "../../dates";
import { type CreditError, creditError } from "../../errors";
import { LEDGER_FIELDS } from "../ledgerField";
import { type LedgerReaderOptions } from "../ledgerReader";

/**
 * Why a ledger reader cannot start with these options, or `undefined`: the as-of date, the header row, every
 * mapped column, and the columns the chosen basis and grouping need.
 *
 * @example
 * checkReaderOptions({ mapping: {}, headerRow: 0, asOf: 41639, basis: "due", groupBy: "customer" }); // #VALUE! ledgerNoCustomerColumn
 */
export function checkReaderOptions(options: LedgerReaderOptions): CreditError | undefined {
  const { mapping, basis, groupBy } = options;
  if (!isValidSerialDate(options.asOf)) return creditError("#VALUE!", "dateNotValid", { arg: "asOf" });
  if (basis !== "due" && basis !== "invoice") {
    return creditError("#VALUE!", "ledgerOptionInvalid", { option: "basis", value: String(basis) });
  }
  if (groupBy !== "customer" && groupBy !== "salesperson" && groupBy !== "region") {
    return creditError("#VALUE!", "ledgerOptionInvalid", { option: "groupBy", value: String(groupBy) });
  }
  if (!Number.isInteger(options.headerRow) || options.headerRow < -1) {
    return creditError("#VALUE!", "ledgerOptionInvalid", {
      option: "headerRow",
      value: String(options.headerRow),
    });
  }
  for (const field of LEDGER_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && !(Number.isInteger(column) && column >= 0)) {
      return creditError("#VALUE!", "ledgerMappingInvalid", { field, value: String(column) });
    }
  }
  if (mapping.customer === undefined && groupBy === "customer") {
    return creditError("#VALUE!", "ledgerNoCustomerColumn");
  }
  if (mapping.amount === undefined && mapping.open === undefined) {
    return creditError("#VALUE!", "ledgerNoAmountColumn");
  }
  if (basis === "invoice" && mapping.invoiceDate === undefined) {
    return creditError("#VALUE!", "ledgerNoInvoiceDateColumn");
  }
  if (mapping.dueDate === undefined && mapping.invoiceDate === undefined) {
    return creditError("#VALUE!", "ledgerNoDateColumn");
  }
  if (groupBy !== "customer" && mapping[groupBy] === undefined) {
    return creditError("#VALUE!", "ledgerNoGroupColumn", { groupBy });
  }
  return undefined;
}
