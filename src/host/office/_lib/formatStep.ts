/** A formatting step: a handful of commands, sized by the spec item that describes it. */
import { jsonBytes } from "./payload";
import { type StepTarget, type WriteStep } from "./writeStep";

/** Request overhead of one command (object paths and method names) on top of its arguments. */
const COMMAND_OVERHEAD_BYTES = 512;

/**
 * A step that writes no cells, sized as its spec item's JSON plus command overhead.
 *
 * @example
 * formatStep({ range: "A1:H1", bold: true }, ({ sheet }) => { sheet.getRange("A1:H1").format.font.bold = true; });
 */
export function formatStep(item: unknown, apply: (target: StepTarget) => void): WriteStep {
  return { rows: 0, bytes: jsonBytes(item) + COMMAND_OVERHEAD_BYTES, cells: 0, apply };
}
