/**
 * Every failure the aging view shows, as text in the interface language: core errors and ledger
 * problems by their message id (`errors` namespace, worded by `ledgerMessageIn` as the report and the
 * CLI word them), host failures by their code, anything else with its own message. Nothing is
 * swallowed: an id without a translation still shows, with the id.
 */
import { type i18n as I18n } from "i18next";
import { type MessageParams, isCreditError } from "../../../../core/errors";
import { type LedgerProblem } from "../../../../core/ledger";
import { HostError } from "../../../../host";
import { ledgerMessageIn } from "../../../../i18n";

type LooseT = (key: string, params?: MessageParams) => string;

/**
 * The message of an error, rejection or notice id from the `errors` namespace; a ledger field it names
 * is shown by its label, not its code name.
 *
 * @example
 * errorText(i18n, "bucketEdgesEmpty", {}); // "buckets has no day boundaries; …"
 */
export function errorText(i18n: I18n, id: string, params: MessageParams): string {
  return ledgerMessageIn(i18n, id, params);
}

/**
 * The message of a ledger detection problem; a field it names is shown by its label, not its code name.
 *
 * @example
 * problemText(i18n, { id: "fieldAmbiguous", severity: "warning", params: { field: "customer", … } });
 */
export function problemText(i18n: I18n, problem: LedgerProblem): string {
  return errorText(i18n, problem.id, problem.params);
}

/**
 * The message of anything a host call or a run threw. `name` names the sheet or table the call was
 * about, because hosts do not agree on the parameter that carries it.
 *
 * @example
 * failureText(i18n, new HostError("sheetNotOwned", { sheet: "Aging 2026-10-31" }), "Aging 2026-10-31");
 * // "A sheet named Aging 2026-10-31 already exists and was not written by CreditKit, …"
 */
export function failureText(i18n: I18n, error: unknown, name = ""): string {
  const t = i18n.t as LooseT;
  if (error instanceof HostError) {
    const { params } = error;
    const named = params.sheet ?? params.name ?? params.table ?? name;
    return t(`agingView.hostErrors.${error.code}`, {
      name: String(named),
      detail: error.causeText ?? error.message,
    });
  }
  if (isCreditError(error)) return errorText(i18n, error.id, error.params);
  const detail = error instanceof Error ? error.message : String(error);
  return t("agingView.hostErrors.unexpected", { detail });
}
