import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// Checks of the production build. `npm test` builds with ADDIN_BASE_URL=https://credit.example.com
// right before running these; run alone without a dist/ they are skipped with a message.
const dist = path.resolve(__dirname, "../../dist");
const read = (file: string) => readFileSync(path.join(dist, file), "utf8");

if (!existsSync(path.join(dist, "manifest.xml"))) {
  test.skip("production build checks: no dist/ (run `npm run build` first; `npm test` does)", () => {});
} else {
  describe("the production build in dist/", () => {
    const manifest = read("manifest.xml");
    const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(manifest)?.[1] ?? "";

    it("holds the task pane page, the scripts, the function metadata in three languages, the reference and the icons", () => {
      for (const file of [
        "taskpane.html",
        "taskpane.js",
        "functions.js",
        "commands.js",
        "functions.json",
        "functions.zh-CN.json",
        "functions.zh-TW.json",
        "reference.html",
        "manifest.xml",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ]) {
        expect({ file, exists: existsSync(path.join(dist, file)) }).toEqual({ file, exists: true });
      }
    });

    it("serves the functions and commands from the one shared-runtime page", () => {
      const html = read("taskpane.html");
      for (const script of ["taskpane.js", "functions.js", "commands.js"])
        // The page is minified: attribute quotes are optional.
        expect(html).toMatch(new RegExp(`src="?${script.replace(".", "\\.")}"?[ >]`));
      expect(html).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    });

    it("points every URL of the manifest at ADDIN_BASE_URL, leaving no localhost", () => {
      expect(base).toMatch(/^https:\/\//);
      if (base.includes("localhost")) {
        console.warn("dist/ was built without ADDIN_BASE_URL; the localhost check needs `npm test`'s build.");
        return;
      }
      expect(manifest).not.toContain("localhost");
      const urls = manifest.match(/https:\/\/[^"<\s]+/g) ?? [];
      for (const url of urls)
        expect(
          url.startsWith(base) || url === base.replace(/\/$/, "").replace(/(https:\/\/[^/]+).*/, "$1"),
        ).toBe(true);
      for (const file of ["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"]) {
        expect(read(file)).not.toContain("localhost");
      }
    });

    it("links every function's help to an anchor of the shipped reference page", () => {
      const html = read("reference.html");
      const json = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl: string }[] };
      expect(json.functions.length).toBeGreaterThanOrEqual(35);
      for (const fn of json.functions) {
        const [page, anchor] = fn.helpUrl.split("#");
        expect(page).toBe(`${base}reference.html`);
        expect(html).toMatch(new RegExp(`id="?${(anchor ?? "").replace(".", "\\.")}"?[ >]`));
      }
    });

    it("keeps HyperFormula (GPL-3.0) out of everything Excel loads", () => {
      for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
        const code = read(file);
        expect({ file, hyperformula: /hyperformula/i.test(code) }).toEqual({ file, hyperformula: false });
      }
    });
  });
}
