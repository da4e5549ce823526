/**
 * The message bar every view shows a run's outcome in: an intent, an optional bold title, the text.
 * One component so that a success, a refusal or a failure reads the same in every view.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type ReactNode } from "react";

/** The bar's intent, its optional title and its body. */
export interface OutcomeBarProps {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly title?: string;
  readonly children: ReactNode;
}

/**
 * A run's outcome as a multi-line message bar.
 *
 * @example
 * <OutcomeBar intent="error" title="The report was not written">The sheet is protected.</OutcomeBar>
 */
export function OutcomeBar({ intent, title, children }: OutcomeBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
