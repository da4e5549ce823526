import { type WarningSeverity } from "../../../../core/warnings";

/**
 * The Fluent badge colour of a severity: the pane's counterpart of the Warnings sheet's red, amber and blue.
 *
 * @example
 * <Badge color={SEVERITY_BADGE.high}>High</Badge>
 */
export const SEVERITY_BADGE: Readonly<Record<WarningSeverity, "danger" | "warning" | "informative">> = {
  high: "danger",
  medium: "warning",
  low: "informative",
};
