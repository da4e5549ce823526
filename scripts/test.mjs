// `npm test`: type-check, lint, unit tests (node + jsdom), production build, offline manifest
// validation, browser tests of the playground (Chromium; skipped with a message where it is missing)
// — in that order — then one closing line `N passed, N failed` (jest tests plus one check per other
// step). Every step runs even when an earlier one fails, so one run shows all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${path.basename(command)} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(title, command, args, env) {
  if (step(title, command, args, env)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

check("type-check (whole project)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
check("type-check (pure core: ES2022 only, no DOM/Node)", bin("tsc"), [
  "--noEmit",
  "-p",
  "src/core/tsconfig.json",
]);
check("lint", bin("eslint"), ["--max-warnings", "0", "."]);

// Jest reports its own counts; the production build comes after it, as the issue orders, and the
// tests that inspect dist/ build it themselves when it is missing.
const resultsDir = path.join(root, "test-results");
mkdirSync(resultsDir, { recursive: true });
function jest(title, projects, name, extra = []) {
  const jestJson = path.join(resultsDir, `jest-${name}.json`);
  rmSync(jestJson, { force: true });
  const args = ["--selectProjects", ...projects, ...extra, "--json", "--outputFile", jestJson];
  const jestOk = step(title, bin("jest"), args);
  countJest(jestJson, jestOk);
}

function countJest(jestJson, jestOk) {
  if (!existsSync(jestJson)) {
    failed++;
    failures.push("jest (no results)");
    return;
  }
  const r = JSON.parse(readFileSync(jestJson, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} jest test(s)`);
  // A suite that fails to load has no failed test but fails the run.
  if (!jestOk && r.numFailedTests === 0) {
    failed++;
    failures.push("jest (a test suite failed to run)");
  }
}

jest("unit tests (jest: node + jsdom)", ["node", "jsdom"], "unit");
// The build uses a production-like address so the dist checks can prove no localhost survives.
check("production build", bin("webpack"), ["--mode", "production"], {
  ADDIN_BASE_URL: "https://credit.example.com",
});
jest("checks of the production build (jest: dist)", ["dist"], "dist");
check("manifest validation (offline, XSD)", bin("tsx"), [
  "scripts/validate-manifest.ts",
  "manifest.xml",
  "dist/manifest.xml",
]);
// The playground in Debian's Chromium: its global setup builds dist-playground/ and serves it. One
// browser at a time (--runInBand): each test drives a whole browser.
jest("browser tests of the playground (jest: browser, Chromium)", ["browser"], "browser", ["--runInBand"]);

if (failures.length) console.log(`\nFailed: ${failures.join("; ")}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
