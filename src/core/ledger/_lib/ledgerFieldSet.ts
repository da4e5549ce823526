import { LEDGER_FIELDS, type LedgerField } from "../ledgerField";
import { type FieldSet } from "./detectColumns";
import { LEDGER_SYNONYMS } from "./ledgerSynonyms";

/**
 * The ledger's fields for column detection, with the kind of values each column must mostly hold.
 *
 * @example
 * LEDGER_FIELD_SET.kinds.dueDate; // "date"
 */
export const LEDGER_FIELD_SET: FieldSet<LedgerField> = {
  fields: LEDGER_FIELDS,
  synonyms: LEDGER_SYNONYMS,
  kinds: {
    customer: "any",
    invoice: "any",
    invoiceDate: "date",
    dueDate: "date",
    termsDays: "days",
    amount: "amount",
    paid: "amount",
    open: "amount",
    settledDate: "date",
    currency: "any",
    salesperson: "any",
    region: "any",
  },
};
