import { type Progress } from "../../../../src/host";
import { progressCounter } from "../../../../src/host/office/_lib/progress";

describe("progressCounter", () => {
  it("reports 0, each increase, and ends at the total once", () => {
    const seen: Progress[] = [];
    const progress = progressCounter("write", 10, (p) => seen.push(p));
    progress.add(4);
    progress.add(0);
    progress.add(6);
    progress.finish();
    expect(seen.map((p) => p.done)).toEqual([0, 4, 10]);
  });

  it("reports the total at the end of a write of no cells", () => {
    const seen: Progress[] = [];
    progressCounter("write", 0, (p) => seen.push(p)).finish();
    expect(seen).toEqual([{ phase: "write", done: 0, total: 0 }]);
    const filled: Progress[] = [];
    const progress = progressCounter("write", 5, (p) => filled.push(p));
    progress.finish();
    expect(filled.map((p) => p.done)).toEqual([0, 5]);
  });
});
