import { readFileSync } from "node:fs";
import path from "node:path";
import { renderReadmeReference } from "../../src/functions/metadata/reference";
import { englishMetadata } from "../functions/metadata/englishMetadata";

// The README's function reference must be, word for word, what the shipped reference page is
// generated from. When this fails, run `npm run docs`.
describe("README function reference", () => {
  it("is the generated reference, up to date", async () => {
    const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const table = renderReadmeReference(await englishMetadata());
    expect(readme).toContain(`-->\n${table}\n<!-- function-reference:end -->`);
  });
});
