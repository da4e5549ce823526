import { type RawCell } from "../../../src/host/port";
import {
  cellValueFills,
  chartView,
  conditionalBackgrounds,
} from "../../../src/playground/grid/reportVisuals";

const key = (row: number, column: number) => row * 100 + column;
// A1:C4 — a header, then three customers with open amounts (B) and overdue shares (C).
const rows: RawCell[][] = [
  ["Customer", "Open", "Overdue %"],
  ["Acme", 400, 0],
  ["Bolt", 100, 0.5],
  ["Core", -50, 1],
];

describe("conditionalBackgrounds", () => {
  it("draws data bars as long as each value's share of the highest, none for negatives", () => {
    const backgrounds = conditionalBackgrounds(
      rows,
      [{ kind: "dataBar", range: "B2:B4", color: "#5B9BD5" }],
      key,
    );
    // 400 / 400 = 100 %, 100 / 400 = 25 %, −50 → 0 %; the colour at 40 % opacity (66 of FF).
    expect(backgrounds.get(key(2, 2))).toBe("linear-gradient(90deg, #5B9BD566 0 100%, transparent 100%)");
    expect(backgrounds.get(key(3, 2))).toBe("linear-gradient(90deg, #5B9BD566 0 25%, transparent 25%)");
    expect(backgrounds.get(key(4, 2))).toBe("linear-gradient(90deg, #5B9BD566 0 0%, transparent 0%)");
    expect(backgrounds.has(key(1, 2))).toBe(false);
  });

  it("colours a three-colour scale from the lowest through the middle to the highest value", () => {
    const backgrounds = conditionalBackgrounds(
      rows,
      [{ kind: "colorScale", range: "C2:C4", minColor: "#000000", midColor: "#808080", maxColor: "#FFFFFF" }],
      key,
    );
    expect(backgrounds.get(key(2, 3))).toBe("rgb(0, 0, 0)");
    // 0.5 is the middle of 0 … 1: the midpoint colour #808080 = rgb(128, 128, 128).
    expect(backgrounds.get(key(3, 3))).toBe("rgb(128, 128, 128)");
    expect(backgrounds.get(key(4, 3))).toBe("rgb(255, 255, 255)");
  });

  it("ignores other kinds of rule and ranges it cannot read", () => {
    expect(
      conditionalBackgrounds(
        rows,
        [
          { kind: "xlsx", range: "B2:B4", rules: [] },
          { kind: "dataBar", range: "nowhere", color: "#000000" },
        ],
        key,
      ).size,
    ).toBe(0);
  });
});

describe("cellValueFills", () => {
  const RED = "#FFC7CE";
  const AMBER = "#FFEB9C";
  const rule = (
    range: string,
    operator: "greaterThan" | "lessThan" | "equalTo" | "between",
    formula1: string,
    formula2?: string,
  ) => ({ kind: "cellValue" as const, range, operator, formula1, formula2, fill: RED });

  it("fills a weight sum below or above 100 % and leaves exactly 100 % alone", () => {
    // A1:A3 — weight sums of 99 %, 100 % and 101 %.
    const sums: RawCell[][] = [[0.99], [1], [1.01]];
    const fills = cellValueFills(
      sums,
      [rule("A1:A3", "lessThan", "1"), rule("A1:A3", "greaterThan", "1")],
      key,
    );
    expect([fills.get(key(1, 1)), fills.get(key(2, 1)), fills.get(key(3, 1))]).toEqual([RED, undefined, RED]);
  });

  it("compares text as Excel does: without regard to case, and greater than any number", () => {
    // A grade column (A) and a utilisation column (B) holding "No credit" for a D customer.
    const grades: RawCell[][] = [
      ["D", 1.5],
      ["d", "No credit"],
      ["A", 0.4],
    ];
    const fills = cellValueFills(
      grades,
      [rule("A1:A3", "equalTo", '"D"'), rule("B1:B3", "greaterThan", "1")],
      key,
    );
    expect([1, 2, 3].map((r) => fills.get(key(r, 1)))).toEqual([RED, RED, undefined]);
    expect([1, 2, 3].map((r) => fills.get(key(r, 2)))).toEqual([RED, RED, undefined]);
  });

  it("reads a blank as 0 beside a number, never matches an error value, and checks both ends of between", () => {
    const cells: RawCell[][] = [[null], [{ error: "#N/A" }], [3], [6], [1]];
    const below = cellValueFills(cells, [rule("A1:A2", "lessThan", "1")], key);
    expect([below.get(key(1, 1)), below.get(key(2, 1))]).toEqual([RED, undefined]);
    const between = cellValueFills(cells, [rule("A3:A5", "between", "1", "5")], key);
    expect([3, 4, 5].map((r) => between.get(key(r, 1)))).toEqual([RED, undefined, RED]);
  });

  it("gives the first rule that holds, and ignores rules whose value is not a literal", () => {
    const cells: RawCell[][] = [[0.5]];
    const first = { ...rule("A1", "lessThan", "1"), fill: AMBER };
    expect(cellValueFills(cells, [first, rule("A1", "lessThan", "2")], key).get(key(1, 1))).toBe(AMBER);
    expect(cellValueFills(cells, [rule("A1", "lessThan", "$B$1")], key).size).toBe(0);
  });
});

describe("chartView", () => {
  it("reads series from the header row and categories from the first column, sizes in pixels", () => {
    const chart = chartView(rows, {
      kind: "barStacked",
      sourceRange: "A1:B4",
      seriesBy: "columns",
      title: "Open by customer",
      anchor: "E2",
      width: 480,
      height: 150,
    });
    expect(chart).toEqual({
      kind: "barStacked",
      title: "Open by customer",
      row: 2,
      column: 5,
      // 480 pt × 4/3 = 640 px; 150 pt × 4/3 = 200 px.
      width: 640,
      height: 200,
      categories: ["Acme", "Bolt", "Core"],
      series: [{ name: "Open", values: [400, 100, -50] }],
    });
  });

  it("reads series by rows the other way round", () => {
    const chart = chartView(rows, {
      kind: "columnClustered",
      sourceRange: "A1:C2",
      seriesBy: "rows",
      title: "",
      anchor: "A6",
      width: 300,
      height: 300,
    });
    expect(chart?.categories).toEqual(["Open", "Overdue %"]);
    expect(chart?.series).toEqual([{ name: "Acme", values: [400, 0] }]);
  });
});
