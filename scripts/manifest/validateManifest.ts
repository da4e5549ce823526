/**
 * Offline validation of the add-in manifest against Microsoft's (patched) XML schemas with
 * libxml2 compiled to WebAssembly (`xmllint-wasm`), so no native tool is needed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

/** The root schema and the schemas it imports, by the names used in `xs:import`. */
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

/**
 * Where the schemas are: `$CREDITKIT_SCHEMAS`, else `../shared/office-manifest-schemas` beside the repository.
 *
 * @example
 * findSchemaDir("/work/main"); // "/work/shared/office-manifest-schemas" when it exists, else null
 */
export function findSchemaDir(repoRoot: string): string | null {
  const candidates = [
    process.env.CREDITKIT_SCHEMAS,
    path.resolve(repoRoot, "../shared/office-manifest-schemas"),
  ];
  for (const dir of candidates) {
    if (dir && existsSync(path.join(dir, ROOT_SCHEMA))) return dir;
  }
  return null;
}

/** Outcome of a validation: valid, or the schema errors with their line numbers. */
export interface ManifestValidation {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/**
 * Validates manifest XML text against the schemas in `schemaDir`.
 *
 * @example
 * const { valid, errors } = await validateManifestXml(readFileSync("manifest.xml", "utf8"), schemaDir);
 */
export async function validateManifestXml(xml: string, schemaDir: string): Promise<ManifestValidation> {
  const load = (fileName: string) => ({
    fileName,
    contents: readFileSync(path.join(schemaDir, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(ROOT_SCHEMA)],
    preload: IMPORTED_SCHEMAS.map(load),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage.trim()) };
}
