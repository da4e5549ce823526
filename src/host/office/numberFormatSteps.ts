/** Number formats as write steps: `Range.numberFormat` takes one format per cell, so big ranges go in blocks. */
import { type NumberFormatSpec } from "../../core/report";
import { HostError } from "../port";
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from "./_lib/payload";
import { parseRangeAddress } from "./_lib/rangeParts";
import { type WriteStep } from "./_lib/writeStep";
import { MAX_BLOCK_ROWS } from "./blockRows";

/**
 * Steps setting one number format over a range, in row blocks of at most `maxRows` rows and
 * `maxBytes` bytes (the format text repeated once per cell).
 *
 * @example
 * numberFormatSteps({ range: "C2:H50001", format: "#,##0.00" });
 * // 3 steps: rows 2–20001, 20002–40001, 40002–50001, each a 2-D array of "#,##0.00"
 */
export function numberFormatSteps(
  spec: NumberFormatSpec,
  maxRows: number = MAX_BLOCK_ROWS,
  maxBytes: number = PAYLOAD_BUDGET_BYTES,
): WriteStep[] {
  const parts = parseRangeAddress(spec.range);
  if (!parts) throw new HostError("hostFailure", { address: spec.range }, "unreadableAddress");
  const cellBytes = jsonBytes(spec.format) + 1;
  const rowBytes = parts.columnCount * cellBytes + 2;
  const rowsPerStep = Math.max(1, Math.min(maxRows, Math.floor((maxBytes - 2) / rowBytes)));
  const steps: WriteStep[] = [];
  for (let offset = 0; offset < parts.rowCount; offset += rowsPerStep) {
    const rows = Math.min(rowsPerStep, parts.rowCount - offset);
    steps.push({
      rows,
      bytes: rows * rowBytes + 2,
      cells: 0,
      apply: ({ sheet }) => {
        const formats: string[][] = [];
        for (let r = 0; r < rows; r++) formats.push(new Array<string>(parts.columnCount).fill(spec.format));
        sheet.getRangeByIndexes(
          parts.row - 1 + offset,
          parts.column - 1,
          rows,
          parts.columnCount,
        ).numberFormat = formats;
      },
    });
  }
  return steps;
}
