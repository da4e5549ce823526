// `npm run validate:offline [files…]`: schema-validates manifests without the network.
// Exit 0 valid, 1 invalid, 0 with a notice when the schemas are not available (they live outside the repo).
import { readFileSync } from "node:fs";
import path from "node:path";
import { findSchemaDir, validateManifestXml } from "./manifest/validateManifest";

const files = process.argv.slice(2);
const schemaDir = findSchemaDir(path.resolve(__dirname, ".."));
if (!schemaDir) {
  console.log(
    "Manifest schemas not found (../shared/office-manifest-schemas or $CREDITKIT_SCHEMAS): skipped.",
  );
  process.exit(0);
}
async function main(dir: string): Promise<number> {
  let failed = 0;
  for (const file of files.length ? files : ["manifest.xml"]) {
    const { valid, errors } = await validateManifestXml(readFileSync(file, "utf8"), dir);
    console.log(`${file}: ${valid ? "valid" : "INVALID"}`);
    for (const e of errors) console.log(`  ${e}`);
    if (!valid) failed++;
  }
  return failed ? 1 : 0;
}
main(schemaDir).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Manifest validation could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
