import { rewriteManifestUrls } from "../../scripts/webpack/manifest-urls";
import { readFileSync } from "node:fs";
import path from "node:path";

const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

describe("rewriteManifestUrls", () => {
  it("rewrites every localhost address, including the AppDomain origin", () => {
    const count = manifest.split("https://localhost:3000").length - 1;
    expect(count).toBeGreaterThan(10);
    const out = rewriteManifestUrls(manifest, "https://credit.example.com");
    expect(out).not.toContain("localhost");
    expect(out.split("https://credit.example.com").length - 1).toBe(count);
    expect(out).toContain("<AppDomain>https://credit.example.com</AppDomain>");
    expect(out).toContain('DefaultValue="https://credit.example.com/taskpane.html"');
  });

  it("keeps a base path for files but uses the origin for AppDomain", () => {
    const out = rewriteManifestUrls(manifest, "https://cdn.example.com/creditkit/");
    expect(out).toContain('DefaultValue="https://cdn.example.com/creditkit/functions.json"');
    expect(out).toContain("<AppDomain>https://cdn.example.com</AppDomain>");
  });

  it("refuses a non-https address", () => {
    expect(() => rewriteManifestUrls(manifest, "http://credit.example.com")).toThrow(/https/);
  });
});
