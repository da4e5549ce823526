import {
  bucketEdgesFrom,
  bucketIndex,
  DEFAULT_BUCKET_EDGES,
  type BucketEdges,
} from "../../../src/core/aging";
import { creditError } from "../../../src/core/errors";

describe("bucketIndex, due basis (edges 30,60,90,120)", () => {
  it.each([
    [-400, 0, "Not due"],
    [-1, 0, "Not due"],
    [0, 0, "Not due: due today"],
    [1, 1, "1-30"],
    [29, 1, "1-30"],
    [30, 1, "1-30"],
    [31, 2, "31-60"],
    [60, 2, "31-60"],
    [61, 3, "61-90"],
    [90, 3, "61-90"],
    [91, 4, "91-120"],
    [120, 4, "91-120"],
    [121, 5, "121+"],
    [10_000, 5, "121+"],
  ])("age %i → bucket %i (%s)", (age, bucket) => {
    expect(bucketIndex(age, DEFAULT_BUCKET_EDGES, "due")).toBe(bucket);
  });
});

describe("bucketIndex, invoice basis (edges 30,60,90,120)", () => {
  it.each([
    [-15, 0, "0-30, future-dated"],
    [0, 0, "0-30"],
    [30, 0, "0-30"],
    [31, 1, "31-60"],
    [60, 1, "31-60"],
    [61, 2, "61-90"],
    [90, 2, "61-90"],
    [91, 3, "91-120"],
    [120, 3, "91-120"],
    [121, 4, "121+"],
  ])("age %i → bucket %i (%s)", (age, bucket) => {
    expect(bucketIndex(age, DEFAULT_BUCKET_EDGES, "invoice")).toBe(bucket);
  });
});

describe("bucketIndex, other edges", () => {
  it("uses the given edges", () => {
    const edges = bucketEdgesFrom([7, 14]) as BucketEdges;
    expect(bucketIndex(7, edges, "due")).toBe(1);
    expect(bucketIndex(8, edges, "due")).toBe(2);
    expect(bucketIndex(14, edges, "due")).toBe(2);
    expect(bucketIndex(15, edges, "due")).toBe(3);
  });

  it("refuses an age that is not a finite number", () => {
    expect(bucketIndex(Number.NaN, DEFAULT_BUCKET_EDGES, "due")).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "ageDays" }),
    );
    expect(bucketIndex(Number.POSITIVE_INFINITY, DEFAULT_BUCKET_EDGES, "invoice")).toEqual(
      creditError("#VALUE!", "numberNotFinite", { arg: "ageDays" }),
    );
  });
});
