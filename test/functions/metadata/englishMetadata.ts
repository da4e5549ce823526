import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { type FunctionsJson } from "../../../src/functions/metadata/types";

let cached: Promise<FunctionsJson> | undefined;

/** The English functions.json, generated from functions.ts exactly as the build does (no webpack). */
export function englishMetadata(): Promise<FunctionsJson> {
  cached ??= generateCustomFunctionsMetadata(
    [path.resolve(__dirname, "../../../src/functions/functions.ts")],
    false,
  ).then((r) => {
    if (r.errors.length) throw new Error(r.errors.join("\n"));
    return JSON.parse(r.metadataJson) as FunctionsJson;
  });
  return cached;
}
