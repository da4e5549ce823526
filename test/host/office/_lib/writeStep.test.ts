import { packSteps, type WriteStep } from "../../../../src/host/office/_lib/writeStep";

const step = (rows: number, bytes: number): WriteStep => ({
  rows,
  bytes,
  cells: rows,
  apply: () => undefined,
});

describe("packSteps", () => {
  it("fills a batch up to 20,000 rows and 4,000,000 bytes", () => {
    const sizes = (batches: WriteStep[][]) => batches.map((b) => b.map((s) => s.rows));
    // 15,000 + 5,000 = 20,000 rows fit exactly; the next 1 row starts a new batch.
    expect(sizes(packSteps([step(15_000, 10), step(5_000, 10), step(1, 10)]))).toEqual([
      [15_000, 5_000],
      [1],
    ]);
    // 3,000,000 + 1,000,000 bytes fit exactly; 1 more byte does not.
    expect(packSteps([step(1, 3_000_000), step(1, 1_000_000)])).toHaveLength(1);
    expect(packSteps([step(1, 3_000_000), step(1, 1_000_001)])).toHaveLength(2);
  });

  it("gives an oversized step a batch of its own and packs nothing into an empty list", () => {
    expect(packSteps([step(1, 10), step(1, 5_000_000), step(1, 10)]).map((b) => b.length)).toEqual([1, 1, 1]);
    expect(packSteps([])).toEqual([]);
  });
});
