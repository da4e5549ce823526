/** The scorecards view: weighted risk-factor scoring and limits (DESIGN §3.2, §3.4). Empty until the host exists. */
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./_lib/EmptyState";

/**
 * The Scorecards view.
 *
 * @example
 * <ScorecardsView />
 */
export function ScorecardsView() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={ClipboardTaskListLtrRegular}
      title={t("scorecards.title")}
      description={t("scorecards.description")}
    />
  );
}
