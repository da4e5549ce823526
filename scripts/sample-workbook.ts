// Writes the playground's sample workbook (seeded, so always the same) to an .xlsx file, for trying
// CreditKit in Excel or on the command line:
//   npx tsx scripts/sample-workbook.ts creditkit-sample.xlsx
//   npx creditkit aging creditkit-sample.xlsx --sheet Ledger --as-of 2026-10-31
import { writeFileSync } from "node:fs";
import { loadSampleWorkbook } from "../src/playground/sample/loadSampleWorkbook";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "creditkit-sample.xlsx";
  const { workbook, sample } = await loadSampleWorkbook();
  writeFileSync(out, await workbook.toXlsx());
  console.log(
    `Wrote ${out}: sheets ${sample.sheets.map((sheet) => sheet.name).join(", ")}; exported ${sample.exportedOn}.`,
  );
}

void main();
