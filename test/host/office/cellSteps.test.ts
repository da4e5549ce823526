import { HostError } from "../../../src/host";
import { type StepTarget } from "../../../src/host/office/_lib/writeStep";
import { cellSteps } from "../../../src/host/office/cellSteps";
import { numberFormatSteps } from "../../../src/host/office/numberFormatSteps";

/** A target that records what steps set, by range. */
function recorder() {
  const writes: { at: [number, number, number, number]; property: string; value: unknown }[] = [];
  const sheet = {
    getRangeByIndexes: (r: number, c: number, n: number, m: number) => {
      const record = (property: string) => (value: unknown) =>
        writes.push({ at: [r, c, n, m], property, value });
      return {
        set values(v: unknown) {
          record("values")(v);
        },
        set formulas(v: unknown) {
          record("formulas")(v);
        },
        set numberFormat(v: unknown) {
          record("numberFormat")(v);
        },
      };
    },
  };
  const target = { sheet, tables: [], temporaryTableName: () => "T" } as unknown as StepTarget;
  return { writes, target };
}

describe("cellSteps", () => {
  it("writes a block from its top-left cell, padding short rows with null", () => {
    const { writes, target } = recorder();
    const steps = cellSteps({ topLeft: "C5", rows: [["Customer", "Open"], ["Acme"]] });
    expect(steps.map((s) => [s.rows, s.cells])).toEqual([[2, 3]]);
    steps.forEach((s) => s.apply(target));
    // C5 is row index 4, column index 2; the block is 2 rows × 2 columns.
    expect(writes).toEqual([
      {
        at: [4, 2, 2, 2],
        property: "values",
        value: [
          ["Customer", "Open"],
          ["Acme", null],
        ],
      },
    ]);
  });

  it("uses Range.formulas only for pieces that hold a formula", () => {
    const { writes, target } = recorder();
    const rows = [["a"], [{ formula: "=A1" }], ["c"]];
    cellSteps({ topLeft: "A1", rows }, 2).forEach((s) => s.apply(target));
    expect(writes.map((w) => [w.at, w.property])).toEqual([
      [[0, 0, 2, 1], "formulas"],
      [[2, 0, 1, 1], "values"],
    ]);
  });

  it("cuts pieces at the row cap and the byte budget, measuring converted rows", () => {
    const rows = ["ra", "rb", "rc", "rd", "re"].map((text) => [text]);
    expect(cellSteps({ topLeft: "A1", rows }, 2).map((s) => s.rows)).toEqual([2, 2, 1]);
    // Each converted row ["ra"] is 6 bytes + 1 separator = 7; a piece starts at 2 bytes ([]):
    // 2 + 7 + 7 = 16 fits a budget of 16, a third row (23) does not.
    const pieces = cellSteps({ topLeft: "A1", rows }, 20_000, 16);
    expect(pieces.map((s) => [s.rows, s.bytes])).toEqual([
      [2, 16],
      [2, 16],
      [1, 9],
    ]);
  });

  it("counts the quote prefix in the bytes it measures", () => {
    // ["'1-30"] is 9 bytes, + 1 separator + 2 for the brackets of the piece = 12.
    expect(cellSteps({ topLeft: "A1", rows: [["1-30"]] })[0]?.bytes).toBe(12);
  });

  it("writes nothing for an empty block and refuses an unreadable address", () => {
    expect(cellSteps({ topLeft: "A1", rows: [[], []] })).toEqual([]);
    expect(() => cellSteps({ topLeft: "A0", rows: [[1]] })).toThrow(
      new HostError("hostFailure", { address: "A0" }, "unreadableAddress"),
    );
  });
});

describe("numberFormatSteps", () => {
  it("repeats the format per cell in blocks of at most 20,000 rows", () => {
    const steps = numberFormatSteps({ range: "D2:E50001", format: "0.0%" });
    // 50,000 rows → 20,000 + 20,000 + 10,000.
    expect(steps.map((s) => s.rows)).toEqual([20_000, 20_000, 10_000]);
    // A row is ["0.0%","0.0%"]: 2 × (6 + 1) + 2 = 16 bytes; 10,000 rows + 2 brackets = 160,002.
    expect(steps[2]?.bytes).toBe(160_002);
    const { writes, target } = recorder();
    steps[2]?.apply(target);
    expect(writes[0]?.at).toEqual([40_001, 3, 10_000, 2]);
    expect((writes[0]?.value as string[][])[9_999]).toEqual(["0.0%", "0.0%"]);
  });

  it("keeps each block within the byte budget", () => {
    // 16 bytes a row; a 1,000-byte budget holds ⌊(1,000 − 2) / 16⌋ = 62 rows.
    expect(numberFormatSteps({ range: "A1:B100", format: "0.0%" }, 20_000, 1_000).map((s) => s.rows)).toEqual(
      [62, 38],
    );
  });
});
