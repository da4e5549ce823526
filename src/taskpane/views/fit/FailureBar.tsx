/**
 * An error MessageBar for a step that failed: its title and the failure worded as the other views word it
 * (a CreditError by its message id, a host failure by its code).
 */
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { failureText } from "../aging/_lib/messageText";

/** The title of the bar and what went wrong. */
export interface FailureBarProps {
  readonly title?: string;
  readonly error: unknown;
  /** The sheet or table the failure concerns, for host errors that do not name it. */
  readonly name?: string;
}

/**
 * The failure's message bar.
 *
 * @example
 * <FailureBar title="The card could not be fitted" error={creditError("#VALUE!", "scorecardNoCharacteristics")} />
 */
export function FailureBar({ title, error, name }: FailureBarProps) {
  const { i18n } = useTranslation();
  return (
    <OutcomeBar intent="error" title={title}>
      {failureText(i18n, error, name)}
    </OutcomeBar>
  );
}
