import { type CreditError, creditError } from "../errors";
import { columnNumber } from "../report/address";
import { LEDGER_FIELDS, type ColumnMapping, isLedgerField } from "./ledgerField";

const ITEM_SEPARATORS = /[,，;；]/u;
const COLUMN_LETTERS = /^[A-Za-z]{1,3}$/u;

function sameHeader(a: string, b: string): boolean {
  return a.normalize("NFKC").trim().toLowerCase() === b.normalize("NFKC").trim().toLowerCase();
}

/**
 * Reads column overrides as a user types them for the CLI (`--map customer=Client,dueDate=Due`): comma- or
 * semicolon-separated `field=Header` items. The field is a {@link LedgerField} name (any case); the header is
 * matched to `headers` ignoring case, surrounding spaces and full-width forms, and when no header has that text,
 * column letters relative to the range (`amount=F`) are accepted. `field=` with nothing after it maps the
 * field to no column: the result then holds the field with `undefined`, so spreading it over a detected mapping
 * (`{ ...detected, ...overrides }`) removes the guess.
 *
 * @example
 * parseFieldMapping("customer=Client, dueDate=Due", ["Client", "Due", "Amount"]); // { customer: 0, dueDate: 1 }
 * parseFieldMapping("amount=C", ["Client", "Due", "Total"]); // { amount: 2 }
 * parseFieldMapping("paid=", ["Client"]); // { paid: undefined }
 * parseFieldMapping("owner=Client", ["Client"]); // CreditError #VALUE! "mapFieldUnknown"
 */
export function parseFieldMapping(text: string, headers: readonly string[]): ColumnMapping | CreditError {
  const mapping: ColumnMapping = {};
  const items = text
    .split(ITEM_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) return creditError("#VALUE!", "mapEmpty");
  for (const item of items) {
    const equals = item.search(/[=＝]/u);
    if (equals <= 0) return creditError("#VALUE!", "mapItemMalformed", { item });
    const fieldText = item.slice(0, equals).trim();
    const header = item.slice(equals + 1).trim();
    const field = LEDGER_FIELDS.find((name) => name.toLowerCase() === fieldText.toLowerCase());
    if (field === undefined || !isLedgerField(field)) {
      return creditError("#VALUE!", "mapFieldUnknown", {
        field: fieldText,
        fields: LEDGER_FIELDS.join(", "),
      });
    }
    if (Object.prototype.hasOwnProperty.call(mapping, field)) {
      return creditError("#VALUE!", "mapFieldRepeated", { field });
    }
    if (header === "") {
      mapping[field] = undefined;
      continue;
    }
    let column = headers.findIndex((h) => sameHeader(h, header));
    if (column < 0 && COLUMN_LETTERS.test(header)) column = columnNumber(header) - 1;
    if (column < 0 || column >= headers.length) {
      return creditError("#VALUE!", "mapHeaderNotFound", { field, header, headers: headers.join(", ") });
    }
    mapping[field] = column;
  }
  return mapping;
}
