import { creditError } from "../../../src/core/errors";
import { DEFAULT_HOLDOUT_SHARE, splitSample } from "../../../src/core/scorecard";
import { flagsOf, ok, times } from "./scorecardTestKit";

describe("splitSample", () => {
  const flags = flagsOf([...times(700, 0), ...times(300, 1)]);

  it("keeps back 30 % of the goods and 30 % of the bads by default", () => {
    const { training, holdout } = ok(splitSample(flags));
    expect(DEFAULT_HOLDOUT_SHARE).toBe(0.3);
    const badsIn = (rows: Uint32Array) => Array.from(rows).filter((r) => flags.bad[r] === 1).length;
    // 0.3 · 700 = 210 goods and 0.3 · 300 = 90 bads held out
    expect([holdout.length, badsIn(holdout)]).toEqual([300, 90]);
    expect([training.length, badsIn(training)]).toEqual([700, 210]);
  });

  it("splits every row exactly once, each part in row order", () => {
    const { training, holdout } = ok(splitSample(flags, { seed: 9 }));
    const all = [...training, ...holdout].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(training)).toEqual([...training].sort((a, b) => a - b));
    expect(Array.from(holdout)).toEqual([...holdout].sort((a, b) => a - b));
  });

  it("gives the same split for the same seed and another for another seed", () => {
    const first = ok(splitSample(flags, { seed: 42 }));
    expect(ok(splitSample(flags, { seed: 42 }))).toEqual(first);
    expect(Array.from(ok(splitSample(flags, { seed: 43 })).holdout)).not.toEqual(Array.from(first.holdout));
  });

  it("rounds the held-out counts and leaves rows without an outcome out", () => {
    // rows 0–2 goods, 3 bad, 4 has no outcome; 25 % of 3 goods = 0.75 → 1; of 1 bad = 0.25 → 0
    const partial = {
      bad: Uint8Array.of(0, 0, 0, 1, 0),
      rows: Uint32Array.of(0, 1, 2, 3),
      goods: 3,
      bads: 1,
      blank: 1,
    };
    const { training, holdout } = ok(splitSample(partial, { holdoutShare: 0.25 }));
    expect(holdout.length).toBe(1);
    expect(partial.bad[holdout[0]!]).toBe(0);
    expect(training.length).toBe(3);
    expect([...training, ...holdout]).not.toContain(4);
  });

  it("with no holdout, trains on everything", () => {
    const { training, holdout } = ok(splitSample(flags, { holdoutShare: 0 }));
    expect([training.length, holdout.length]).toEqual([1000, 0]);
  });

  it("refuses a share outside 0 to below 1", () => {
    expect(splitSample(flags, { holdoutShare: 1 })).toEqual(
      creditError("#VALUE!", "holdoutShareOutOfRange", { value: 1 }),
    );
    expect(splitSample(flags, { holdoutShare: -0.1 })).toEqual(
      creditError("#VALUE!", "holdoutShareOutOfRange", { value: -0.1 }),
    );
    expect(splitSample(flags, { seed: Number.NaN })).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "seed" }),
    );
  });
});
