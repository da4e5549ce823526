import fc from "fast-check";
import {
  bucketEdgesFrom,
  DEFAULT_BUCKET_EDGES,
  MAX_BUCKET_EDGES,
  parseBucketEdges,
} from "../../../src/core/aging";
import { creditError } from "../../../src/core/errors";

describe("parseBucketEdges", () => {
  it("reads the ERPNext-style default text", () => {
    expect(parseBucketEdges("30,60,90,120")).toEqual([30, 60, 90, 120]);
  });

  it.each([
    ["spaces", "30 60  90 120"],
    ["comma and space", "30, 60, 90, 120"],
    ["Chinese full-width comma", "30，60，90，120"],
    ["semicolons", "30;60;90;120"],
    ["full-width semicolons", "30；60；90；120"],
    ["enumeration comma", "30、60、90、120"],
    ["full-width digits", "３０，６０，９０，１２０"],
    ["a trailing comma and padding", "  30,60,90,120, "],
  ])("accepts %s", (_, text) => {
    expect(parseBucketEdges(text)).toEqual([30, 60, 90, 120]);
  });

  it("accepts a single edge", () => {
    expect(parseBucketEdges("45")).toEqual([45]);
  });

  it("refuses text without edges", () => {
    expect(parseBucketEdges("")).toEqual(creditError("#VALUE!", "bucketEdgesEmpty"));
    expect(parseBucketEdges(" , ;")).toEqual(creditError("#VALUE!", "bucketEdgesEmpty"));
  });

  it("names the item that is not a whole number of days", () => {
    expect(parseBucketEdges("30,sixty,90")).toEqual(
      creditError("#VALUE!", "bucketEdgeNotWholeDays", { position: 2, item: "sixty" }),
    );
    expect(parseBucketEdges("30,45.5")).toEqual(
      creditError("#VALUE!", "bucketEdgeNotWholeDays", { position: 2, item: "45.5" }),
    );
    expect(parseBucketEdges("30d,60")).toEqual(
      creditError("#VALUE!", "bucketEdgeNotWholeDays", { position: 1, item: "30d" }),
    );
  });

  it("refuses zero and negative edges", () => {
    expect(parseBucketEdges("0,30")).toEqual(
      creditError("#VALUE!", "bucketEdgeNotPositive", { position: 1, item: "0" }),
    );
    expect(parseBucketEdges("30,-60")).toEqual(
      creditError("#VALUE!", "bucketEdgeNotPositive", { position: 2, item: "-60" }),
    );
  });

  it("refuses edges that are not strictly ascending", () => {
    expect(parseBucketEdges("30,60,60")).toEqual(
      creditError("#VALUE!", "bucketEdgesNotAscending", { position: 3, item: "60", previous: 60 }),
    );
    expect(parseBucketEdges("60,30")).toEqual(
      creditError("#VALUE!", "bucketEdgesNotAscending", { position: 2, item: "30", previous: 60 }),
    );
  });

  it("allows exactly MAX_BUCKET_EDGES edges and refuses one more", () => {
    const edges = Array.from({ length: MAX_BUCKET_EDGES }, (_, i) => (i + 1) * 10);
    expect(MAX_BUCKET_EDGES).toBe(20);
    expect(parseBucketEdges(edges.join(","))).toEqual(edges);
    expect(parseBucketEdges([...edges, 999].join(","))).toEqual(
      creditError("#VALUE!", "bucketEdgesTooMany", { count: 21, max: 20 }),
    );
  });
});

describe("bucketEdgesFrom", () => {
  it("accepts positive ascending whole numbers and copies them", () => {
    const list = [30, 60, 90];
    const edges = bucketEdgesFrom(list);
    list[0] = 999;
    expect(edges).toEqual([30, 60, 90]);
    expect(Object.isFrozen(edges)).toBe(true);
  });

  it("names the offending edge", () => {
    expect(bucketEdgesFrom([])).toEqual(creditError("#VALUE!", "bucketEdgesEmpty"));
    expect(bucketEdgesFrom([30, 60.5])).toEqual(
      creditError("#VALUE!", "bucketEdgeNotWholeDays", { position: 2, item: "60.5" }),
    );
    expect(bucketEdgesFrom([Number.NaN])).toEqual(
      creditError("#VALUE!", "bucketEdgeNotWholeDays", { position: 1, item: "NaN" }),
    );
    expect(bucketEdgesFrom([-1])).toEqual(
      creditError("#VALUE!", "bucketEdgeNotPositive", { position: 1, item: "-1" }),
    );
    expect(bucketEdgesFrom([1, 1])).toEqual(
      creditError("#VALUE!", "bucketEdgesNotAscending", { position: 2, item: "1", previous: 1 }),
    );
    expect(bucketEdgesFrom(Array.from({ length: 21 }, (_, i) => i + 1))).toEqual(
      creditError("#VALUE!", "bucketEdgesTooMany", { count: 21, max: 20 }),
    );
  });

  it("accepts the smallest valid edge, 1", () => {
    expect(bucketEdgesFrom([1])).toEqual([1]);
  });

  it("agrees with parseBucketEdges on any valid list", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 3650 }), { minLength: 1, maxLength: 20 }),
        (raw) => {
          const sorted = [...raw].sort((x, y) => x - y);
          expect(parseBucketEdges(sorted.join(", "))).toEqual(sorted);
          expect(bucketEdgesFrom(sorted)).toEqual(sorted);
        },
      ),
    );
  });

  it("DEFAULT_BUCKET_EDGES is 30, 60, 90, 120", () => {
    expect(DEFAULT_BUCKET_EDGES).toEqual([30, 60, 90, 120]);
  });
});
