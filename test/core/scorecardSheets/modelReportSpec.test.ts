import { type CellInput, parseCellAddress, type SheetSpec } from "../../../src/core/report";
import { type RawValue } from "../../../src/core/scorecard";
import {
  binText,
  type CandidateIv,
  modelReportSpec,
  scoreBandTable,
} from "../../../src/core/scorecardSheets";
import { fitTable, REPORT_LABELS } from "./_lib/fitKit";

/** Every cell a spec writes, by A1 address. */
function cellsOf(spec: SheetSpec): Map<string, CellInput> {
  const cells = new Map<string, CellInput>();
  for (const block of spec.blocks) {
    const origin = parseCellAddress(block.topLeft)!;
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        let n = origin.column + c;
        let letters = "";
        while (n > 0) {
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
          n = Math.floor((n - 1) / 26);
        }
        cells.set(`${letters}${origin.row + r}`, cell);
      }),
    );
  }
  return cells;
}

/** The row whose column A holds `label`, from `after` on. */
function rowOf(cells: Map<string, CellInput>, label: string, after = 1): number {
  for (let row = after; row < 2000; row++) if (cells.get(`A${row}`) === label) return row;
  throw new Error(`no row labelled ${label}`);
}

describe("binText", () => {
  it("words ranges, levels and the missing bin", () => {
    expect(binText({ kind: "range", from: null, to: 12 }, REPORT_LABELS)).toBe("< 12");
    expect(binText({ kind: "range", from: 12, to: 24.5 }, REPORT_LABELS)).toBe("12 to < 24.5");
    expect(binText({ kind: "range", from: 24.5, to: null }, REPORT_LABELS)).toBe("≥ 24.5");
    expect(binText({ kind: "range", from: null, to: null }, REPORT_LABELS)).toBe("any number");
    expect(binText({ kind: "levels", levels: ["A30", "A31"] }, REPORT_LABELS)).toBe("A30, A31");
    expect(binText({ kind: "missing" }, REPORT_LABELS)).toBe("Missing (blank)");
  });
});

describe("scoreBandTable", () => {
  it("cuts the training scores into bands of equal size and counts both samples in them", () => {
    // Training rows 0–9 score 500, 510, …, 590; five bands cut at the 3rd, 5th, 7th and 9th lowest: 520,
    // 540, 560, 580. Bads among them: rows 0, 1, 2 and 7 (500, 510, 520, 570).
    // Holdout rows 10–13 score 505, 525, 600, 515; bads: rows 10 and 11.
    const scores = [500, 510, 520, 530, 540, 550, 560, 570, 580, 590, 505, 525, 600, 515];
    const bad = [1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0];
    const split = {
      training: Uint32Array.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
      holdout: Uint32Array.of(10, 11, 12, 13),
    };
    expect(scoreBandTable(scores, bad, split, 5)).toEqual([
      { from: null, to: 520, training: { rows: 2, bads: 2 }, holdout: { rows: 2, bads: 1 } },
      { from: 520, to: 540, training: { rows: 2, bads: 1 }, holdout: { rows: 1, bads: 1 } },
      { from: 540, to: 560, training: { rows: 2, bads: 0 }, holdout: { rows: 0, bads: 0 } },
      { from: 560, to: 580, training: { rows: 2, bads: 1 }, holdout: { rows: 0, bads: 0 } },
      { from: 580, to: null, training: { rows: 2, bads: 0 }, holdout: { rows: 1, bads: 0 } },
    ]);
  });

  it("has no holdout tallies without a holdout", () => {
    const split = { training: Uint32Array.of(0, 1), holdout: new Uint32Array(0) };
    expect(scoreBandTable([1, 2], [1, 0], split, 2)).toEqual([
      { from: null, to: 2, training: { rows: 1, bads: 1 }, holdout: null },
      { from: 2, to: null, training: { rows: 1, bads: 0 }, holdout: null },
    ]);
  });
});

describe("modelReportSpec", () => {
  // 200 rows: Grade A is bad 1 in 10, B 1 in 2; Term ≥ 24 months is bad 1 in 2, shorter 1 in 5.
  const grade: RawValue[] = [];
  const term: RawValue[] = [];
  const outcome: RawValue[] = [];
  for (let i = 0; i < 200; i++) {
    const isA = i % 2 === 0;
    const long = i % 4 < 2;
    grade.push(isA ? "A" : "B");
    term.push(long ? 36 : 12);
    const badEvery = isA ? (long ? 5 : 20) : long ? 2 : 3;
    outcome.push(Math.floor(i / 4) % badEvery === 0 ? "bad" : "good");
  }
  const { card } = fitTable(
    [
      { name: "Grade", values: grade },
      { name: "Term", values: term },
    ],
    outcome,
    { good: ["good"], bad: ["bad"] },
  );
  const candidates: CandidateIv[] = [
    { name: "Grade", kind: "categorical", bins: 2, iv: 0.5, strength: "strong", inCard: true, note: "" },
    {
      name: "Customer",
      kind: "categorical",
      bins: 0,
      iv: null,
      strength: null,
      inCard: false,
      note: "an id",
    },
  ];
  const bands = [
    { from: null, to: 600, training: { rows: 4, bads: 3 }, holdout: { rows: 2, bads: 1 } },
    { from: 600, to: null, training: { rows: 6, bads: 1 }, holdout: { rows: 0, bads: 0 } },
  ];
  const spec = modelReportSpec(card, REPORT_LABELS, {
    source: "Loans",
    outcome: { header: "Status", good: ["good"], bad: ["bad"] },
    sample: {
      rows: 200,
      goods: card.training.goods,
      bads: card.training.bads,
      blank: 0,
      training: 140,
      holdout: 60,
      holdoutShare: 0.3,
      seed: 1,
    },
    candidates,
    bands,
  });
  const cells = cellsOf(spec);

  it("is the Model report sheet, titled with the source and the outcome mapping", () => {
    expect(spec.name).toBe("Model report");
    expect(cells.get("A1")).toBe("Model report — Loans");
    expect(cells.get("A2")).toBe("Outcome column “Status”: good = good, bad = bad");
  });

  it("shows KS, AUC and Gini of training and holdout side by side", () => {
    const auc = rowOf(cells, "AUC");
    expect([cells.get(`B${auc}`), cells.get(`C${auc}`)]).toEqual([card.training.auc, card.holdout!.auc]);
    const ks = rowOf(cells, "KS");
    expect([cells.get(`B${ks}`), cells.get(`C${ks}`)]).toEqual([card.training.ks, card.holdout!.ks]);
    const gini = rowOf(cells, "Gini");
    expect(cells.get(`B${gini}`)).toBe(card.training.gini);
  });

  it("lists the intercept and each coefficient with its standard error, z and p-value", () => {
    const intercept = rowOf(cells, "Intercept");
    expect([2, 3, 4, 5].map((c) => cells.get(`${"ABCDE"[c - 1]}${intercept}`))).toEqual([
      card.intercept.estimate,
      card.intercept.standardError,
      card.intercept.z,
      card.intercept.pValue,
    ]);
    const term = rowOf(cells, "Term", intercept);
    expect(cells.get(`B${term}`)).toBe(card.characteristics[1]!.coefficient.estimate);
  });

  it("writes the scaling: factor 20 / ln 2 and offset 600 − factor · ln 50", () => {
    const factor = 20 / Math.log(2);
    expect(cells.get(`B${rowOf(cells, "Factor = PDO / ln 2")}`)).toBeCloseTo(factor, 12);
    expect(cells.get(`B${rowOf(cells, "Offset = base points − factor · ln(base odds)")}`)).toBeCloseTo(
      600 - factor * Math.log(50),
      10,
    );
  });

  it("lists the IV of every candidate, with a blank IV and a note for one that was not binned", () => {
    const row = rowOf(cells, "Customer");
    expect([cells.get(`D${row}`), cells.get(`F${row}`), cells.get(`G${row}`)]).toEqual([null, "no", "an id"]);
  });

  it("charts bad rate by score band over the band table: 3 / 4 and 1 / 6 on training, 1 / 2 and none on holdout", () => {
    const header = rowOf(cells, "Score");
    expect(cells.get(`A${header + 1}`)).toBe("< 600");
    expect(cells.get(`B${header + 1}`)).toBe(3 / 4);
    expect(cells.get(`C${header + 1}`)).toBe(1 / 2);
    expect(cells.get(`B${header + 2}`)).toBe(1 / 6);
    expect(cells.get(`C${header + 2}`)).toBeNull();
    expect(spec.charts).toEqual([
      expect.objectContaining({
        kind: "columnClustered",
        sourceRange: `A${header}:C${header + 2}`,
        seriesBy: "columns",
      }),
    ]);
  });

  it("writes each characteristic's bin table with counts that add up to the training rows", () => {
    const tables = rowOf(cells, "Bin tables (training rows)");
    const grade = rowOf(cells, "Grade", tables);
    // name row, heading row, then one row per bin (A and B); the split keeps round(30 %) of the goods and of
    // the bads back, so the training rows are the rest of each.
    const bads = outcome.filter((o) => o === "bad").length;
    const goods = outcome.length - bads;
    const training = goods - Math.round(0.3 * goods) + bads - Math.round(0.3 * bads);
    expect([cells.get(`B${grade + 2}`), cells.get(`B${grade + 3}`)].sort()).toEqual(["A", "B"]);
    expect((cells.get(`C${grade + 2}`) as number) + (cells.get(`C${grade + 3}`) as number)).toBe(training);
  });
});
