import { predictSpillSize } from "../../../../src/host/embedded/_lib/spillSize";
import { literalArgument } from "../../../../src/host/embedded/_lib/literalArgument";
import { type AstNode } from "../../../../src/host/embedded/_lib/hfInternals";

const str = (value: string) => ({ type: "STRING", value });
const num = (value: number) => ({ type: "NUMBER", value });
const ref = { type: "CELL_REFERENCE" };
const oneCell = () => ({ width: 1, height: 1 });

describe("literalArgument", () => {
  it("reads literals and nothing else", () => {
    expect(literalArgument(undefined)).toEqual({ known: true, value: null });
    expect(literalArgument({ type: "EMPTY" })).toEqual({ known: true, value: null });
    expect(literalArgument({ type: "MINUS_UNARY_OP", value: num(5) })).toEqual({ known: true, value: -5 });
    expect(literalArgument({ type: "PARENTHESES", expression: str("a") } as never)).toEqual({
      known: true,
      value: "a",
    });
    expect(literalArgument({ type: "ARRAY", args: [[num(30), num(60)]] })).toEqual({
      known: true,
      value: [[30, 60]],
    });
    expect(literalArgument({ type: "ARRAY", args: [[num(30), ref]] })).toEqual({ known: false });
    expect(literalArgument(ref)).toEqual({ known: false });
  });
});

describe("predictSpillSize", () => {
  const agingArgs = (buckets?: AstNode, basis?: AstNode): AstNode[] => [
    ref,
    ref,
    ref,
    ...(buckets ? [buckets] : []),
    ...(basis ? [basis] : []),
  ];

  it("sizes AGING from its literal buckets and basis", () => {
    // default edges 30,60,90,120 on the due basis: Not due + 4 ranges + 121+ = 6
    expect(predictSpillSize("AGING", agingArgs(), oneCell)).toEqual({ width: 6, height: 2 });
    // invoice basis: 4 ranges + 121+ = 5
    expect(predictSpillSize("AGING", agingArgs({ type: "EMPTY" }, str("Invoice")), oneCell)).toEqual({
      width: 5,
      height: 2,
    });
    // 30,60 due: Not due, 1-30, 31-60, 61+ = 4
    expect(predictSpillSize("AGING", agingArgs(str("30,60")), oneCell)).toEqual({ width: 4, height: 2 });
    // a reference is assumed to hold the defaults until evaluated
    expect(predictSpillSize("AGING", agingArgs(ref, ref), oneCell)).toEqual({ width: 6, height: 2 });
    // invalid literals make the result one error cell
    expect(predictSpillSize("AGING", agingArgs(str("sixty")), oneCell)).toEqual({ width: 1, height: 1 });
    expect(predictSpillSize("AGING", agingArgs(undefined, str("weekly")), oneCell)).toEqual({
      width: 1,
      height: 1,
    });
  });

  it("sizes the others from their arguments' shapes", () => {
    expect(predictSpillSize("LIMITS", [], oneCell)).toEqual({ width: 5, height: 2 });
    // 4 history columns (3 buckets + write-off) → 3 loss rates
    expect(predictSpillSize("ROLLRATES", [ref], () => ({ width: 4, height: 12 }))).toEqual({
      width: 3,
      height: 1,
    });
    expect(predictSpillSize("CORE", [ref], () => ({ width: 1, height: 40 }))).toEqual({
      width: 1,
      height: 40,
    });
    expect(predictSpillSize("ABC", [ref], () => ({ width: 7, height: 1 }))).toEqual({ width: 7, height: 1 });
    expect(predictSpillSize("WOE", [ref, ref], () => ({ width: 1, height: 8 }))).toEqual({
      width: 1,
      height: 8,
    });
    expect(predictSpillSize("GRADE", [ref], oneCell)).toEqual({ width: 1, height: 1 });
  });
});
