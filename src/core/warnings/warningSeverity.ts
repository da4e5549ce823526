/**
 * How urgent a warning is. The Warnings sheet and the task pane list `high` first.
 *
 * @example
 * const severity: WarningSeverity = "high";
 */
export type WarningSeverity = "high" | "medium" | "low";

/**
 * Every {@link WarningSeverity}, most urgent first: the order results are listed in.
 *
 * @example
 * WARNING_SEVERITIES.indexOf("medium"); // 1
 */
export const WARNING_SEVERITIES: readonly WarningSeverity[] = ["high", "medium", "low"];
