/**
 * Aging over a 1,000,000-row ledger with 20,000 customers: the engine over rows already in memory
 * (as Office.js hands them over, one pass, blocks of 20,000 rows), and `creditkit aging` on the same
 * ledger as a CSV file (a child process: parse, age, print JSON), with its peak memory.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_BUCKET_EDGES } from "../src/core/aging";
import { isCreditError } from "../src/core/errors";
import { ageLedger, createLedgerReader, detectLedgerColumns } from "../src/core/ledger";
import { FIXTURE_AS_OF, ledgerCsv, ledgerRows } from "./ledgerFixture";
import { bestOf, type BenchResult } from "./measure";

const ROWS = 1_000_000;
const CUSTOMERS = 20_000;
const BLOCK = 20_000;

export function benchAging(): BenchResult[] {
  const rows = ledgerRows(ROWS, CUSTOMERS);
  let open = 0;
  const engineMs = bestOf(3, () => {
    const detection = detectLedgerColumns(rows.slice(0, 30));
    const reader = createLedgerReader({
      mapping: detection.mapping,
      headerRow: detection.headerRow,
      asOf: FIXTURE_AS_OF,
      basis: "due",
      groupBy: "customer",
    });
    if (isCreditError(reader)) throw new Error(reader.id);
    for (let i = 0; i < rows.length; i += BLOCK) reader.addRows(rows.slice(i, i + BLOCK), i + 1);
    const result = ageLedger(reader.finish(), { asOf: FIXTURE_AS_OF, edges: DEFAULT_BUCKET_EDGES });
    if (isCreditError(result)) throw new Error(result.id);
    open = result.totals.reduce((sum, t) => sum + t.items, 0);
  });
  if (open === 0) throw new Error("the benchmark aged nothing");

  const dir = path.resolve(__dirname, "../.bench");
  mkdirSync(dir, { recursive: true });
  const csvFile = path.join(dir, "ledger-1m.csv");
  writeFileSync(csvFile, ledgerCsv(ROWS, CUSTOMERS));
  const root = path.resolve(__dirname, "..");
  const runCli = () =>
    spawnSync(
      process.execPath,
      [
        "--require",
        path.join(__dirname, "_lib/reportMaxRss.cjs"),
        path.join(root, "bin/creditkit.js"),
        "aging",
        csvFile,
        "--as-of",
        "2026-10-31",
        "--json",
      ],
      { cwd: root, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 },
    );
  runCli(); // warm tsx's transform cache, as any second run of the CLI finds it
  let peakKb = 0;
  const cliMs = bestOf(2, () => {
    const run = runCli();
    if (run.status !== 0) throw new Error(`creditkit aging failed: ${run.stderr}`);
    peakKb = Math.max(peakKb, Number(/MAXRSS_KB (\d+)/.exec(run.stderr)?.[1] ?? 0));
  });
  return [
    { name: "Aging engine, 1,000,000 rows in memory", value: engineMs, unit: "ms", target: "< 500 ms" },
    { name: "creditkit aging, 1,000,000-row CSV", value: cliMs, unit: "ms", target: "< 4,000 ms" },
    { name: "creditkit aging, peak memory", value: peakKb / 1024, unit: "MB", target: "< 1,536 MB" },
  ];
}
