/**
 * A weighted card applied to 10,000 customers: building the Scores sheet (pure, about 15 formulas per
 * customer) and writing it into the embedded workbook with a full recalculation (what `creditkit score` and
 * the playground do; in Excel the Office.js host sends the same blocks and Excel calculates).
 */
import { performance } from "node:perf_hooks";
import { applyCard, readCustomerTable, scoresSpecFor, proposeMappingFor } from "../src/app/scores/applyCard";
import { templateSpec } from "../src/app/templates/templateSheets";
import { type CellInput } from "../src/core/report";
import { EmbeddedWorkbook } from "../src/host/embedded";
import { bestOf, type BenchResult } from "./measure";

const CUSTOMERS = 10_000;

/** The card and a customer sheet whose columns map to three factors, the limit inputs and the exposure. */
async function book(): Promise<EmbeddedWorkbook> {
  const rows: CellInput[][] = [
    [
      "Customer",
      "Payment history",
      "Current ratio",
      "Years in business",
      "Open balance",
      "Monthly purchases",
      "Terms",
    ],
  ];
  for (let i = 0; i < CUSTOMERS; i++) {
    rows.push([
      `Customer ${i + 1}`,
      1 + (i % 5),
      0.5 + (i % 9) * 0.25,
      i % 25,
      (i % 97) * 1000,
      5000 + i,
      30 + (i % 3) * 15,
    ]);
  }
  const workbook = EmbeddedWorkbook.empty({ language: "en" });
  await workbook.writeSheet(templateSpec("weighted", "addin", "en"));
  await workbook.writeSheet({ name: "Customers", blocks: [{ topLeft: "A1", rows }] });
  return workbook;
}

/**
 * The Scores sheet's build and write times.
 *
 * @example
 * printResults(await benchScores());
 */
export async function benchScores(): Promise<BenchResult[]> {
  const workbook = await book();
  const table = await readCustomerTable(workbook, { kind: "sheet", sheet: "Customers" });
  if (table.kind !== "table") throw new Error(table.id);
  const mapping = proposeMappingFor(
    table.headers,
    table.rows.map((row) => row.cells),
  ).mapping;
  const build = bestOf(3, () =>
    scoresSpecFor(table, mapping, { card: "Scorecard", form: "addin", language: "en" }),
  );
  const start = performance.now();
  const done = await applyCard(workbook, {
    card: "Scorecard",
    table: { kind: "sheet", sheet: "Customers" },
    form: "addin",
    language: "en",
  });
  const write = performance.now() - start;
  if (done.kind !== "done") throw new Error(done.id);
  return [
    { name: "Scores sheet spec, 10k customers", value: build, unit: "ms" },
    { name: "Apply card, 10k customers (embedded)", value: write, unit: "ms" },
  ];
}
