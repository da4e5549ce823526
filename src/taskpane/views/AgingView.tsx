/** The aging view: buckets the open items of a ledger sheet (DESIGN §3.5). Empty until the host exists. */
import { CalendarClockRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./_lib/EmptyState";

/**
 * The Aging view.
 *
 * @example
 * <AgingView />
 */
export function AgingView() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={CalendarClockRegular} title={t("aging.title")} description={t("aging.description")} />
  );
}
