import { type BinDescription } from "../scorecard";
import { fillPlaceholders } from "./_lib/excelText";
import { type BinTextLabels } from "./binTextLabels";

/**
 * A bin as a reader sees it: a range of numbers (`12 to < 24`), its levels joined by commas, or the missing
 * bin. Numbers print as JavaScript writes them (`0.5`, `1250`), never rounded: a cut point shown rounded would
 * put a value in a different bin than the one it appears to belong to.
 *
 * @example
 * binText({ kind: "range", from: 12, to: 24 }, labels); // "12 to < 24"
 * binText({ kind: "range", from: null, to: 12 }, labels); // "< 12"
 * binText({ kind: "levels", levels: ["A30", "A31"] }, labels); // "A30, A31"
 */
export function binText(description: BinDescription, labels: BinTextLabels): string {
  if (description.kind === "missing") return labels.missing;
  if (description.kind === "levels") return description.levels.join(", ");
  const { from, to } = description;
  if (from === null && to === null) return labels.anyValue;
  if (from === null) return fillPlaceholders(labels.below, { to: String(to) });
  if (to === null) return fillPlaceholders(labels.atLeast, { from: String(from) });
  return fillPlaceholders(labels.between, { from: String(from), to: String(to) });
}
