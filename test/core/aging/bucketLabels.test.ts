import {
  bucketCount,
  bucketEdgesFrom,
  bucketLabels,
  bucketLabelText,
  DEFAULT_BUCKET_EDGES,
  type BucketEdges,
} from "../../../src/core/aging";

describe("bucketLabels", () => {
  it("due basis: Not due, then 1-30 … 91-120, then 121+ (DESIGN §3.5)", () => {
    expect(bucketLabels(DEFAULT_BUCKET_EDGES, "due").map(bucketLabelText)).toEqual([
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "91-120",
      "121+",
    ]);
  });

  it("invoice basis: 0-30 … 91-120, then 121+", () => {
    expect(bucketLabels(DEFAULT_BUCKET_EDGES, "invoice").map(bucketLabelText)).toEqual([
      "0-30",
      "31-60",
      "61-90",
      "91-120",
      "121+",
    ]);
  });

  it("returns data the edges can translate", () => {
    expect(bucketLabels(DEFAULT_BUCKET_EDGES, "due").slice(0, 2)).toEqual([
      { key: "notDue" },
      { key: "range", from: 1, to: 30 },
    ]);
    expect(bucketLabels(DEFAULT_BUCKET_EDGES, "due").at(-1)).toEqual({ key: "over", from: 121 });
  });

  it("handles a single edge and a one-day first bucket", () => {
    const edges = bucketEdgesFrom([1, 7]) as BucketEdges;
    expect(bucketLabels(edges, "due").map(bucketLabelText)).toEqual(["Not due", "1-1", "2-7", "8+"]);
    const one = bucketEdgesFrom([45]) as BucketEdges;
    expect(bucketLabels(one, "invoice").map(bucketLabelText)).toEqual(["0-45", "46+"]);
  });

  it("bucketCount matches the number of labels", () => {
    expect(bucketCount(DEFAULT_BUCKET_EDGES, "due")).toBe(6);
    expect(bucketCount(DEFAULT_BUCKET_EDGES, "invoice")).toBe(5);
  });
});
