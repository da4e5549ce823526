/** The warnings view: runs the warning rules over every customer (DESIGN §3.9). Empty until the host exists. */
import { WarningRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./_lib/EmptyState";

/**
 * The Warnings view.
 *
 * @example
 * <WarningsView />
 */
export function WarningsView() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={WarningRegular} title={t("warnings.title")} description={t("warnings.description")} />
  );
}
