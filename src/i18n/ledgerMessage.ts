/**
 * One wording of the ledger and aging messages (detection problems, rejected rows, notices, aging
 * errors) for every edge: the report sheet, the CLI and the task pane. The core names fields, grouping
 * columns and date orders by their code names (`dueDate`, `salesperson`, `dmy`); a credit controller
 * reads them here by their labels in the interface language, the same labels the column pickers show.
 */
import { type i18n as I18n } from "i18next";
import { isDayOrder } from "../core/dates/dayOrder";
import { type MessageParams } from "../core/errors";
import { isLedgerField } from "../core/ledger/ledgerField";
import { resolveLanguage, type SupportedLanguage } from "./language";
import { sharedI18n } from "./translate";

type LooseT = (key: string, params?: MessageParams) => string;

/** What wording a message needs: its language, a `t` in that language, and whether a key has text. */
interface Wording {
  readonly language: SupportedLanguage;
  readonly t: LooseT;
  readonly exists: (key: string) => boolean;
}

// The core joins lists with ", "; Chinese lists read with the enumeration comma.
const LIST_SEPARATORS: Readonly<Record<SupportedLanguage, string>> = {
  en: ", ",
  "zh-CN": "、",
  "zh-TW": "、",
};

const DAY_ORDER_LABELS = {
  ymd: "agingView.options.dayOrderYmd",
  mdy: "agingView.options.dayOrderMdy",
  dmy: "agingView.options.dayOrderDmy",
} as const;

// These answer a `--map` the user typed, and `--map` only takes code names: a label alone would send
// the user to type something it refuses, so the code name to type follows the label.
const TYPED_FIELD_IDS: ReadonlySet<string> = new Set([
  "mapFieldUnknown",
  "mapFieldRepeated",
  "mapHeaderNotFound",
]);

function localParams(wording: Wording, id: string, params: MessageParams): MessageParams {
  const typed = TYPED_FIELD_IDS.has(id);
  const fieldName = (text: string): string => {
    if (!isLedgerField(text)) return text;
    const label = wording.t(`agingView.fields.${text}`);
    return typed ? `${label} (${text})` : label;
  };
  const local: Record<string, string | number> = { ...params };
  const { field, fields, groupBy, order } = params;
  if (typeof field === "string") local.field = fieldName(field);
  if (typeof groupBy === "string") local.groupBy = fieldName(groupBy);
  if (typeof fields === "string") {
    local.fields = fields
      .split(",")
      .map((name) => fieldName(name.trim()))
      .join(LIST_SEPARATORS[wording.language]);
  }
  if (typeof order === "string" && isDayOrder(order)) local.order = wording.t(DAY_ORDER_LABELS[order]);
  return local;
}

function word(wording: Wording, id: string, params: MessageParams): string {
  const key = `errors:${id}`;
  // A message still missing from the tables shows the generic one with its id, never a blank or a bare id.
  if (!wording.exists(key)) return `${wording.t("errors:generic")} (${id})`;
  return wording.t(key, localParams(wording, id, params));
}

/**
 * The message of an `errors` id in `language`: ledger fields (`field`, `groupBy`, each name of a
 * comma-separated `fields`) and a date order (`order`) appear by their labels; an id without text
 * gives the generic message followed by the id.
 *
 * @example
 * ledgerMessage("zh-CN", "ledgerNoGroupColumn", { groupBy: "salesperson" }); // "按业务员汇总需要业务员列；…"
 * ledgerMessage("en", "noSuchId", {}); // "The calculation could not be completed. (noSuchId)"
 */
export function ledgerMessage(language: SupportedLanguage, id: string, params: MessageParams = {}): string {
  const i18n = sharedI18n();
  return word(
    {
      language,
      t: i18n.getFixedT(language) as LooseT,
      exists: (key) => i18n.exists(key, { lng: language }),
    },
    id,
    params,
  );
}

/**
 * {@link ledgerMessage} in the current language of an i18next instance (the task pane's, which
 * follows the user's language choice).
 *
 * @example
 * ledgerMessageIn(createI18n("zh-TW"), "fieldAmbiguous", { field: "dueDate", … }); // "到期日：…"
 */
export function ledgerMessageIn(i18n: I18n, id: string, params: MessageParams = {}): string {
  return word(
    {
      language: resolveLanguage(i18n.resolvedLanguage ?? i18n.language),
      t: i18n.t as LooseT,
      exists: (key) => i18n.exists(key),
    },
    id,
    params,
  );
}
